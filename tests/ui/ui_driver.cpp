#include "ui_driver.h"

#include "widgets.h"

#include <gtest/gtest.h>

#include <cfloat>

#include "core/exchange.h"
#include "core/store.h"
#include "imgui.h"

UiDriver::UiDriver(Platform& platform, float width, float height, const std::function<void(App&)>& before_graphics)
{
    App_ = std::make_unique<App>(platform);
    App_->Open();
    if (before_graphics)
        before_graphics(*App_);
    Context_ = ImGui::CreateContext();
    AutomationInstall(Context_);
    ConfigureImGuiIo();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    // A copy goes to the platform, as the platform runner does it; a paste reads it back.
    static std::string clipboard;
    clipboard.clear();
    io.ClipboardUserData = &platform;
    io.SetClipboardTextFn = [](void* to, const char* text) {
        clipboard = Widgets::CopiedText(text);
        static_cast<Platform*>(to)->SetClipboardText(clipboard);
    };
    io.GetClipboardTextFn = [](void*) { return clipboard.c_str(); };
    App_->FollowSystemTheme(platform.PrefersDarkTheme());
    Frames(2);
}

UiDriver::~UiDriver()
{
    App_.reset();
    ImGui::DestroyContext(Context_);
}

void UiDriver::Frame()
{
    // As the platform runner does: the fonts are baked again when there are new letters to draw.
    NoteQueuedText(App_->Glyphs());
    if (FontsNeedRebuild(App_->Fonts(), App_->Metrics(), 1.0f, App_->Glyphs()))
    {
        App_->Fonts() = LoadFonts(App_->Metrics(), 1.0f, App_->Glyphs());
        FontRebuilds++;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    }
    ImGui::NewFrame();
    App_->Draw();
    ImGui::Render();
    AutomationEndFrame();
}

void UiDriver::Frames(int count)
{
    for (int i = 0; i < count; i++)
        Frame();
}

bool UiDriver::Tap(ImGuiID id)
{
    for (const AutomationItem& item : AutomationLastFrame())
        if (item.Id == id)
            return TapAt(ImVec2((item.Min.x + item.Max.x) * 0.5f, (item.Min.y + item.Max.y) * 0.5f));
    return false;
}

bool UiDriver::Tap(const char* label)
{
    const AutomationItem* item = Find(label);
    if (item == nullptr)
        return false;
    return TapAt(ImVec2((item->Min.x + item->Max.x) * 0.5f, (item->Min.y + item->Max.y) * 0.5f));
}

bool UiDriver::TapAt(ImVec2 centre)
{
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(centre.x, centre.y);
    io.AddMouseButtonEvent(0, true);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMouseButtonEvent(0, false);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);    // the finger lifts: nothing stays hovered
    Frames(8);      // the input queue spreads a tap over frames; a form may focus a field after it
    return true;
}

void UiDriver::Drag(ImVec2 from, ImVec2 to, int steps)
{
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(from.x, from.y);
    io.AddMouseButtonEvent(0, true);
    Frames(2);
    for (int i = 1; i <= steps; i++)
    {
        const float t = static_cast<float>(i) / static_cast<float>(steps);
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        io.AddMousePosEvent(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
        Frame();
    }
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMouseButtonEvent(0, false);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    Frame();
}

bool UiDriver::ScrollTo(const char* label)
{
    return ScrollUntil(label, App_->Metrics().TouchTargetPx - 1.0f);
}

bool UiDriver::ScrollToRead(const char* label)
{
    return ScrollUntil(label, 1.0f);
}

bool UiDriver::ScrollUntil(const char* label, float min_height)
{
    const float bottom = ImGui::GetIO().DisplaySize.y - App_->Metrics().TabBarPx;
    for (int attempt = 0; attempt < 20; attempt++)
    {
        const AutomationItem* item = Find(label);
        if (item != nullptr && item->Max.y - item->Min.y >= min_height && item->Max.y <= bottom)
            return true;
        Drag(ImVec2(30.0f, bottom - 100.0f), ImVec2(30.0f, bottom - 400.0f), 30);
        Frames(30);
    }
    return false;
}

void UiDriver::TypeText(const char* utf8)
{
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    Frames(3);
}

void UiDriver::PressKey(ImGuiKey key)
{
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(key, true);
    io.AddKeyEvent(key, false);
    Frames(3);
}

std::string ShareFileFrom(const char* name, const char* goal, bool private_goal, const std::function<void(trellis::Session&)>& more)
{
    trellis::MemoryFileSystem fs;
    trellis::WorkspaceStore store(fs, "/data");
    trellis::Session session(store, 77);
    EXPECT_TRUE(session.Open());
    trellis::Profile me = session.Data().Me;
    me.Name = name;
    EXPECT_TRUE(session.EditProfile(me, 1000));
    EXPECT_TRUE(session.AddGoal(goal, 2000));
    if (private_goal)
    {
        trellis::Goal secret;
        secret.Title = "Secret job hunt";
        secret.Visible = trellis::Visibility::Private;
        EXPECT_TRUE(session.AddGoal(secret, 3000));
    }
    if (more)
        more(session);
    return trellis::ExportShare(session.Data(), 4000, 0);
}
