// Reads the process start time from /proc/self/stat (field 22, clock ticks since boot).
#include "base/ProcessClock.hpp"

#include <unistd.h>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>

namespace hipscope {

double secondsSinceProcessStart() {
  std::ifstream stat("/proc/self/stat");
  std::string content((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  // The command name (field 2) may contain spaces; fields are counted after its closing ')'.
  const auto close = content.rfind(')');
  if (close == std::string::npos) return 0.0;
  std::istringstream fields(content.substr(close + 2));
  std::string field;
  for (int i = 3; i <= 22 && fields >> field; ++i) {}
  const double startTicks = std::stod(field);
  timespec now{};
  clock_gettime(CLOCK_BOOTTIME, &now);
  return now.tv_sec + now.tv_nsec * 1e-9 - startTicks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

}  // namespace hipscope
