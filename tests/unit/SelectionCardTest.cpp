// The selection's card: in the 3D view, on the side away from the structure, never past the view.
#include <gtest/gtest.h>

#include "ui/SelectionCard.hpp"

using namespace hipscope;

TEST(SelectionCard, SitsInTheViewOnTheSideAwayFromTheStructure) {
  const ScreenRect view{0, 0, 1005, 768};  // a 1366x768 laptop less the panel
  const ScreenRect onLeft = selectionCardRect(view, 300.0f, 400.0f, 10.0f);
  const ScreenRect onRight = selectionCardRect(view, 700.0f, 400.0f, 10.0f);
  EXPECT_GT(onLeft.x, view.width * 0.5f) << "the structure is on the left: the card goes right";
  EXPECT_LT(onRight.x + onRight.width, view.width * 0.5f);
  for (const ScreenRect& card : {onLeft, onRight, selectionCardRect(view, -1.0f, 400.0f, 10.0f)}) {
    EXPECT_GE(card.x, view.x);
    EXPECT_LE(card.x + card.width, view.x + view.width);
    EXPECT_LE(card.width, view.width / 3.0f + 1.0f);
    EXPECT_GE(card.y, view.y);
    EXPECT_LE(card.y + card.height, view.y + view.height * 0.5f) << "seen whole, without scrolling the panel";
  }
}
