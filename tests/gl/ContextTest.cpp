// The headless context is a real OpenGL 3.3+ core context and debug output catches errors.
#include <epoxy/gl.h>

#include "GlFixture.hpp"

using namespace hipscope;
using hipscope::test::GlTest;

TEST_F(GlTest, ContextIsCore33OrNewer) {
  EXPECT_GE(epoxy_gl_version(), 33);
  GLint mask = 0;
  glGetIntegerv(GL_CONTEXT_PROFILE_MASK, &mask);
  EXPECT_TRUE(mask & GL_CONTEXT_CORE_PROFILE_BIT);
  EXPECT_FALSE(test::sharedContext().renderer().empty());
}

TEST_F(GlTest, DebugOutputCountsADeliberateError) {
  glBindBuffer(0x1234, 0);  // invalid target
  gl::checkErrors("deliberate");
  EXPECT_GE(gl::errorCount(), 1);
  EXPECT_FALSE(gl::lastError().empty());
  gl::resetErrors();  // the fixture must not fail on the error we caused on purpose
}

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
