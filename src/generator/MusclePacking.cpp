// Muscle packing: seeds grown into their compartments on a voxel lattice, one side at a time.
#include "generator/MusclePacking.hpp"

#include <algorithm>
#include <cmath>
#include <future>
#include <limits>
#include <map>

#include "generator/MeshCleanup.hpp"
#include "generator/MuscleSeed.hpp"
#include "generator/MuscleVolumes.hpp"
#include "generator/Simplify.hpp"
#include "generator/SurfaceNets.hpp"
#include "generator/VoxelGrid.hpp"
#include "scene/MeshQuery.hpp"

namespace hipscope::gen {
namespace {

using namespace pack;

constexpr float kGap = 0.0020f;        // left between neighbouring muscles
constexpr float kFasciaGap = 0.0003f;  // ... where a fascia holds them tightly
// Where a fascia is full, every voxel this near a seed is some muscle's (the fill's reach).
constexpr float kFillReach = kReach + kCell;
constexpr float kClearance = 0.0015f;  // a seed keeps from the nerves and ligaments
constexpr float kNerveRoom = 0.0015f;  // ... and what grows (the same: see Obstacles)
// A seed may reach this much nearer the skin than what grows (the envelope is the skin less the fat
// under it): a tendon under the skin (the Achilles, at the heel) has almost none.
constexpr float kSeedFat = 0.003f;
constexpr double kSmallMuscle = 120e-6;  // m3: drawn finer
constexpr int kIterations = 22;          // halvings of each muscle's growth bracket
constexpr float kDrawnError = 0.0004f;   // how far simplification may move the surface
// A corner of every side's lattice grid (left side; metres): where the lattice lay when the thigh's
// packing was tuned, the deepest muscle's reach less the margin below.
constexpr glm::vec3 kLatticeAnchor{0.00384f - 0.040f, -0.91219f - 0.040f, -0.18384f - 0.040f};

// Distances (negative inside) to what the muscles do not grow into. The bones: a muscle grows up to
// them and lies on them (pushOutOfBones then takes its vertices out exactly, its seed's too, which may
// have been laid into the bone). The soft ones, nerves and ligaments: a seed keeps kClearance from
// them, what grows kNerveRoom. (Elsewhere the seed and what grew from it keep to the same limits, or
// the two would meet in slivers thinner than a cell, which polygonise pinched.)
struct Obstacles {
  std::vector<float> hard, soft;
  std::vector<float> outside;  // the envelope's field: positive outside it
  std::vector<float> fill;     // how fully a fascia fills the space, 0..1
};

// Where a fascia is full, every voxel near a seed is claimed by the neighbour that claims it most
// (each muscle's claim raised alike, so who wins is as before), with a thinner gap between them. A
// muscle that gives way (growth below 0) gives way only to a neighbour: `reach` is its claim as if
// it had not, so that no space is left to none.
float gapAt(float fill) { return kGap + (kFasciaGap - kGap) * fill; }
// The claims raised where the fill eases off slower than the fascia moves out, or the muscles there
// would bulge past it in a rim.
float raise(float fill) { return fill * fill * fill * kFillReach; }
float claimed(float own, float reach, float other, float fill) {
  const float gap = gapAt(fill), raised = reach - raise(fill);
  return other < kInf ? std::max(raised, 0.5f * (own - other + gap)) : raised;
}

struct Claims {
  std::vector<float> best, second;  // scores
  std::vector<int> owner;
  std::vector<float> seedBest, seedSecond;  // depths in the two shallowest seeds a voxel lies in (kInf: none)
  std::vector<int> seedOwner;
};

// Every voxel's lowest and second-lowest score among the seeds, and whose the lowest is.
void rank(const std::vector<Seed>& seeds, const Lattice& side, const std::vector<std::uint8_t>& blocked,
          const std::vector<float>& fill, Claims& c) {
  c.best.assign(side.count(), kInf);
  c.second.assign(side.count(), kInf);
  c.owner.assign(side.count(), -1);
  c.seedBest.assign(side.count(), kInf);
  c.seedSecond.assign(side.count(), kInf);
  c.seedOwner.assign(side.count(), -1);
  for (std::size_t n = 0; n < seeds.size(); ++n) {
    const Seed& s = seeds[n];
    const Lattice& l = s.local;
    for (int k = 0; k < l.size.z; ++k)
      for (int j = 0; j < l.size.y; ++j)
        for (int i = 0; i < l.size.x; ++i) {
          const std::size_t v = l.index(i, j, k), g = s.global(side, i, j, k);
          // The two shallowest seeds a voxel lies in.
          if (const float d = s.distance[v]; d < 0) {
            if (c.seedBest[g] == kInf || d > c.seedBest[g])
              c.seedSecond[g] = c.seedBest[g], c.seedBest[g] = d, c.seedOwner[g] = static_cast<int>(n);
            else if (c.seedSecond[g] == kInf || d > c.seedSecond[g])
              c.seedSecond[g] = d;
          }
          if ((blocked[g] && s.distance[v] > 0) || s.distance[v] > kReach + kCell) continue;
          const float sc = s.score(v, fill[g]);
          if (sc < c.best[g]) {
            c.second[g] = c.best[g], c.best[g] = sc, c.owner[g] = static_cast<int>(n);
          } else if (sc < c.second[g]) {
            c.second[g] = sc;
          }
        }
  }
}

// The seed's field at one of its voxels as far as its neighbours let it grow: negative inside what it
// grows into (its seed aside: see withSeed).
float grownField(const Seed& s, int n, std::size_t v, std::size_t g, const Claims& c, const Obstacles& obstacle) {
  const float fill = obstacle.fill[g];
  return claimed(s.score(v, fill), s.score(v), c.owner[g] == n ? c.second[g] : c.best[g], fill);
}

// ... and kept clear of the obstacles and the midline.
float limited(float grown, std::size_t g, const Obstacles& obstacle, float midline) {
  return std::max({grown, -obstacle.hard[g], kNerveRoom - obstacle.soft[g], obstacle.outside[g], midline});
}

// A muscle is at least its seed, whatever its neighbours took.
// A muscle is at least its seed. Where two seeds overlap (a tendon or a band over a belly) the one
// whose surface is nearer keeps the overlap, so that a thin band lying on a thick belly stays whole and
// the belly gives way under it.
float shareSeed(float field, float d, float other) {
  return other < 0 && other > d ? std::max(field, 0.5f * (other - d + kGap)) : field;
}
float withSeed(float packed, const Seed& s, int n, std::size_t v, std::size_t g, const Claims& c,
               const Obstacles& obstacle) {
  const float d = s.distance[v];
  const float seed = std::max({d, kClearance - obstacle.soft[g], obstacle.outside[g] - kSeedFat});
  return std::min(packed, d < 0 ? shareSeed(seed, d, c.seedOwner[g] == n ? c.seedSecond[g] : c.seedBest[g]) : seed);
}

// The packed field anywhere, not only at voxel centres (each seed's fields interpolated), so that
// the surface is drawn finer than the lattice it was grown on.
class PackedField {
 public:
  PackedField(const std::vector<Seed>& seeds, int n, const Lattice& side, const Obstacles& obstacle, float sign)
      : seeds_(seeds), n_(n), side_(side), obstacle_(obstacle), sign_(sign) {
    const Lattice& a = seeds[n].local;
    for (std::size_t m = 0; m < seeds.size(); ++m) {
      const Lattice& b = seeds[m].local;
      const glm::vec3 aHi = a.origin + glm::vec3(a.size) * a.cell, bHi = b.origin + glm::vec3(b.size) * b.cell;
      if (int(m) != n && glm::all(glm::lessThan(a.origin, bHi)) && glm::all(glm::lessThan(b.origin, aHi)))
        neighbours_.push_back(&seeds[m]);
    }
  }
  float operator()(const glm::vec3& p) const {
    const Seed& s = seeds_[n_];
    const float d = sampleTrilinear(s.distance, s.local, p, kReach);
    if (d > kReach) return kCell;
    const float fill = sampleTrilinear(obstacle_.fill, side_, p, 0.0f), own = score(s, d, p, s.grown(fill));
    const float reach = score(s, d, p, std::max(s.growth, 0.0f));
    float f = reach - raise(fill);
    if (f < kCell) {
      float other = kInf, inSeed = -kInf;
      for (const Seed* o : neighbours_) {
        const float od = sampleTrilinear(o->distance, o->local, p, kInf);
        if (od < kReach) other = std::min(other, score(*o, od, p, o->grown(fill))), inSeed = std::max(inSeed, -od);
      }
      f = claimed(own, reach, other, fill);
      // Where a fascia is full, a neighbour's seed is kept out of by its distance, not by its claim's
      // step at the seed's surface (smoothed, the step left a ring round each seed).
      if (fill > 0) f = std::max(f, 0.5f * gapAt(fill) + inSeed);
    }
    f = std::max({f, -sampleTrilinear(obstacle_.hard, side_, p, kInf),
                  kNerveRoom - sampleTrilinear(obstacle_.soft, side_, p, kInf),
                  sampleTrilinear(obstacle_.outside, side_, p, kInf), 0.5f * kGap - sign_ * p.x});
    // Its seed too keeps out of what does not grow (a bone it was laid into, a muscle it touched).
    float seed = std::max({d, kClearance - sampleTrilinear(obstacle_.soft, side_, p, kInf),
                           sampleTrilinear(obstacle_.outside, side_, p, kInf) - kSeedFat});
    if (d < 0)
      for (const Seed* o : neighbours_) seed = shareSeed(seed, d, sampleTrilinear(o->distance, o->local, p, kInf));
    // Only values near the surface matter; clamped, a neighbour's far stronger claim is no cliff.
    return std::clamp(std::min(f, seed), -kCell, kCell);
  }

