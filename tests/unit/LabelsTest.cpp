// Label layout: boxes never overlap, stay in the view, and keep their anchors' top-to-bottom order.
#include <gtest/gtest.h>

#include <cmath>
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
  EXPECT_LT(boxes[1].position.y, boxes[0].position.y);      // b's anchor is higher, so is its box
  EXPECT_NEAR(boxes[0].position.y + 10.0f, 400.0f, 0.01f);  // centred on its anchor's height
  EXPECT_FALSE(boxes[2].left);
  EXPECT_NEAR(boxes[2].position.x + 80.0f, 790.0f, 0.01f);  // right margin
}

namespace {

// A stand-in for the font: 7 px a character and 16 px a line at scale 1, wrapped at `wrap`.
glm::vec2 fakeMeasure(const std::string& text, float scale, float wrap) {
  const float width = 7.0f * scale * static_cast<float>(text.size());
  const float lines = std::ceil(width / wrap);
  return {std::min(width, wrap), 16.0f * scale * lines};
}

void expectApartAndInside(const FittedLabels& fit, const ScreenRect& view) {
  for (std::size_t i = 0; i < fit.boxes.size(); ++i) {
    const LabelBox& a = fit.boxes[i];
    EXPECT_GE(a.position.x, view.x);
    EXPECT_GE(a.position.y, view.y);
    EXPECT_LE(a.position.x + a.size.x, view.x + view.width);
    EXPECT_LE(a.position.y + a.size.y, view.y + view.height);
    EXPECT_LE(a.size.x, view.width * 0.5f);
    for (std::size_t j = i + 1; j < fit.boxes.size(); ++j) {
      const LabelBox& b = fit.boxes[j];
      const bool apart = a.position.x + a.size.x <= b.position.x || b.position.x + b.size.x <= a.position.x ||
                         a.position.y + a.size.y <= b.position.y || b.position.y + b.size.y <= a.position.y;
      EXPECT_TRUE(apart) << "labels " << fit.shown[i] << " and " << fit.shown[j] << " overlap";
    }
  }
}

}  // namespace

TEST(Labels, LongLabelsInASmallFrameWrapAndShrinkInsteadOfOverlapping) {
  const ScreenRect view{0, 0, 640, 360};
  std::vector<LabelRequest> labels;
  for (int i = 0; i < 16; ++i)
    labels.push_back({"Gemellus superior (twin deep hip muscle (upper)), " + std::string(i % 2 ? "right" : "left"),
                      {i % 2 ? 360.0f : 280.0f, 100.0f + 10.0f * static_cast<float>(i)}});
  const FittedLabels fit = fitLabels(labels, fakeMeasure, view, 10.0f, 4.0f, 5.0f);
  EXPECT_EQ(fit.shown.size(), labels.size());  // all of them, smaller and wrapped
  EXPECT_LT(fit.scale, 1.0f);
  EXPECT_GE(fit.scale, kMinLabelScale);
  expectApartAndInside(fit, view);
}

TEST(Labels, WhenEvenSmallTypeCannotFitTheLastLabelsAreLeftOut) {
  const ScreenRect view{0, 0, 320, 180};
  std::vector<LabelRequest> labels;
  for (int i = 0; i < 30; ++i) labels.push_back({"Obturator internus (deep hip rotator), left", {100.0f, 90.0f}});
  const FittedLabels fit = fitLabels(labels, fakeMeasure, view, 10.0f, 4.0f, 5.0f);
  ASSERT_GT(fit.shown.size(), 0u);
  EXPECT_LT(fit.shown.size(), labels.size());
  for (std::size_t k = 0; k < fit.shown.size(); ++k) EXPECT_EQ(fit.shown[k], k);  // the first ones, in order
  expectApartAndInside(fit, view);
}

namespace {

bool overlaps(const LabelBox& a, const LabelBox& b) {
  return !(a.position.x + a.size.x <= b.position.x || b.position.x + b.size.x <= a.position.x ||
           a.position.y + a.size.y <= b.position.y || b.position.y + b.size.y <= a.position.y);
}

bool cross(const LeaderLine& a, const LeaderLine& b) {
  const glm::vec2 pa[3] = {a.start, a.bend, a.end}, pb[3] = {b.start, b.bend, b.end};
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 2; ++j)
      if (segmentsCross(pa[i], pa[i + 1], pb[j], pb[j + 1])) return true;
  return false;
}

}  // namespace

TEST(Labels, SegmentsCrossOnlyWhenTheyReallyDo) {
  EXPECT_TRUE(segmentsCross({0, 0}, {10, 10}, {0, 10}, {10, 0}));
  EXPECT_FALSE(segmentsCross({0, 0}, {10, 0}, {0, 5}, {10, 5}));
  EXPECT_FALSE(segmentsCross({0, 0}, {10, 10}, {10, 10}, {20, 0}));  // a shared end is no crossing
}

