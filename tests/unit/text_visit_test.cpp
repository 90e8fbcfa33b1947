#include <set>
#include <string>

#include <gtest/gtest.h>
// Through cereal, which makes rapidjson's assertions throw: the core's copies of rapidjson's inline
// functions are built that way, and an unoptimised build may link this file's copies in their place.
#include <cereal/archives/json.hpp>

#include "core/codec.h"
#include "core/text_visit.h"
#include "sample_workspace.h"

using namespace trellis;

// Every string of the JSON encoding that a person could have written (it has a space or a letter
// outside ASCII: ids, dates, stamps and enum names never do).
static void CollectWritten(const rapidjson::Value& value, std::set<std::string>* out)
{
    if (value.IsString())
    {
        const std::string text(value.GetString(), value.GetStringLength());
        for (unsigned char c : text)
            if (c == ' ' || c >= 0x80)
            {
                out->insert(text);
                break;
            }
    }
    else if (value.IsArray())
    {
        for (const rapidjson::Value& item : value.GetArray())
            CollectWritten(item, out);
    }
    else if (value.IsObject())
    {
        for (const auto& member : value.GetObject())
            CollectWritten(member.value, out);
    }
}

TEST(TextVisit, VisitsEveryTextThePersonWrote)
{
    Workspace w = test::FullWorkspace();
    TeamReport report;
    report.Device = 42;
    report.Plan = test::FullWorkspace();
    report.Plan.Goals[0].Title = "Руководить гильдией";
    w.Team.push_back(report);
    w.Superseded = {};      // history is not drawn as it is
    std::set<std::string> visited;
    ForEachText(w, [&](std::string_view text) { visited.insert(std::string(text)); });

    rapidjson::Document json;
    const std::string encoded = EncodeWorkspace(w, 0);
    json.Parse(encoded.c_str());
    ASSERT_FALSE(json.HasParseError());
    std::set<std::string> written;
    CollectWritten(json, &written);
    ASSERT_GT(written.size(), 20u) << "the sample workspace has text to find";
    for (const std::string& text : written)
        EXPECT_TRUE(visited.count(text)) << "not visited: " << text;
    EXPECT_TRUE(visited.count("Руководить гильдией")) << "the team's plans are visited";
}
