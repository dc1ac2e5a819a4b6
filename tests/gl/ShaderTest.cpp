// Shader compile and link failures name the file and carry the driver's log; embedded shaders build.
#include "GlFixture.hpp"
#include "render/ShaderLibrary.hpp"

using namespace hipscope;
using hipscope::test::GlTest;

namespace {

const gl::ShaderSource kVertex{"ok.vert", "#version 330 core\nvoid main() { gl_Position = vec4(0.0); }\n"};
const gl::ShaderSource kFragment{"ok.frag", "#version 330 core\nout vec4 c;\nvoid main() { c = vec4(1.0); }\n"};

}  // namespace

TEST_F(GlTest, CompileErrorNamesTheFileAndLine) {
  const gl::ShaderSource broken{"broken.frag",
                                "#version 330 core\nout vec4 c;\nvoid main() { c = vec4(1.0) + undefinedThing; }\n"};
  try {
    gl::Program program(kVertex, broken);
    FAIL() << "expected a ShaderError";
  } catch (const gl::ShaderError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("shader broken.frag failed to compile"), std::string::npos) << what;
    EXPECT_NE(what.find("undefinedThing"), std::string::npos) << what;  // the driver's log
    EXPECT_NE(what.find("3"), std::string::npos) << what;               // its line number
  }
}

TEST_F(GlTest, DefinesKeepLineNumbers) {
  const gl::ShaderSource broken{"lines.frag",
                                "#version 330 core\nout vec4 c;\n\n\nvoid main() { c = vec4(FOO) + oops; }\n"};
  try {
    gl::Program program(kVertex, broken, "#define FOO 1.0\n");
    FAIL() << "expected a ShaderError";
  } catch (const gl::ShaderError& e) {
    EXPECT_NE(std::string(e.what()).find("5"), std::string::npos) << e.what();
    EXPECT_EQ(std::string(e.what()).find("FOO"), std::string::npos) << "the define itself compiled";
  }
}

TEST_F(GlTest, LinkErrorNamesBothFiles) {
  // Compiles on its own, but a program needs a main() in every stage.
  const gl::ShaderSource needs{"needs.frag", "#version 330 core\nout vec4 c;\nvoid helper() { c = vec4(1.0); }\n"};
  try {
    gl::Program program(kVertex, needs);
    FAIL() << "expected a link error";
  } catch (const gl::ShaderError& e) {
    EXPECT_NE(std::string(e.what()).find("ok.vert + needs.frag failed to link"), std::string::npos) << e.what();
  }
}

TEST_F(GlTest, EveryEmbeddedShaderPairBuilds) {
  for (const char* name : {"mesh", "background", "id"}) {
    gl::Program program(shaderSource(std::string(name) + ".vert"), shaderSource(std::string(name) + ".frag"));
    EXPECT_NE(program.id(), 0u) << name;
  }
  EXPECT_THROW(shaderSource("nope.frag"), gl::ShaderError);
}

TEST_F(GlTest, ProgramReleasesItsNameOnDestruction) {
  GLuint id = 0;
  {
    gl::Program program(kVertex, kFragment);
    id = program.id();
    EXPECT_TRUE(glIsProgram(id));
  }
  EXPECT_FALSE(glIsProgram(id));
}
