// hipscope: the thin entry point. Parses flags, then runs the window, a headless frame or the benchmark.
#include <cstdio>
#include <exception>
#include <iostream>

#include "app/Headless.hpp"
#include "app/Interactive.hpp"
#include "app/Recorder.hpp"
#include "app/Report.hpp"
#include "base/Error.hpp"
#include "options/OptionRegistry.hpp"
#include "session/CommandLine.hpp"

int main(int argc, char** argv) {
  using namespace hipscope;
  try {
    CommandLine cmd;
    if (parseCommandLine(argc, argv, cmd) == ParseOutcome::Exit) return 0;
    if (cmd.listOptions) {
      std::cout << OptionRegistry::instance().describe();
      return 0;
    }
    if (cmd.report) return runReport(cmd);
    if (cmd.storyboard && cmd.record) return runRecord(cmd);  // alone, a storyboard plays in the window
    if (cmd.bench) return runBench(cmd);
    if (cmd.output) return runOutput(cmd);
    if (cmd.handout) return runHandout(cmd);
    return runInteractive(cmd);
  } catch (const UserError& e) {
    std::fprintf(stderr, "hipscope: error: %s\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "hipscope: error: %s\n", e.what());
    return 1;
  }
}
