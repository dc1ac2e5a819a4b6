// The caption's place: clear of the structures the frame is about, at the bottom when nothing is in the
// way, and its type big enough to read in a small clip.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "view/CaptionPlace.hpp"

using namespace hipscope;

namespace {

const ScreenRect kView{0, 0, 640, 360};

// A caption of about 60 characters at 18 px: wider wraps take fewer lines.
glm::vec2 measure(float wrap) {
  const float textWidth = 60 * 9.0f, lines = std::ceil(textWidth / wrap);
  return {std::min(textWidth, wrap) + 16, lines * 22 + 16};
}

// One structure: `count` points evenly along a segment, weighing 1 together.
void addStructure(std::vector<SubjectPoint>& points, glm::vec2 from, glm::vec2 to, int count = 50) {
  for (int i = 0; i < count; ++i)
    points.push_back({from + (to - from) * (static_cast<float>(i) / static_cast<float>(count - 1)),
                      1.0f / static_cast<float>(count)});
}

float coveredWeight(const std::vector<SubjectPoint>& points, const CaptionBox& b) {
  float w = 0;
  for (const SubjectPoint& p : points)
    if (p.at.x >= b.position.x && p.at.x <= b.position.x + b.size.x && p.at.y >= b.position.y &&
        p.at.y <= b.position.y + b.size.y)
      w += p.weight;
  return w;
}

bool inside(const CaptionBox& b, const ScreenRect& v) {
  return b.position.x >= v.x && b.position.y >= v.y && b.position.x + b.size.x <= v.x + v.width &&
         b.position.y + b.size.y <= v.y + v.height;
}

}  // namespace

TEST(CaptionPlace, NothingInTheWayGoesAtTheBottomFullWidth) {
  const CaptionBox b = placeCaption({}, kView, measure);
  EXPECT_FALSE(b.top);
  EXPECT_NEAR(b.position.x + b.size.x * 0.5f, 320.0f, 1.0f);  // centred
  EXPECT_GT(b.position.y, 360.0f * 0.6f);
  EXPECT_TRUE(inside(b, kView));
}

// "Both at once" from behind: the pelvis in the middle, the sciatic nerves running down to the frame's
// bottom edge. A full-width band at the bottom would cover the nerves where the pain goes.
TEST(CaptionPlace, ACaptionStepsAsideFromTheNerveRunningDownTheLeg) {
  std::vector<SubjectPoint> subject;
  addStructure(subject, {260, 120}, {380, 120});  // piriformis, across the pelvis
  addStructure(subject, {290, 130}, {290, 360});  // left sciatic nerve, to the bottom edge
  addStructure(subject, {350, 130}, {350, 360});  // right one
  addStructure(subject, {250, 40}, {390, 40});    // the low back glowing at the top
  const CaptionBox bottomFull = placeCaption({}, kView, measure);
  ASSERT_GT(coveredWeight(subject, bottomFull), 0.3f);  // the old place hid a third of each nerve
  const CaptionBox b = placeCaption(subject, kView, measure);
  EXPECT_EQ(coveredWeight(subject, b), 0.0f);
  EXPECT_TRUE(inside(b, kView));
  EXPECT_TRUE(b.position.x + b.size.x <= 290.0f || b.position.x >= 350.0f);  // in a column beside the body
}

TEST(CaptionPlace, WithTheLowerHalfFullItGoesToTheTop) {
  std::vector<SubjectPoint> subject;
  for (int row = 0; row < 6; ++row) addStructure(subject, {10, 200.0f + row * 30}, {630, 200.0f + row * 30});
  const CaptionBox b = placeCaption(subject, kView, measure);
  EXPECT_TRUE(b.top);
  EXPECT_EQ(coveredWeight(subject, b), 0.0f);
  EXPECT_LT(b.position.y, 60.0f);
}

TEST(CaptionPlace, AtTheTopItStartsBelowTheWatermarkAndTheCard) {
  std::vector<SubjectPoint> subject;
  for (int row = 0; row < 8; ++row) addStructure(subject, {10, 150.0f + row * 28}, {630, 150.0f + row * 28});
  const CaptionBox b = placeCaption(subject, kView, measure, {0.0f, 40.0f});  // a watermark 40 px tall, right
  ASSERT_TRUE(b.top);
  EXPECT_GE(b.position.y, 40.0f);
  const CaptionBox card = placeCaption(subject, kView, measure, {50.0f, 0.0f});  // the card, left
  ASSERT_TRUE(card.top);
  EXPECT_GE(card.position.y, 50.0f);
}

// The caption shown the frame before keeps its place while no other is clearly better, so a subject
// that moves a few pixels (a pulse, a stride) does not make it hop: here the body stands in the middle
// and the two columns beside it are as good as each other.
TEST(CaptionPlace, ItDoesNotHopForAFewPixels) {
  const auto subjectAt = [](float dx) {
    std::vector<SubjectPoint> s;
    for (const float x : {100.0f, 320.0f, 540.0f}) addStructure(s, {x + dx, 0}, {x + dx, 360}, 200);
    return s;
  };
  const CaptionBox fresh = placeCaption(subjectAt(0), kView, measure);
  ASSERT_EQ(fresh.place, 1);  // the left column: first among equals
  for (float dx = -3; dx <= 3; dx += 1) {
    EXPECT_EQ(placeCaption(subjectAt(dx), kView, measure, {0, 0}, 2).place, 2) << dx;  // kept at the right
    EXPECT_EQ(placeCaption(subjectAt(dx), kView, measure, {0, 0}, 1).place, 1) << dx;  // kept at the left
  }
  // Kept or not, a clearly better place wins: with the body gone from the top, the caption goes there.
  std::vector<SubjectPoint> low;
  addStructure(low, {10, 300}, {630, 300}, 200);
  EXPECT_TRUE(placeCaption(low, kView, measure, {0, 0}, 0).top);
}

// DejaVu Sans' capitals are 0.729 em tall: the subtitle's capitals reach 3.5 % of a 640x360 frame's
// height even where the panel's font is small, and the title is never smaller than the subtitle.
TEST(CaptionPlace, TypeIsSizedToTheFrame) {
  for (const float height : {360.0f, 720.0f, 1080.0f, 2160.0f})
    for (const float font : {10.0f, 15.0f}) {
      const CaptionType t = captionType(height, font);
      EXPECT_GE(t.subtitle * 0.729f, 0.035f * height) << height << " " << font;
      EXPECT_GE(t.title, t.subtitle);
    }
}

// In a small 4:3 frame a column beside the body would wrap the caption into a tower taller than the
// frame: the caption goes at the top or the bottom instead, inside the view.
TEST(CaptionPlace, ATowerThatDoesNotFitIsNeverChosen) {
  const ScreenRect small{0, 0, 320, 240};
  std::vector<SubjectPoint> subject;
  addStructure(subject, {160, 0}, {160, 240});  // a nerve down the middle
  addStructure(subject, {110, 200}, {210, 200});
  const auto big = [](float wrap) {  // 16 px type: one or two words a line in a narrow column
    const float textWidth = 60 * 8.0f, lines = std::ceil(textWidth / wrap) + 1;
    return glm::vec2(std::min(textWidth, wrap) + 16, lines * 20 + 16);
  };
  const CaptionBox b = placeCaption(subject, small, big);
  EXPECT_TRUE(inside(b, small));
  EXPECT_EQ(b.place % 3, 0) << "a column " << b.size.y << " px tall";
}
