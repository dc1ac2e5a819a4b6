// The chooser chain: the portal through libportal, then zenity, then kdialog.
#include "platform/FileChooser.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include <gio/gio.h>
#include <libportal/portal.h>

extern char** environ;

namespace hipscope {
namespace {

// An answer, or none when this chooser is not there (or failed to run): the next one is tried.
using Attempt = std::optional<FileChoice>;

// Whether a portal can answer: a session bus, and xdg-desktop-portal on it or activatable there.
bool portalAvailable() {
  GError* error = nullptr;
  GDBusConnection* bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, &error);
  if (!bus) {
    g_clear_error(&error);
    return false;
  }
  bool found = false;
  for (const char* method : {"ListNames", "ListActivatableNames"}) {
    GVariant* names = g_dbus_connection_call_sync(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                  "org.freedesktop.DBus", method, nullptr, G_VARIANT_TYPE("(as)"),
                                                  G_DBUS_CALL_FLAGS_NONE, 2000, nullptr, &error);
    if (!names) {
      g_clear_error(&error);
      continue;
    }
    GVariantIter* iter = nullptr;
    const char* name = nullptr;
    g_variant_get(names, "(as)", &iter);
    while (!found && g_variant_iter_next(iter, "&s", &name))
      found = g_str_equal(name, "org.freedesktop.portal.Desktop");
    g_variant_iter_free(iter);
    g_variant_unref(names);
    if (found) break;
  }
  g_object_unref(bus);
  return found;
}

struct PortalCall {
  GMainLoop* loop = nullptr;
  XdpPortal* portal = nullptr;
  Attempt answer;
};

void onPortalAnswer(GObject*, GAsyncResult* result, gpointer data) {
  PortalCall& call = *static_cast<PortalCall*>(data);
  GError* error = nullptr;
  GVariant* reply = xdp_portal_open_file_finish(call.portal, result, &error);
  FileChoice choice;
  choice.via = "portal";
  if (reply) {
    const char** uris = nullptr;
    if (g_variant_lookup(reply, "uris", "^a&s", &uris) && uris && uris[0])
      if (char* file = g_filename_from_uri(uris[0], nullptr, nullptr)) {
        choice.path = file;
        g_free(file);
      }
    g_free(uris);
    g_variant_unref(reply);
    choice.cancelled = !choice.path;
    call.answer = choice;
  } else if (g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED)) {
    choice.cancelled = true;
    call.answer = choice;
  }  // any other error: the portal could not show a chooser; the next one is tried
  g_clear_error(&error);
  g_main_loop_quit(call.loop);
}

Attempt askPortal(const std::string& title, const FileFilter& filter, ChooserStop* stop) {
  if (!portalAvailable()) return std::nullopt;
  GCancellable* cancellable = g_cancellable_new();
  if (stop) stop->cancellable = cancellable;
  GMainContext* context = g_main_context_new();
  g_main_context_push_thread_default(context);
  PortalCall call;
  call.loop = g_main_loop_new(context, FALSE);
  call.portal = xdp_portal_new();
  GVariantBuilder patterns;
  g_variant_builder_init(&patterns, G_VARIANT_TYPE("a(us)"));
  for (const std::string& p : filter.patterns) g_variant_builder_add(&patterns, "(us)", 0u, p.c_str());
  GVariantBuilder filters;
  g_variant_builder_init(&filters, G_VARIANT_TYPE("a(sa(us))"));
  g_variant_builder_add(&filters, "(sa(us))", filter.name.c_str(), &patterns);
  xdp_portal_open_file(call.portal, nullptr, title.c_str(), g_variant_builder_end(&filters), nullptr, nullptr,
                       XDP_OPEN_FILE_FLAG_NONE, cancellable, onPortalAnswer, &call);
  if (!(stop && stop->stopped)) g_main_loop_run(call.loop);
  if (stop) stop->cancellable = nullptr;
  g_object_unref(cancellable);
  g_object_unref(call.portal);
  g_main_loop_unref(call.loop);
  g_main_context_pop_thread_default(context);
  g_main_context_unref(context);
  return call.answer;
}

