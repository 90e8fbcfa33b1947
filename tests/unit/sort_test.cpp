// The one stable sort (core/sort.h): the same order as std::stable_sort on every input, equal
// elements in the order they came, elements moved and not copied.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "core/sort.h"

using namespace trellis;

TEST(Sort, GivesStdStableSortsOrderOnRandomInputs)
{
    std::mt19937 random(42);
    for (size_t size : {0u, 1u, 2u, 3u, 7u, 31u, 100u, 1000u, 5000u})
    {
        // Few distinct keys, so most elements tie with others: stability shows.
        std::vector<std::pair<int, int>> items(size);
        for (size_t i = 0; i < size; i++)
            items[i] = {int(random() % 13), int(i)};
        std::vector<std::pair<int, int>> expected = items;
        const auto by_key = [](const std::pair<int, int>& a, const std::pair<int, int>& b) { return a.first < b.first; };
        std::stable_sort(expected.begin(), expected.end(), by_key);
        StableSort(items, by_key);
        EXPECT_EQ(items, expected) << size << " elements";
    }
}

TEST(Sort, SortsARangeAndLeavesTheRestAlone)
{
    std::vector<std::string> words = {"pear", "fig", "apple", "kiwi", "date", "banana"};
    StableSort(words.begin() + 1, words.end() - 1, [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
    EXPECT_EQ(words, (std::vector<std::string>{"pear", "fig", "kiwi", "date", "apple", "banana"}));
}

TEST(Sort, MovesElementsThatCannotBeCopied)
{
    std::vector<std::unique_ptr<int>> values;
    for (int v : {3, 1, 2, 1})
        values.push_back(std::make_unique<int>(v));
    const int* first_one = values[1].get();
    StableSort(values, [](const std::unique_ptr<int>& a, const std::unique_ptr<int>& b) { return *a > *b; });
    std::vector<int> read;
    for (const auto& v : values)
        read.push_back(*v);
    EXPECT_EQ(read, (std::vector<int>{3, 2, 1, 1}));
    EXPECT_EQ(values[2].get(), first_one) << "the first 1 stays first among equals";
}
