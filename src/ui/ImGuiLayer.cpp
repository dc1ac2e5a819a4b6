// Dear ImGui lifecycle.
#include "ui/ImGuiLayer.hpp"

#include <filesystem>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>  // ImGuiContext::IO: ask a context that is not current

namespace hipscope {
namespace {

void applyStyle(float scale) {
  ImGui::StyleColorsDark();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 6.0f;
  style.FrameRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.WindowBorderSize = 0.0f;
  style.Colors[ImGuiCol_WindowBg] = ImVec4(0.10f, 0.11f, 0.13f, 0.96f);
  style.Colors[ImGuiCol_Header] = ImVec4(0.55f, 0.25f, 0.22f, 0.55f);
  style.Colors[ImGuiCol_HeaderHovered] = ImVec4(0.65f, 0.30f, 0.26f, 0.80f);
  style.Colors[ImGuiCol_SliderGrab] = ImVec4(0.85f, 0.45f, 0.38f, 1.0f);
  style.Colors[ImGuiCol_CheckMark] = ImVec4(0.95f, 0.55f, 0.45f, 1.0f);
  style.ScaleAllSizes(scale);

  ImGuiIO& io = ImGui::GetIO();
  const char* font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  // Latin-1 and Latin Extended-A (German, Spanish: ä ö ü ß é í ñ ó ú ¿ ¡) plus general punctuation (en
  // dash, quotes, bullets) used in the catalog's text.
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x2027, 0x2190, 0x2193, 0};
  if (std::filesystem::exists(font)) {
    io.Fonts->AddFontFromFileTTF(font, 15.0f * scale, nullptr, ranges);
    // Captions are drawn large (a twentieth of the frame's height and more): baked large, drawn smaller,
    // they stay sharp where the panel's font, scaled up, would blur.
    io.Fonts->AddFontFromFileTTF(font, kCaptionFontPixels * scale, nullptr, ranges);
  } else
    io.FontGlobalScale = scale;  // built-in bitmap font, scaled
}

}  // namespace

ImFont* captionFont() {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return atlas->Fonts.Size > 1 ? atlas->Fonts[1] : ImGui::GetFont();
}

ImGuiLayer::ImGuiLayer(GLFWwindow* window, float scale) : hasWindow_(window != nullptr) {
  IMGUI_CHECKVERSION();
  ImGuiContext* previous = ImGui::GetCurrentContext();
  context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(context_);
  ImGui::GetIO().IniFilename = nullptr;  // window layout is ours, not a file in the working directory
  applyStyle(scale);
  if (window) ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  if (previous) ImGui::SetCurrentContext(previous);
}

ImGuiLayer::~ImGuiLayer() {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(context_);
  ImGui_ImplOpenGL3_Shutdown();
  if (hasWindow_) ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext(context_);
  ImGui::SetCurrentContext(previous != context_ ? previous : nullptr);
}

void ImGuiLayer::beginFrame(int width, int height, float dt) {
  previous_ = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(context_);
  ImGui_ImplOpenGL3_NewFrame();
  if (hasWindow_) {
    ImGui_ImplGlfw_NewFrame();
  } else {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DeltaTime = dt > 0 ? dt : 1.0f / 60.0f;
  }
  ImGui::NewFrame();
}

void ImGuiLayer::endFrame() {
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (previous_ && previous_ != context_) ImGui::SetCurrentContext(previous_);
}

void ImGuiLayer::discardFrame() {
  ImGui::EndFrame();
  if (previous_ && previous_ != context_) ImGui::SetCurrentContext(previous_);
}

bool ImGuiLayer::wantsMouse() const { return context_->IO.WantCaptureMouse; }
bool ImGuiLayer::wantsKeyboard() const { return context_->IO.WantCaptureKeyboard; }

std::string ImGuiLayer::layout() const {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(context_);
  std::size_t size = 0;
  const char* text = ImGui::SaveIniSettingsToMemory(&size);
  std::string out(text ? text : "", text ? size : 0);
  ImGui::SetCurrentContext(previous);
  return out;
}

void ImGuiLayer::restoreLayout(const std::string& ini) {
  if (ini.empty()) return;
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(context_);
  ImGui::LoadIniSettingsFromMemory(ini.c_str(), ini.size());
  ImGui::SetCurrentContext(previous);
}

}  // namespace hipscope