 private:
  static float score(const Seed& s, float d, const glm::vec3& p, float growth) {
    return d <= 0 ? -d - 2 * kReach : d - growth * sampleTrilinear(s.weight, s.local, p, 0.0f);
  }
  const std::vector<Seed>& seeds_;
  int n_;
  const Lattice& side_;
  const Obstacles& obstacle_;
  float sign_;
  std::vector<const Seed*> neighbours_;
};

GenMesh extract(const GenMesh& seedMesh, const std::vector<Seed>& seeds, int n, const Lattice& side,
                const Obstacles& obstacle, float sign) {
  const Seed& s = seeds[n];
  const Lattice& l = s.local;
  // Small muscles are drawn on a finer grid: their sheets between neighbours are only a few cells thick.
  const float cell = s.target < kSmallMuscle ? 0.5f * kCell : 0.8f * kCell;
  const glm::vec3 lo = l.origin + glm::vec3(2 * kCell), hi = l.origin + glm::vec3(l.size - 3) * kCell;
  // Sampled on the grid polygonize works on (it widens the box by two cells), then smoothed once along
  // each axis: a field built of minima and maxima has creases finer than the grid, which would leave
  // the surface pinched there.
  Lattice grid;
  grid.cell = cell;
  grid.origin = lo - glm::vec3(2 * cell);
  grid.size = glm::ivec3(glm::ceil((hi - lo + glm::vec3(4 * cell)) / cell)) + 1;
  const PackedField field(seeds, n, side, obstacle, sign);
  std::vector<float> values(grid.count());
  for (int k = 0; k < grid.size.z; ++k)
    for (int j = 0; j < grid.size.y; ++j)
      for (int i = 0; i < grid.size.x; ++i) values[grid.index(i, j, k)] = field(grid.centre(i, j, k));
  smoothAlongAxes(values, grid);
  GenMesh m = polygonize(
      seedMesh.name, [&](const glm::vec3& p) { return sampleTrilinear(values, grid, p, kCell); }, lo, hi, cell);
  dropDoubledTriangles(m);
  dropCrumbs(m);
  taubin(m, 10);
  m.color = seedMesh.color;
  m.lineOfAction = seedMesh.lineOfAction;
  // uv.x along the line of action, uv.y once round it.
  m.uvs.resize(m.positions.size());
  for (std::size_t v = 0; v < m.positions.size(); ++v) {
    const Along a = alongLine(m.lineOfAction, m.positions[v]);
    glm::vec3 side1 = glm::cross(a.tangent, glm::vec3(0, 0, 1));
    if (glm::length(side1) < 1e-3f) side1 = glm::cross(a.tangent, glm::vec3(1, 0, 0));
    side1 = glm::normalize(side1);
    const glm::vec3 side2 = glm::cross(a.tangent, side1), r = m.positions[v] - a.point;
    const float angle = std::atan2(glm::dot(r, side2), glm::dot(r, side1));
    m.uvs[v] = {a.t, angle / 6.2831853f + 0.5f};
  }
  return m;
}

struct SideResult {
  std::vector<std::pair<std::size_t, GenMesh>> packed;  // index in the muscles, its packed mesh
  std::vector<PackedMuscle> report;
};

SideResult packSide(const std::vector<GenMesh>& muscles, const std::vector<const GenMesh*>& hard,
                    const std::vector<const GenMesh*>& soft, const Field& envelope, const Field& fill,
                    const BoneDistance& bones, const std::string& suffix, float sign) {
  std::map<std::string, double> targets;
  for (const MuscleVolume& mv : kMuscleVolumes) targets[std::string(mv.id).append(suffix)] = mv.cm3 * 1e-6;
  // A muscle of this side without a volume in life keeps its authored size, but takes part: where it
  // was authored overlapping another, they share the overlap like any two seeds.
  for (const GenMesh& m : muscles)
    if (m.name.size() > 2 && m.name.compare(m.name.size() - 2, 2, suffix) == 0 && !targets.count(m.name))
      targets[m.name] = std::abs(enclosedVolume(m));
  // The piriformis stays exactly as authored: the sciatic contact is measured between it, its variant
  // and the nerve routed under it (Nerves.cpp), and a regrown surface pressed on the nerve at rest.
  // The others keep clear of it like of a nerve.
  targets.erase("piriformis" + suffix);
  std::vector<std::size_t> growing;
  glm::vec3 lo(kInf), hi(-kInf);
  for (std::size_t i = 0; i < muscles.size(); ++i)
    if (targets.count(muscles[i].name)) {
      growing.push_back(i);
      glm::vec3 a, b;
      bounds(muscles[i], a, b);
      lo = glm::min(lo, a), hi = glm::max(hi, b);
    }
  SideResult result;
  if (growing.empty()) return result;
  Lattice side;
  side.cell = kCell;
  // The lattice lies on a fixed grid through kLatticeAnchor, grown by whole cells to hold the muscles:
  // a muscle that reaches a little further (the back's, beside the midline and under the skin) would
  // otherwise move every voxel of the side, and the thigh's packing with it.
  side.origin = kLatticeAnchor + glm::floor((lo - glm::vec3(kReach + 4 * kCell) - kLatticeAnchor) / kCell) * kCell;
  side.size = glm::ivec3(glm::ceil((hi + glm::vec3(kReach + 4 * kCell) - side.origin) / kCell)) + 1;

  // What the muscles keep clear of: the obstacles, and the muscles that do not grow.
  auto distanceTo = [&side](const std::vector<const GenMesh*>& meshes) {
    std::vector<std::uint8_t> solid(side.count(), 0);
    std::vector<mesh::MeshQuery> surfaces;
    for (const GenMesh* m : meshes) fillInside(*m, side, solid), surfaces.push_back(queryOf(*m));
    std::vector<float> distance = distanceToSet(solid, side);
    refineNear(distance, solid, side, surfaces);
    return distance;
  };
  std::vector<const GenMesh*> softOnes = soft;
  for (const GenMesh& m : muscles)
    if (!targets.count(m.name)) softOnes.push_back(&m);
  Obstacles obstacle{distanceTo(hard), distanceTo(softOnes), std::vector<float>(side.count()),
                     std::vector<float>(side.count())};
  auto outside = [&](int first) {
    for (int k = first; k < side.size.z; k += 2)
      for (int j = 0; j < side.size.y; ++j)
        for (int i = 0; i < side.size.x; ++i) {
          const glm::vec3 p = side.centre(i, j, k);
          obstacle.outside[side.index(i, j, k)] = envelope(p), obstacle.fill[side.index(i, j, k)] = fill(p);
        }
  };
  auto oddLayers = std::async(std::launch::async, outside, 1);
  outside(0);
  oddLayers.get();
  std::vector<std::uint8_t> blocked(side.count(), 0);
  for (int k = 0; k < side.size.z; ++k)
    for (int j = 0; j < side.size.y; ++j)
      for (int i = 0; i < side.size.x; ++i) {
        const std::size_t g = side.index(i, j, k);
        blocked[g] =
            obstacle.hard[g] < 0 || obstacle.soft[g] < kNerveRoom || sign * side.centre(i, j, k).x < 0.5f * kGap;
      }

  std::vector<Seed> seeds;
  // A muscle may also give way (growth below 0), where a fascia is full: its neighbours there take more.
  for (std::size_t i : growing)
    seeds.push_back(makeSeed(muscles[i], i, side, targets[muscles[i].name])), seeds.back().lo = -kReach;
  Claims claims;
  const double voxel = std::pow(double(kCell), 3);
  for (int round = 0; round <= kIterations; ++round) {
    for (Seed& s : seeds) s.growth = 0.5f * (s.lo + s.hi);
    rank(seeds, side, blocked, obstacle.fill, claims);
    for (std::size_t n = 0; n < seeds.size(); ++n) {
      Seed& s = seeds[n];
      std::size_t count = 0;
      const Lattice& l = s.local;
      for (int k = 0; k < l.size.z; ++k)
        for (int j = 0; j < l.size.y; ++j)
          for (int i = 0; i < l.size.x; ++i) {
            const std::size_t v = l.index(i, j, k), g = s.global(side, i, j, k);
            if (s.distance[v] > kReach + kCell) continue;
            count += withSeed(limited(grownField(s, int(n), v, g, claims, obstacle), g, obstacle, -1.0f), s, int(n), v,
                              g, claims, obstacle) < 0;
          }
      s.volume = count * voxel;
      (s.volume < s.target ? s.lo : s.hi) = s.growth;
      // A neighbour that grew may have taken what this one had: let its bracket open up again.
      if (s.hi - s.lo < 1e-5f && s.volume < 0.9 * s.target) s.hi = std::min(kReach, s.hi + 0.004f);
    }
  }
  // Each muscle's surface on its own: two at a time.
  std::vector<GenMesh> meshes(seeds.size());
  auto draw = [&](std::size_t first) {
    for (std::size_t n = first; n < seeds.size(); n += 2) {
      GenMesh m = simplified(extract(muscles[seeds[n].mesh], seeds, int(n), side, obstacle, sign), kDrawnError);
      // Twice: a tendon's end that sat deep in a small bone comes out in two steps (as in Muscles.cpp).
      for (int pass = 0; pass < 2; ++pass) pushOutOfBones(m, bones, 0.0008f);
      computeNormals(m);
      meshes[n] = std::move(m);
    }
  };
  auto odd = std::async(std::launch::async, draw, 1);
  draw(0);
  odd.get();
  for (std::size_t n = 0; n < seeds.size(); ++n) {
    const GenMesh& seed = muscles[seeds[n].mesh];
    result.report.push_back(
        {seed.name, enclosedVolume(seed) * 1e6, seeds[n].target * 1e6, enclosedVolume(meshes[n]) * 1e6});
    result.packed.emplace_back(seeds[n].mesh, std::move(meshes[n]));
  }
  return result;
}

}  // namespace

double enclosedVolume(const GenMesh& m) {
  double v = 0;
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
    const glm::dvec3 a = m.positions[m.indices[t]], b = m.positions[m.indices[t + 1]],
                     c = m.positions[m.indices[t + 2]];
    v += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  return v;
}

std::vector<PackedMuscle> packMuscles(std::vector<GenMesh>& muscles, const std::vector<const GenMesh*>& hard,
                                      const std::vector<const GenMesh*>& soft, const Field& envelope, const Field& fill,
                                      const BoneDistance& bones) {
  // Grown on the left and mirrored to the right, so that the two sides are the same to the last
  // vertex (lattices laid on each side on their own would put their voxels at different places).
  SideResult left = packSide(muscles, hard, soft, envelope, fill, bones, "_l", 1.0f);
  std::map<std::string, std::size_t> byName;
  for (std::size_t i = 0; i < muscles.size(); ++i) byName[muscles[i].name] = i;
  std::vector<PackedMuscle> report = left.report;
  for (std::size_t n = 0; n < left.packed.size(); ++n) {
    auto& [index, mesh] = left.packed[n];
    const std::string name = mesh.name.substr(0, mesh.name.size() - 2) + "_r";
    const auto right = byName.find(name);
    if (right != byName.end()) {
      GenMesh mirror = mesh;
      mirror.name = name;
      mirror.lineOfAction = muscles[right->second].lineOfAction;
      for (glm::vec3& p : mirror.positions) p.x = -p.x;
      for (std::size_t t = 0; t + 2 < mirror.indices.size(); t += 3)
        std::swap(mirror.indices[t + 1], mirror.indices[t + 2]);
      for (int pass = 0; pass < 2; ++pass) pushOutOfBones(mirror, bones, 0.0008f);
      computeNormals(mirror);
      const PackedMuscle& l = left.report[n];
      report.push_back({name, enclosedVolume(muscles[right->second]) * 1e6, l.targetCm3, enclosedVolume(mirror) * 1e6});
      muscles[right->second] = std::move(mirror);
    }
    muscles[index] = std::move(mesh);
  }
  return report;
}

}  // namespace hipscope::gen
