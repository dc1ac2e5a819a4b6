// Muscle packing: seeds grown into their compartments on a voxel lattice, one side at a time.
#include "generator/MusclePacking.hpp"

#include <algorithm>
#include <cmath>
#include <future>
#include <limits>
#include <map>

#include "generator/MuscleVolumes.hpp"
#include "generator/Simplify.hpp"
#include "generator/SurfaceNets.hpp"
#include "generator/VoxelGrid.hpp"
#include "scene/MeshQuery.hpp"

namespace hipscope::gen {
namespace {

constexpr float kCell = 0.0025f;         // the lattice, metres
constexpr float kReach = 0.030f;         // the most a muscle grows beyond its seed (at its thickest)
constexpr float kGap = 0.0020f;          // left between neighbouring muscles
constexpr float kClearance = 0.0015f;    // kept from bones, nerves and the muscles that do not grow
constexpr double kSmallMuscle = 120e-6;  // m3: drawn finer
constexpr int kProfileBins = 24;         // stations along a muscle for its thickness profile
constexpr int kIterations = 22;          // halvings of each muscle's growth bracket
constexpr float kDrawnError = 0.0004f;   // how far simplification may move the surface
constexpr float kInf = std::numeric_limits<float>::infinity();

// Where along a polyline (0 at its first point, 1 at its last, by arc length) `p` lies nearest.
struct Along {
  float t = 0;
  glm::vec3 point{0}, tangent{0, 1, 0};
};
Along alongLine(const std::vector<glm::vec3>& line, glm::vec3 p) {
  float total = 0;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) total += glm::length(line[i + 1] - line[i]);
  Along best;
  float bestDistance = kInf, run = 0;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    const glm::vec3 d = line[i + 1] - line[i];
    const float len = glm::length(d);
    const float s = len > 0 ? std::clamp(glm::dot(p - line[i], d) / (len * len), 0.0f, 1.0f) : 0.0f;
    const glm::vec3 q = line[i] + d * s;
    const float dist = glm::length(p - q);
    if (dist < bestDistance) {
      bestDistance = dist;
      best.t = total > 0 ? (run + s * len) / total : 0.0f;
      best.point = q;
      if (len > 0) best.tangent = d / len;
    }
    run += len;
  }
  return best;
}

// One muscle being grown, on its own part of the side's lattice.
struct Seed {
  std::size_t mesh = 0;
  Lattice local;
  glm::ivec3 offset{0};
  std::vector<float> distance;  // to the seed (0 inside it)
  std::vector<float> weight;    // how much it grows here: its belly's thickness at this station, 0..1
  double target = 0;            // m3
  float growth = 0, lo = 0, hi = kReach;
  double volume = 0;

  // Lower claims more. A muscle's own seed is always its own: no neighbour's growth reaches that low;
  // where two seeds overlap, the one whose surface is nearer claims (see shareSeed).
  float score(std::size_t v) const {
    return distance[v] <= 0 ? -distance[v] - 2 * kReach : distance[v] - growth * weight[v];
  }
  std::size_t global(const Lattice& side, int i, int j, int k) const {
    return side.index(i + offset.x, j + offset.y, k + offset.z);
  }
};

mesh::MeshQuery queryOf(const GenMesh& m) {
  mesh::TriangleMesh t;
  t.positions.assign(m.positions.begin(), m.positions.end());
  for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3)
    t.triangles.push_back({m.indices[i], m.indices[i + 1], m.indices[i + 2]});
  return mesh::MeshQuery(std::move(t));
}

// Distances from a voxel transform are exact between voxel centres, so a surface drawn close to
// the set they measure from follows the voxels' steps. Within a few cells of the meshes the distance
// is measured to their surfaces instead (negative inside them).
void refineNear(std::vector<float>& distance, const std::vector<std::uint8_t>& inside, const Lattice& l,
                const std::vector<mesh::MeshQuery>& surfaces) {
  const float band = 3.0f * l.cell;
  for (int k = 0; k < l.size.z; ++k)
    for (int j = 0; j < l.size.y; ++j)
      for (int i = 0; i < l.size.x; ++i) {
        const std::size_t v = l.index(i, j, k);
        if (distance[v] > band) continue;
        if (inside[v] && (i == 0 || j == 0 || k == 0 || i + 1 == l.size.x || j + 1 == l.size.y || k + 1 == l.size.z))
          continue;
        const glm::dvec3 p = l.centre(i, j, k);
        double nearest = band;
        for (const mesh::MeshQuery& q : surfaces)
          if (q.bounds().distanceSquared(p) < double(band) * band)
            nearest = std::min(nearest, q.closest(p, band).distance);
        distance[v] = static_cast<float>(inside[v] ? -nearest : nearest);
      }
}

void bounds(const GenMesh& m, glm::vec3& lo, glm::vec3& hi) {
  lo = glm::vec3(kInf), hi = glm::vec3(-kInf);
  for (const glm::vec3& p : m.positions) lo = glm::min(lo, p), hi = glm::max(hi, p);
}

