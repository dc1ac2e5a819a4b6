// Which structures are labelled, and where their leader lines end: the most important first, one
// side of a crowded pair, each anchor on its own part and apart from the others.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "view/LabelPlan.hpp"

using namespace hipscope;

namespace {

LabelCandidate candidate(std::size_t part, LabelReason reason, std::size_t pixels, const std::string& pair = "",
                         float tension = 0.0f) {
  return {part, reason, tension, pixels, pair};
}

std::vector<std::size_t> parts(const std::vector<LabelCandidate>& chosen) {
  std::vector<std::size_t> out;
  for (const LabelCandidate& c : chosen) out.push_back(c.part);
  return out;
}

}  // namespace

TEST(LabelPlan, TheSelectedOneComesFirstThenTheNerveTheHighlightedAndTheTightestMuscles) {
  const std::vector<LabelCandidate> all{
      candidate(1, LabelReason::Tense, 50, "", 0.3f), candidate(2, LabelReason::Highlighted, 10),
      candidate(3, LabelReason::SciaticNerve, 20), candidate(4, LabelReason::Tense, 50, "", 0.9f),
      candidate(5, LabelReason::Selected, 5)};
  EXPECT_EQ(parts(chooseLabelled(all, 8, 8)), (std::vector<std::size_t>{5, 3, 2, 4, 1}));
  EXPECT_EQ(parts(chooseLabelled(all, 3, 8)), (std::vector<std::size_t>{5, 3, 2}));  // capped, least important out
}

TEST(LabelPlan, WhenBothSidesWouldCrowdOnlyTheSideFacingTheCameraIsLabelled) {
  std::vector<LabelCandidate> all{candidate(0, LabelReason::Highlighted, 40, "piriformis"),
                                  candidate(1, LabelReason::Highlighted, 400, "piriformis"),
                                  candidate(2, LabelReason::Highlighted, 300, "gemellus"),
                                  candidate(3, LabelReason::Highlighted, 30, "gemellus"),
                                  candidate(4, LabelReason::Highlighted, 20)};  // midline: always
  const auto few = chooseLabelled(all, 8, 5);
  EXPECT_EQ(few.size(), 5u);  // room for both sides
  const auto crowded = parts(chooseLabelled(all, 8, 4));
  EXPECT_EQ(crowded, (std::vector<std::size_t>{1, 2, 4}));  // the side showing more of each pair
  all[0].reason = LabelReason::Selected;                    // ... unless the other side is the one selected
  EXPECT_EQ(parts(chooseLabelled(all, 8, 4)), (std::vector<std::size_t>{0, 2, 4}));
  all[0].reason = LabelReason::Tense, all[0].tension = 0.8f;  // or the tenser: the nerve pinched, the muscle tight
  all[1].reason = LabelReason::Tense, all[1].tension = 0.2f;
  EXPECT_EQ(parts(chooseLabelled(all, 8, 4)), (std::vector<std::size_t>{2, 4, 0}));
}

TEST(LabelPlan, IdImagePixelsBecomePointsInTheView) {
  const IdImage image{2, 2, {0, 1, 2, 1}};
  const auto pixels = visiblePixels(image, 2, ScreenRect{10, 20, 100, 200});
  ASSERT_EQ(pixels.size(), 2u);
  ASSERT_EQ(pixels[0].size(), 2u);
  EXPECT_EQ(pixels[0][0], glm::vec2(85, 70));  // top right pixel's centre
  EXPECT_EQ(pixels[0][1], glm::vec2(85, 170));
  EXPECT_EQ(pixels[1], (std::vector<glm::vec2>{{35, 170}}));
}

namespace {

float nearest(const std::vector<glm::vec2>& points, glm::vec2 p) {
  float best = 1e30f;
  for (const glm::vec2& q : points) best = std::min(best, glm::distance(p, q));
  return best;
}

}  // namespace

TEST(LabelPlan, AnchorsSitOnTheirOwnPartsAndNeverBunch) {
  // Seven deep muscles seen as nested rings around one centre (the old labels' one spot): all seven
  // centroids coincide, as the mean of a whole mesh's vertices did.
  std::vector<std::vector<glm::vec2>> rings(7);
  for (int y = 0; y < 200; ++y)
    for (int x = 0; x < 200; ++x) {
      const float r = std::hypot(x - 100.0f, y - 100.0f);
      const int ring = static_cast<int>(r / 12.0f);
      if (ring < 7) rings[static_cast<std::size_t>(ring)].push_back({x + 0.5f, y + 0.5f});
    }
  std::vector<const std::vector<glm::vec2>*> own;
  for (const auto& ring : rings) own.push_back(&ring);
  const float apart = 20.0f;
  const std::vector<glm::vec2> anchors = spreadAnchors(own, apart);
  ASSERT_EQ(anchors.size(), 7u);
  for (std::size_t i = 0; i < anchors.size(); ++i) {
    EXPECT_LT(nearest(rings[i], anchors[i]), 0.01f) << "anchor " << i << " is not on its own part";
    for (std::size_t j = i + 1; j < anchors.size(); ++j)
      EXPECT_GE(glm::distance(anchors[i], anchors[j]), apart) << "anchors " << i << " and " << j;
  }
  // The first is right at its part's centre of visible pixels.
  EXPECT_LT(glm::distance(anchors[0], glm::vec2(100, 100)), 1.0f);
}

TEST(LabelPlan, WhenPartsAreTooSmallToKeepApartTheSmallerChoosesFirstAndTheOtherGoesAsFarAsItCan) {
  const std::vector<glm::vec2> big{{0, 0}, {10, 0}, {20, 0}}, tiny{{1, 0}, {4, 0}};
  const std::vector<glm::vec2> anchors = spreadAnchors({&big, &tiny}, 50.0f);
  EXPECT_EQ(anchors[1], glm::vec2(1, 0));   // the tiny part first: nearest its centre (2.5)
  EXPECT_EQ(anchors[0], glm::vec2(20, 0));  // the big one as far from it as it has
  // Greedy in the given order, the big part would have taken its centre and left the tiny one 9 px off.
  EXPECT_GT(glm::distance(anchors[0], anchors[1]), 9.0f);
}
