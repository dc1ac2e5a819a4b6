// GL debug output: counts driver-reported errors so tests (and strict mode) can fail on them.
#pragma once
#include <string>

namespace hipscope::gl {

// Installs a KHR_debug callback when the context supports it. Returns false if it does not.
// In strict mode every GL error is also printed to stderr as it happens.
bool enableDebugOutput(bool strict);
// Errors reported since the last reset (debug callback and glGetError together).
int errorCount();
std::string lastError();
void resetErrors();
// Drains glGetError into the counter; returns the number of errors found.
int checkErrors(const char* where);

}  // namespace hipscope::gl
