// A user-facing error: one line that names the thing (file, option, flag) and the problem.
#pragma once
#include <stdexcept>
#include <string>

namespace hipscope {

// Thrown for bad input a user can fix; the CLI prints what() and exits with code 2.
class UserError : public std::runtime_error {
 public:
  explicit UserError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace hipscope