// Structures in the middle of the frame, labels of any length, a caption band of any height: no box
// over another or under the caption, and no two leader lines crossing, in many random views.
TEST(Labels, NoBoxOverlapsAnotherOrTheCaptionAndNoLeaderLinesCross) {
  std::mt19937 rng(11);
  int roundsWithLabels = 0;
  for (int round = 0; round < 200; ++round) {
    const ScreenRect view{0, 0, round % 2 ? 1280.0f : 640.0f, round % 2 ? 720.0f : 360.0f};
    std::uniform_real_distribution<float> x(view.width * 0.3f, view.width * 0.7f), y(0, view.height);
    std::uniform_int_distribution<int> count(2, 10), letters(8, 40);
    std::vector<LabelRequest> labels;
    for (int i = count(rng); i > 0; --i)
      labels.push_back({std::string(static_cast<std::size_t>(letters(rng)), 'a'), {x(rng), y(rng)}});
    // The caption's top: from a one-line band low down to a tall wrapped one reaching past the middle.
    const float captionTop = view.height * std::uniform_real_distribution<float>(0.35f, 1.0f)(rng);
    const ScreenRect room = aboveCaption(view, captionTop);
    const FittedLabels fit = fitLabels(labels, fakeMeasure, room, 10.0f, 4.0f, 5.0f);
    std::vector<LabelRequest> shown;
    for (std::size_t i : fit.shown) shown.push_back(labels[i]);
    const std::vector<LeaderLine> lines = leaderLines(fit.boxes, shown, 8.0f);
    for (std::size_t i = 0; i < fit.boxes.size(); ++i) {
      EXPECT_LE(fit.boxes[i].position.y + fit.boxes[i].size.y, captionTop)
          << "round " << round << ": under the caption";
      EXPECT_GE(fit.boxes[i].position.y, 0.0f) << "round " << round;
      EXPECT_EQ(lines[i].end, shown[i].anchor);
      for (std::size_t j = i + 1; j < fit.boxes.size(); ++j) {
        EXPECT_FALSE(overlaps(fit.boxes[i], fit.boxes[j])) << "round " << round << ": boxes " << i << ", " << j;
        EXPECT_FALSE(cross(lines[i], lines[j])) << "round " << round << ": lines " << i << " and " << j << " cross";
      }
    }
    roundsWithLabels += fit.boxes.size() >= 2;
  }
  EXPECT_GT(roundsWithLabels, 150);  // most rounds place several labels at all
}

TEST(Labels, ATallCaptionKeepsLabelsAboveItEvenPastTheMiddle) {
  const ScreenRect view{0, 0, 640, 360};
  const ScreenRect room = aboveCaption(view, 120.0f);  // a caption wrapped to many lines
  EXPECT_EQ(room.height, 120.0f);
  EXPECT_EQ(aboveCaption(view, 400.0f).height, 360.0f);  // no caption: the whole view
  std::vector<LabelRequest> labels(6, LabelRequest{"Piriformis (deep butt muscle), right", {300, 300}});
  const FittedLabels fit = fitLabels(labels, fakeMeasure, room, 10.0f, 4.0f, 5.0f);
  EXPECT_LT(fit.shown.size(), labels.size());  // what does not fit above it is left out
  for (const LabelBox& b : fit.boxes) EXPECT_LE(b.position.y + b.size.y, 120.0f);
  EXPECT_TRUE(fitLabels(labels, fakeMeasure, aboveCaption(view, 5.0f), 10.0f, 4.0f, 5.0f).boxes.empty());
}

TEST(Labels, LabelsKeepClearOfWhatSitsAtTheTopOfTheirColumn) {
  // The selection's card over the top 250 px of the right half, the watermark's 40 px on the left.
  const ScreenRect view{0, 0, 1000, 700};
  std::vector<LabelRequest> labels;
  std::vector<glm::vec2> sizes;
  for (int i = 0; i < 8; ++i) {
    labels.push_back({"label " + std::to_string(i), {i % 2 ? 700.0f : 300.0f, 20.0f + 40.0f * i}});
    sizes.push_back({180.0f, 26.0f});
  }
  const MeasureText measure = [](const std::string&, float scale, float) { return glm::vec2(170, 18) * scale; };
  const FittedLabels fit = fitLabels(labels, measure, view, 10.0f, 4.0f, 4.0f, {40.0f, 250.0f});
  ASSERT_EQ(fit.shown.size(), labels.size()) << "there is room for all of them below";
  for (const LabelBox& box : fit.boxes) EXPECT_GE(box.position.y, view.y + 10.0f + (box.left ? 40.0f : 250.0f));
  const auto unreserved = layoutLabels(labels, sizes, view, 10.0f, 4.0f);
  EXPECT_LT(unreserved[1].position.y, 250.0f) << "without the reservation the first right label sits at the top";
}