Seed makeSeed(const GenMesh& m, std::size_t index, const Lattice& side, double target) {
  Seed s;
  s.mesh = index;
  s.target = target;
  glm::vec3 lo, hi;
  bounds(m, lo, hi);
  s.local = side.around(lo, hi, kReach + 3 * kCell, s.offset);
  std::vector<std::uint8_t> inside;
  fillInside(m, s.local, inside);
  s.distance = distanceToSet(inside, s.local);
  refineNear(s.distance, inside, s.local, {queryOf(m)});
  std::vector<std::uint8_t> outside(inside.size());
  for (std::size_t v = 0; v < inside.size(); ++v) outside[v] = !inside[v];
  const std::vector<float> depth = distanceToSet(outside, s.local);
  // The seed's thickness station by station along its line of action.
  std::vector<float> along(inside.size());
  float profile[kProfileBins] = {};
  const Lattice& l = s.local;
  for (int k = 0; k < l.size.z; ++k)
    for (int j = 0; j < l.size.y; ++j)
      for (int i = 0; i < l.size.x; ++i) {
        const std::size_t v = l.index(i, j, k);
        if (s.distance[v] > kReach + kCell) continue;  // never reached
        along[v] = alongLine(m.lineOfAction, l.centre(i, j, k)).t;
        if (inside[v]) {
          float& bin = profile[std::min(kProfileBins - 1, static_cast<int>(along[v] * kProfileBins))];
          bin = std::max(bin, depth[v]);
        }
      }
  float thickest = 0;
  for (float b : profile) thickest = std::max(thickest, b);
  s.weight.assign(inside.size(), 0.0f);
  if (thickest <= 0) return s;
  for (std::size_t v = 0; v < inside.size(); ++v) {
    if (s.distance[v] > kReach + kCell) continue;
    const float x = along[v] * kProfileBins - 0.5f;
    const int a = std::clamp(static_cast<int>(std::floor(x)), 0, kProfileBins - 1);
    const int b = std::min(a + 1, kProfileBins - 1);
    const float f = std::clamp(x - a, 0.0f, 1.0f);
    s.weight[v] = (profile[a] * (1 - f) + profile[b] * f) / thickest;
  }
  return s;
}

// Distances (negative inside) to what the muscles do not grow into: everything, and the soft part of
// it (nerves, muscles that do not grow), which a seed gives way to as well (a bone it was laid into is
// left to pushOutOfBones, which takes the vertices out exactly).
struct Obstacles {
  std::vector<float> all, soft;
};

struct Claims {
  std::vector<float> best, second;  // scores
  std::vector<int> owner;
  std::vector<float> seedBest, seedSecond;  // depths in the two shallowest seeds a voxel lies in (kInf: none)
  std::vector<int> seedOwner;
};

// Every voxel's lowest and second-lowest score among the seeds, and whose the lowest is.
void rank(const std::vector<Seed>& seeds, const Lattice& side, const std::vector<std::uint8_t>& blocked, Claims& c) {
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
          const float sc = s.score(v);
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
float grownField(const Seed& s, int n, std::size_t v, std::size_t g, const Claims& c) {
  const float sc = s.score(v);
  const float other = c.owner[g] == n ? c.second[g] : c.best[g];
  return other < kInf ? std::max(sc, 0.5f * (sc - other + kGap)) : sc;
}

// ... and kept clear of the obstacles and the midline.
float limited(float grown, std::size_t g, const Obstacles& obstacle, float midline) {
  return std::max({grown, kClearance - obstacle.all[g], midline});
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
  const float d = s.distance[v], seed = std::max(d, -obstacle.soft[g]);
  return std::min(packed, d < 0 ? shareSeed(seed, d, c.seedOwner[g] == n ? c.seedSecond[g] : c.seedBest[g]) : seed);
}

void taubin(GenMesh& m, int rounds) {
  std::vector<std::vector<std::uint32_t>> ring(m.positions.size());
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3)
    for (int e = 0; e < 3; ++e) {
      const std::uint32_t a = m.indices[t + e], b = m.indices[t + (e + 1) % 3];
      ring[a].push_back(b), ring[b].push_back(a);
    }
  std::vector<glm::vec3> next(m.positions.size());
  for (int r = 0; r < 2 * rounds; ++r) {
    const float factor = r % 2 == 0 ? 0.5f : -0.53f;
    for (std::size_t v = 0; v < m.positions.size(); ++v) {
      glm::vec3 mean(0.0f);
      for (std::uint32_t w : ring[v]) mean += m.positions[w];
      next[v] =
          ring[v].empty() ? m.positions[v] : m.positions[v] + factor * (mean / float(ring[v].size()) - m.positions[v]);
    }
    m.positions.swap(next);
  }
}

