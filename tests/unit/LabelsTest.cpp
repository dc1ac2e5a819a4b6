// Label layout: boxes never overlap, stay in the view, and keep their anchors' top-to-bottom order.
#include <gtest/gtest.h>

#include <random>

#include "ui/Labels.hpp"

using namespace hipscope;

TEST(Labels, ManyLabelsNeverOverlapAndStayInTheView) {
  const ScreenRect view{0, 0, 800, 600};
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> x(0, 800), y(0, 600), w(60, 220);
  std::vector<LabelRequest> labels;
  std::vector<glm::vec2> sizes;
  for (int i = 0; i < 24; ++i) {
    labels.push_back({"label " + std::to_string(i), {x(rng), y(rng)}});
    sizes.push_back({w(rng), 22.0f});
  }
  const auto boxes = layoutLabels(labels, sizes, view, 10.0f, 4.0f);
  ASSERT_EQ(boxes.size(), labels.size());
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const LabelBox& a = boxes[i];
    EXPECT_GE(a.position.y, 0.0f);
    EXPECT_LE(a.position.y + a.size.y, 600.0f);
    EXPECT_EQ(a.left, labels[i].anchor.x < 400.0f);
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      const LabelBox& b = boxes[j];
      const bool apart = a.position.x + a.size.x <= b.position.x || b.position.x + b.size.x <= a.position.x ||
                         a.position.y + a.size.y <= b.position.y || b.position.y + b.size.y <= a.position.y;
      EXPECT_TRUE(apart) << "labels " << i << " and " << j << " overlap";
    }
  }
}

TEST(Labels, BoxesFollowTheirAnchorsOrderAndSitNearThemWhenThereIsRoom) {
  const ScreenRect view{0, 0, 800, 600};
  const std::vector<LabelRequest> labels{{"a", {100, 400}}, {"b", {120, 100}}, {"c", {700, 300}}};
  const std::vector<glm::vec2> sizes(3, glm::vec2(80, 20));
  const auto boxes = layoutLabels(labels, sizes, view, 10.0f, 4.0f);
  EXPECT_LT(boxes[1].position.y, boxes[0].position.y);  // b's anchor is higher, so is its box
  EXPECT_NEAR(boxes[0].position.y + 10.0f, 400.0f, 0.01f);  // centred on its anchor's height
  EXPECT_FALSE(boxes[2].left);
  EXPECT_NEAR(boxes[2].position.x + 80.0f, 790.0f, 0.01f);  // right margin
}
