// Closest-name suggestions.
#include <gtest/gtest.h>

#include "base/Suggest.hpp"

using namespace hipscope;

TEST(Suggest, EditDistance) {
  EXPECT_EQ(editDistance("", ""), 0u);
  EXPECT_EQ(editDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(editDistance("Posterior", "posterior"), 0u);
  EXPECT_EQ(editDistance("abc", ""), 3u);
}

TEST(Suggest, PicksClosestOrNothing) {
  const std::vector<std::string> names{"anterior", "posterior", "left", "right"};
  EXPECT_EQ(closestMatch("postrior", names), "posterior");
  EXPECT_EQ(closestMatch("lfet", names), "left");
  EXPECT_EQ(closestMatch("zzzzzzzzzzzz", names), "");
  EXPECT_EQ(suggestionSuffix("zzzzzzzzzzzz", names), " (valid: anterior, posterior, left, right)");
  EXPECT_EQ(suggestionSuffix("rigth", names), " (did you mean \"right\"?)");
}

TEST(Suggest, PrefersOptionInSameGroupNamingThePart) {
  const std::vector<std::string> names{"camera.fov", "camera.orbit_yaw", "camera.orbit_pitch", "camera.zoom"};
  EXPECT_EQ(closestMatch("camera.yaw", names), "camera.orbit_yaw");
  EXPECT_EQ(closestMatch("camera.pitch", names), "camera.orbit_pitch");
  EXPECT_EQ(closestMatch("camera.fob", names), "camera.fov");
  EXPECT_EQ(closestMatch("render.yaw", names), "");
}
