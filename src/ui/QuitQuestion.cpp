// The quit question as an ImGui modal.
#include "ui/QuitQuestion.hpp"

#include <string>

#include <imgui.h>

#include "base/Translate.hpp"

namespace hipscope {

QuitAnswer drawQuitQuestion(bool recording) {
  const std::string heading = std::string(tr("Quit Hipscope?")) + "###quit";
  const char* title = heading.c_str();
  if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(centre, ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  QuitAnswer answer = QuitAnswer::None;
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove))
    return answer;
  if (recording) {
    ImGui::TextUnformatted(tr("A clip is being recorded."));
    ImGui::TextUnformatted(tr("Stop and save it, then quit?"));
  } else {
    ImGui::TextUnformatted(tr("A clip is still being saved."));
    ImGui::TextUnformatted(tr("Finish saving it, then quit?"));
  }
  ImGui::Spacing();
  if (ImGui::Button(tr("Save and quit"))) answer = QuitAnswer::SaveAndQuit;
  ImGui::SameLine();
  if (ImGui::Button(recording ? tr("Keep recording") : tr("Keep working")) ||
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
    answer = QuitAnswer::Stay;
  if (answer != QuitAnswer::None) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return answer;
}

}  // namespace hipscope
