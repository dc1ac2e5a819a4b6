// RAII handles: created names are live, moves transfer ownership, destruction releases.
#include <type_traits>

#include "GlFixture.hpp"
#include "render/gl/Handles.hpp"

using namespace hipscope;
using hipscope::test::GlTest;

static_assert(!std::is_copy_constructible_v<gl::Buffer>);
static_assert(!std::is_copy_assignable_v<gl::Texture>);
static_assert(std::is_nothrow_move_constructible_v<gl::VertexArray>);

TEST_F(GlTest, BufferIsReleasedWhenItGoesOutOfScope) {
  GLuint id = 0;
  {
    gl::Buffer buffer = gl::Buffer::create();
    id = buffer.id();
    glBindBuffer(GL_ARRAY_BUFFER, id);  // a name becomes an object on first bind
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    EXPECT_TRUE(glIsBuffer(id));
  }
  EXPECT_FALSE(glIsBuffer(id));
}

TEST_F(GlTest, MoveTransfersOwnershipExactlyOnce) {
  gl::Texture a = gl::Texture::create();
  const GLuint id = a.id();
  glBindTexture(GL_TEXTURE_2D, id);
  glBindTexture(GL_TEXTURE_2D, 0);
  gl::Texture b = std::move(a);
  EXPECT_EQ(a.id(), 0u);
  EXPECT_EQ(b.id(), id);
  gl::Texture c;
  c = std::move(b);
  EXPECT_TRUE(glIsTexture(id));
  c.reset();
  EXPECT_FALSE(glIsTexture(id));
  EXPECT_FALSE(c);
}

TEST_F(GlTest, FramebufferAndVertexArrayRelease) {
  GLuint fbo = 0, vao = 0;
  {
    gl::Framebuffer f = gl::Framebuffer::create();
    gl::VertexArray v = gl::VertexArray::create();
    fbo = f.id();
    vao = v.id();
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glBindVertexArray(vao);
    glBindVertexArray(0);
    EXPECT_TRUE(glIsFramebuffer(fbo));
    EXPECT_TRUE(glIsVertexArray(vao));
  }
  EXPECT_FALSE(glIsFramebuffer(fbo));
  EXPECT_FALSE(glIsVertexArray(vao));
}
