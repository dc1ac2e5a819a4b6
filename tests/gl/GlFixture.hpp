// Shared fixture for GL tests: one headless debug context per process; any GL error fails the test.
#pragma once
#include <gtest/gtest.h>

#include "platform/HeadlessContext.hpp"
#include "render/gl/Debug.hpp"

namespace hipscope::test {

inline HeadlessContext& sharedContext() {
  static HeadlessContext context(/*debug=*/true);
  static const bool debugOn = gl::enableDebugOutput(false);
  EXPECT_TRUE(debugOn) << "KHR_debug output is required for GL tests";
  return context;
}

class GlTest : public ::testing::Test {
 protected:
  void SetUp() override {
    sharedContext();
    gl::checkErrors("before test");
    gl::resetErrors();
  }
  void TearDown() override {
    gl::checkErrors("after test");
    EXPECT_EQ(gl::errorCount(), 0) << "GL error: " << gl::lastError();
  }
};

}  // namespace hipscope::test
