// "Open…": the desktop's own file chooser. The XDG desktop portal's FileChooser (over D-Bus, through
// libportal) where one answers; else zenity or kdialog if installed; else the panel's typed field.
// It runs on its own thread, so the window keeps drawing while the chooser is open.
#pragma once
#include <atomic>
#include <filesystem>
#include <functional>
#include <future>
#include <optional>
#include <string>
#include <vector>

namespace hipscope {

struct FileChoice {
  std::optional<std::filesystem::path> path;  // what was chosen; none when cancelled or no chooser
  std::string via;                            // "portal", "zenity", "kdialog", or "" when none answered
  bool cancelled = false;                     // the person closed the chooser without choosing
  std::string message;                        // when no chooser answered: what to do instead
};

struct FileFilter {
  std::string name;                   // "3D models"
  std::vector<std::string> patterns;  // "*.obj", ...
};

// What closes a chooser still open (the window quitting): the running program, the portal's call.
struct ChooserStop {
  std::atomic<int> pid{0};                  // zenity or kdialog while it runs
  std::atomic<bool> stopped{false};         // set by stop(); nothing more is asked
  std::atomic<void*> cancellable{nullptr};  // the portal call's GCancellable while it runs
  void stop();
};

struct ChooserSetup {
  std::vector<std::string> order{"portal", "zenity", "kdialog"};  // tried in this order
  std::string searchPath;  // where zenity and kdialog are looked for; empty: $PATH
};

// Asks the first chooser of `setup.order` that answers, and waits for the person's choice. Blocking:
// call it on a thread (FileChooser does).
FileChoice chooseFile(const std::string& title, const FileFilter& filter, const ChooserSetup& setup = {},
                      ChooserStop* stop = nullptr);

// chooseFile on a thread; `done` is called from that thread when it has an answer (to wake the window).
class FileChooser {
 public:
  ~FileChooser();  // closes a chooser still open, and waits for its thread
  void start(const std::string& title, const FileFilter& filter, std::function<void()> done = {},
             ChooserSetup setup = {});
  bool busy() const { return job_.valid(); }
  bool ready() const { return ready_; }
  // The answer once there is one (given once).
  std::optional<FileChoice> poll();

 private:
  std::future<FileChoice> job_;
  std::atomic<bool> ready_{false};
  ChooserStop stop_;
};

}  // namespace hipscope