std::optional<std::string> findProgram(const std::string& name, std::string searchPath) {
  if (searchPath.empty()) searchPath = std::getenv("PATH") ? std::getenv("PATH") : "/usr/bin:/bin";
  std::stringstream dirs(searchPath);
  for (std::string dir; std::getline(dirs, dir, ':');) {
    const std::string candidate = (dir.empty() ? "." : dir) + "/" + name;
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return std::nullopt;
}

// Runs `argv`, returns its exit status (-1 when it could not run) and its first line of output.
int run(const std::vector<std::string>& argv, std::string& firstLine, ChooserStop* stop) {
  int out[2];
  if (pipe(out) != 0) return -1;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);  // a toolkit's chatter
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, argv[0].c_str(), &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  if (stop && spawned == 0) {
    stop->pid = pid;
    if (stop->stopped) kill(pid, SIGTERM);
  }
  std::string text;
  char buffer[4096];
  for (ssize_t n; spawned == 0 && (n = read(out[0], buffer, sizeof buffer)) > 0;) text.append(buffer, n);
  close(out[0]);
  if (spawned != 0) return -1;
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  if (stop) stop->pid = 0;
  firstLine = text.substr(0, text.find('\n'));
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// zenity and kdialog: 0 with the file on its first line, 1 when cancelled; anything else failed.
Attempt askProgram(const std::string& which, const std::string& title, const FileFilter& filter,
                   const ChooserSetup& setup, ChooserStop* stop) {
  const std::optional<std::string> program = findProgram(which, setup.searchPath);
  if (!program) return std::nullopt;
  std::string patterns;
  for (const std::string& p : filter.patterns) patterns += (patterns.empty() ? "" : " ") + p;
  std::vector<std::string> argv{*program};
  if (which == "zenity")
    argv.insert(argv.end(),
                {"--file-selection", "--title=" + title, "--file-filter=" + filter.name + " | " + patterns});
  else
    argv.insert(argv.end(), {"--title", title, "--getopenfilename", ".", patterns + "|" + filter.name});
  std::string line;
  const int status = run(argv, line, stop);
  if (status == 1) return FileChoice{std::nullopt, which, true, ""};
  if (status != 0 || line.empty()) return std::nullopt;
  return FileChoice{std::filesystem::path(line), which, false, ""};
}

}  // namespace

void ChooserStop::stop() {
  stopped = true;
  if (const int running = pid) kill(running, SIGTERM);
  if (void* call = cancellable) g_cancellable_cancel(static_cast<GCancellable*>(call));
}

FileChoice chooseFile(const std::string& title, const FileFilter& filter, const ChooserSetup& setup,
                      ChooserStop* stop) {
  for (const std::string& which : setup.order) {
    if (stop && stop->stopped) return FileChoice{std::nullopt, "", true, ""};
    const Attempt answer =
        which == "portal" ? askPortal(title, filter, stop) : askProgram(which, title, filter, setup, stop);
    if (answer) return *answer;
  }
  FileChoice none;
  none.message =
      "no file chooser answered (the desktop portal, zenity or kdialog): type the model's path in the field below";
  return none;
}

void FileChooser::start(const std::string& title, const FileFilter& filter, std::function<void()> done,
                        ChooserSetup setup) {
  if (busy()) return;
  ready_ = false;
  stop_.stopped = false;
  job_ = std::async(std::launch::async, [this, title, filter, done = std::move(done), setup = std::move(setup)] {
    FileChoice choice = chooseFile(title, filter, setup, &stop_);
    ready_ = true;
    if (done) done();
    return choice;
  });
}

FileChooser::~FileChooser() {
  if (!busy()) return;
  stop_.stop();
  job_.wait();
}

std::optional<FileChoice> FileChooser::poll() {
  if (!busy() || !ready_) return std::nullopt;
  ready_ = false;
  return job_.get();
}

}  // namespace hipscope
