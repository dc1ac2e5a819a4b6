// Quitting never loses a clip. Ctrl+Q and the window's close button quit, but while a clip is being
// recorded or saved they ask first (ui/QuitQuestion); Esc never quits. SIGTERM and SIGINT (a logout,
// a shutdown, Ctrl+C in the terminal) end the loop, which then finishes the clip being recorded
// into a complete file before the program exits.
#pragma once
#include "app/WindowState.hpp"
#include "ui/QuitQuestion.hpp"

namespace hipscope {

// SIGTERM and SIGINT set a flag (nothing else happens in the handler).
void installQuitSignals();
bool quitSignalled();
// Ctrl+Q or the close button: quits at once unless a clip is recording or saving; then asks.
void askToQuit(WindowState& s);
// The window's close button (glfwSetWindowCloseCallback): vetoed while asking.
void onWindowClose(GLFWwindow* window);
// What the question's answer does; called after the frame that drew it.
void answerQuit(WindowState& s, QuitAnswer answer);
// "Save and quit": once the clip is saved, the window closes.
void quitWhenSaved(WindowState& s);

}  // namespace hipscope
