// Clean-up of a polygonised surface: smoothed without shrinking, its crumbs dropped.
#pragma once
#include "generator/Geometry.hpp"

namespace hipscope::gen {

// Taubin's smoothing (alternate shrink and inflate steps): the lattice's steps go, the volume stays.
void taubin(GenMesh& m, int rounds);

// The mesh without its crumbs: a claim can leave a few cells in a corner behind a neighbour. Pieces
// of at least a two-hundredth of the largest stay (the Achilles tendon, pinched off its belly where
// it passes the soleus, is about a hundredth of the gastrocnemius), and every void (a neighbour's band or tendon
// running through the belly is enclosed by a surface of its own, wound inward).
void dropCrumbs(GenMesh& m);

// Triangles on the same three vertices (surface nets and edge collapses leave some where a surface
// folds onto itself): a pair wound opposite ways is a fin of no thickness and both go; of a pair
// wound alike, one stays.
void dropDoubledTriangles(GenMesh& m);

}  // namespace hipscope::gen