// The mesh without its crumbs: a claim can leave a few cells in a corner behind a neighbour. Pieces
// of at least a hundredth of the largest stay, and every void (a neighbour's band or tendon running
// through the belly is enclosed by a surface of its own, wound inward).
void dropCrumbs(GenMesh& m) {
  std::vector<std::uint32_t> parent(m.positions.size());
  for (std::uint32_t v = 0; v < parent.size(); ++v) parent[v] = v;
  auto root = [&](std::uint32_t v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  };
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3)
    for (int e = 1; e < 3; ++e) parent[root(m.indices[t + e])] = root(m.indices[t]);
  std::map<std::uint32_t, double> volume;
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
    const glm::dvec3 a = m.positions[m.indices[t]], b = m.positions[m.indices[t + 1]],
                     c = m.positions[m.indices[t + 2]];
    volume[root(m.indices[t])] += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  double largest = 0;
  for (const auto& [piece, v] : volume) largest = std::max(largest, std::abs(v));
  std::vector<std::uint32_t> kept;
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3)
    if (const double v = volume[root(m.indices[t])]; v < 0 || v >= 0.01 * largest)
      kept.insert(kept.end(), {m.indices[t], m.indices[t + 1], m.indices[t + 2]});
  m.indices.swap(kept);
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
    float f = score(s, d, p);
    if (f < kCell) {
      float other = kInf;
      for (const Seed* o : neighbours_) {
        const float od = sampleTrilinear(o->distance, o->local, p, kInf);
        if (od < kReach) other = std::min(other, score(*o, od, p));
      }
      if (other < kInf) f = std::max(f, 0.5f * (f - other + kGap));
    }
    f = std::max({f, kClearance - sampleTrilinear(obstacle_.all, side_, p, kInf), 0.5f * kGap - sign_ * p.x});
    // Its seed too keeps out of what does not grow (a bone it was laid into, a muscle it touched).
    float seed = std::max(d, -sampleTrilinear(obstacle_.soft, side_, p, kInf));
    if (d < 0)
      for (const Seed* o : neighbours_) seed = shareSeed(seed, d, sampleTrilinear(o->distance, o->local, p, kInf));
    // Only values near the surface matter; clamped, a neighbour's far stronger claim is no cliff.
    return std::clamp(std::min(f, seed), -kCell, kCell);
  }

 private:
  static float score(const Seed& s, float d, const glm::vec3& p) {
    return d <= 0 ? -d - 2 * kReach : d - s.growth * sampleTrilinear(s.weight, s.local, p, 0.0f);
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
  GenMesh m = polygonize(seedMesh.name, PackedField(seeds, n, side, obstacle, sign), lo, hi, cell);
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
                    const std::vector<const GenMesh*>& soft, const BoneDistance& bones, const std::string& suffix,
                    float sign) {
  std::map<std::string, double> targets;
  for (const MuscleVolume& mv : kMuscleVolumes) targets[std::string(mv.id).append(suffix)] = mv.cm3 * 1e-6;
  // A muscle of this side without a volume in life keeps its authored size, but takes part: where it
  // was authored overlapping another, they share the overlap like any two seeds.
  for (const GenMesh& m : muscles)
    if (m.name.size() > 2 && m.name.compare(m.name.size() - 2, 2, suffix) == 0 && !targets.count(m.name))
      targets[m.name] = std::abs(enclosedVolume(m));
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
  side.origin = lo - glm::vec3(kReach + 4 * kCell);
  side.size = glm::ivec3(glm::ceil((hi - lo + 2.0f * (kReach + 4 * kCell)) / kCell)) + 1;

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
  Obstacles obstacle{distanceTo(hard), distanceTo(softOnes)};
  for (std::size_t g = 0; g < side.count(); ++g) obstacle.all[g] = std::min(obstacle.all[g], obstacle.soft[g]);
  std::vector<std::uint8_t> blocked(side.count(), 0);
  for (int k = 0; k < side.size.z; ++k)
    for (int j = 0; j < side.size.y; ++j)
      for (int i = 0; i < side.size.x; ++i) {
        const std::size_t g = side.index(i, j, k);
        blocked[g] = obstacle.all[g] < kClearance || sign * side.centre(i, j, k).x < 0.5f * kGap;
      }

  std::vector<Seed> seeds;
  for (std::size_t i : growing) seeds.push_back(makeSeed(muscles[i], i, side, targets[muscles[i].name]));
  Claims claims;
  const double voxel = std::pow(double(kCell), 3);
  for (int round = 0; round <= kIterations; ++round) {
    for (Seed& s : seeds) s.growth = 0.5f * (s.lo + s.hi);
    rank(seeds, side, blocked, claims);
    for (std::size_t n = 0; n < seeds.size(); ++n) {
      Seed& s = seeds[n];
      std::size_t count = 0;
      const Lattice& l = s.local;
      for (int k = 0; k < l.size.z; ++k)
        for (int j = 0; j < l.size.y; ++j)
          for (int i = 0; i < l.size.x; ++i) {
            const std::size_t v = l.index(i, j, k), g = s.global(side, i, j, k);
            if (s.distance[v] > kReach + kCell) continue;
            count += withSeed(limited(grownField(s, int(n), v, g, claims), g, obstacle, -1.0f), s, int(n), v, g, claims,
                              obstacle) < 0;
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
                                      const std::vector<const GenMesh*>& soft, const BoneDistance& bones) {
  // Grown on the left and mirrored to the right, so that the two sides are the same to the last
  // vertex (lattices laid on each side on their own would put their voxels at different places).
  SideResult left = packSide(muscles, hard, soft, bones, "_l", 1.0f);
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
