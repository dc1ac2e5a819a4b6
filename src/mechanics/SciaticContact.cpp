// Contact between the posed piriformis and sciatic nerve meshes.
#include "mechanics/SciaticContact.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <utility>

namespace hipscope {
namespace {

// How far from the muscle, at rest, a pose may bring a part of the nerve into it (metres): the two move
// together with the pelvis and the femur, so only a few centimetres.
constexpr double kPoseReach = 0.040;

using mesh::MeshQuery;
using mesh::TriangleMesh;
using mesh::Vec3;

// Whether p, whose nearest point on the closed surface is `hit`, lies inside it: where that point is
// inside a face, the face's side says so exactly; at an edge or a corner the winding number decides.
bool insideAt(const MeshQuery& query, const Vec3& p, const mesh::SurfacePoint& hit) {
  const auto& t = query.mesh().triangles[hit.triangle];
  const Vec3 &a = query.mesh().positions[t[0]], &b = query.mesh().positions[t[1]], &c = query.mesh().positions[t[2]];
  const Vec3 n = glm::cross(b - a, c - a);
  const double twice = glm::dot(n, n);
  if (twice > 0) {
    const double u = glm::dot(glm::cross(c - b, hit.point - b), n) / twice,
                 v = glm::dot(glm::cross(a - c, hit.point - c), n) / twice;
    if (u > 1e-3 && v > 1e-3 && 1.0 - u - v > 1e-3) return glm::dot(p - hit.point, hit.normal) < 0;
  }
  return query.contains(p);
}

const MeshPart& shapeOf(const MeshPart& part, int variant) {
  return variant >= 0 ? part.variants[static_cast<std::size_t>(variant)] : part;
}

TriangleMesh trianglesOf(const MeshPart& part, const std::vector<glm::vec3>& positions) {
  TriangleMesh m;
  m.positions.reserve(positions.size());
  for (const glm::vec3& p : positions) m.positions.emplace_back(p);
  for (std::size_t i = 0; i + 2 < part.indices.size(); i += 3)
    m.triangles.push_back({part.indices[i], part.indices[i + 1], part.indices[i + 2]});
  return m;
}

// The nerve's radius at vertex `at`: half the distance across the tube to the nearest vertex whose
// normal points the other way.
float radiusAt(const MeshPart& nerve, const std::vector<glm::vec3>& posed, const std::vector<char>& trunk,
               std::size_t at) {
  const glm::vec3 n = nerve.vertices[at].normal;
  float across = 1e9f;
  for (std::size_t i = 0; i < posed.size(); ++i)
    if (trunk[i] && glm::dot(nerve.vertices[i].normal, n) < -0.7f)
      across = std::min(across, glm::distance(posed[i], posed[at]));
  return across < 1e8f ? 0.5f * across : 0.0f;
}

float medianRadius(const MeshPart& nerve, const std::vector<char>& trunk) {
  std::vector<glm::vec3> rest;
  for (const Vertex& v : nerve.vertices) rest.push_back(v.position);
  std::vector<float> radii;
  for (std::size_t i = 0; i < rest.size(); i += 7)  // a sample is enough
    if (trunk[i])
      if (const float r = radiusAt(nerve, rest, trunk, i); r > 0.0f) radii.push_back(r);
  if (radii.empty()) return 0.0f;
  std::nth_element(radii.begin(), radii.begin() + static_cast<std::ptrdiff_t>(radii.size() / 2), radii.end());
  return radii[radii.size() / 2];
}

}  // namespace

bool isClosed(const MeshPart& part) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> edges;
  // Vertices that share a position (uv seams) are one corner of the surface.
  std::map<std::tuple<float, float, float>, std::uint32_t> corner;
  std::vector<std::uint32_t> id(part.vertices.size());
  for (std::size_t i = 0; i < part.vertices.size(); ++i) {
    const glm::vec3& p = part.vertices[i].position;
    id[i] = corner.try_emplace({p.x, p.y, p.z}, static_cast<std::uint32_t>(corner.size())).first->second;
  }
  for (std::size_t i = 0; i + 2 < part.indices.size(); i += 3)
    for (int k = 0; k < 3; ++k) {
      std::uint32_t a = id[part.indices[i + k]], b = id[part.indices[i + (k + 1) % 3]];
      if (a == b) continue;
      ++edges[{std::min(a, b), std::max(a, b)}];
    }
  return !edges.empty() && std::all_of(edges.begin(), edges.end(), [](const auto& e) { return e.second == 2; });
}

std::vector<char> largestPiece(const MeshPart& part) {
  std::vector<glm::vec3> rest;
  for (const Vertex& v : part.vertices) rest.push_back(v.position);
  return mesh::inLargestPiece(trianglesOf(part, rest));
}

SciaticContact::SciaticContact(const Model& model) {
  for (int s = 0; s < 2; ++s) {
    const std::string suffix = s == 0 ? "_l" : "_r";
    Side side;
    int muscle = -1, nerve = -1;
    for (std::size_t i = 0; i < model.parts.size(); ++i) {
      const std::string& name = model.parts[i].name;
      if (name == "piriformis" + suffix) muscle = static_cast<int>(i);
      if (name == "sciatic_nerve" + suffix) nerve = static_cast<int>(i);
      if (name == "hip_bone" + suffix) side.bone = static_cast<int>(i);
    }
    if (muscle < 0 && nerve < 0) continue;  // a model without them has no compression to show
    if (muscle < 0 || nerve < 0) {
      problems_.push_back(std::string(muscle < 0 ? "sciatic_nerve" : "piriformis") + suffix + " has no " +
                          (muscle < 0 ? "piriformis" : "sciatic_nerve") + suffix +
                          " to be pressed against: no compression on that side");
      continue;
    }
    const MeshPart& n = model.parts[static_cast<std::size_t>(nerve)];
    if (!isClosed(n)) {
      problems_.push_back("sciatic_nerve" + suffix +
                          " is not a closed mesh, so what presses into it cannot be measured");
      continue;
    }
    side.muscle = muscle;
    side.nerve = nerve;
    auto variantOf = [](const MeshPart& part) {
      for (std::size_t v = 0; v < part.variants.size(); ++v)
        if (part.variants[v].name == part.name + kThroughSuffix) return static_cast<int>(v);
      return -1;
    };
    side.muscleThrough = variantOf(model.parts[static_cast<std::size_t>(muscle)]);
    side.nerveThrough = variantOf(n);
    side.trunk = largestPiece(n);
    side.trunkRadius = medianRadius(n, side.trunk);
    if (side.nerveThrough >= 0) {
      const MeshPart& variant = n.variants[static_cast<std::size_t>(side.nerveThrough)];
      side.trunkThrough = largestPiece(variant);
      side.trunkRadiusThrough = medianRadius(variant, side.trunkThrough);
    }
    auto nearTriangles = [](const MeshPart& nerve, const std::vector<char>& trunk, const MeshPart& muscle) {
      mesh::Box box;
      for (const Vertex& v : muscle.vertices) box.add(Vec3(v.position));
      std::vector<std::uint32_t> out;
      for (std::size_t t = 0; t + 2 < nerve.indices.size(); t += 3)
        if (trunk[nerve.indices[t]] && box.contains(Vec3(nerve.vertices[nerve.indices[t]].position), kPoseReach))
          out.push_back(static_cast<std::uint32_t>(t));
      return out;
    };
    const MeshPart& m = model.parts[static_cast<std::size_t>(muscle)];
    side.near = nearTriangles(n, side.trunk, m);
    if (side.nerveThrough >= 0)
      side.nearThrough =
          nearTriangles(n.variants[static_cast<std::size_t>(side.nerveThrough)], side.trunkThrough,
                        side.muscleThrough >= 0 ? m.variants[static_cast<std::size_t>(side.muscleThrough)] : m);
    auto treeOf = [](const MeshPart& part) {
      std::vector<glm::vec3> rest;
      for (const Vertex& v : part.vertices) rest.push_back(v.position);
      return std::make_shared<MeshQuery>(trianglesOf(part, rest));
    };
    side.muscleTree = treeOf(m);
    if (side.muscleThrough >= 0)
      side.muscleTreeThrough = treeOf(m.variants[static_cast<std::size_t>(side.muscleThrough)]);
    if (side.bone >= 0) {
      const MeshPart& bone = model.parts[static_cast<std::size_t>(side.bone)];
      std::vector<glm::vec3> rest;
      for (const Vertex& v : bone.vertices) rest.push_back(v.position);
      side.boneAtRest = std::make_shared<const MeshQuery>(trianglesOf(bone, rest));
    }
    sides_[static_cast<std::size_t>(s)] = std::move(side);
  }
}

NerveCompression SciaticContact::measure(const Model& model, int s, const std::vector<glm::mat4>& joints,
                                         const MuscleDeform& deform, bool through) const {
  Memo& memo = memo_[static_cast<std::size_t>(s)];
  const auto same = [](const MuscleDeform& a, const MuscleDeform& b) {
    return a.axis == b.axis && a.shortening == b.shortening && a.centre == b.centre && a.bulge == b.bulge;
  };
  if (memo.valid && memo.through == through && memo.joints == joints && same(memo.deform, deform)) return memo.result;
  memo = {joints, deform, through, true, compute(model, s, joints, deform, through)};
  return memo.result;
}

NerveCompression SciaticContact::compute(const Model& model, int s, const std::vector<glm::mat4>& joints,
                                         const MuscleDeform& deform, bool through) const {
  const Side& side = sides_[static_cast<std::size_t>(s)];
  NerveCompression out;
  if (side.muscle < 0) return out;
  out.measured = true;
  const MeshPart& musclePart = model.parts[static_cast<std::size_t>(side.muscle)];
  const MeshPart& nervePart = model.parts[static_cast<std::size_t>(side.nerve)];
  const MeshPart& muscle = shapeOf(musclePart, through ? side.muscleThrough : -1);
  const MeshPart& nerve = shapeOf(nervePart, through ? side.nerveThrough : -1);
  out.structure = muscle.name;

  // The muscle as drawn; the nerve skinned into the pose (its narrowing is the result, not an input).
  std::vector<glm::vec3> musclePosed, nervePosed;
  musclePosed.reserve(muscle.vertices.size());
  for (const Vertex& v : muscle.vertices) musclePosed.push_back(drawnPosition(v, joints, &deform));
  nervePosed.reserve(nerve.vertices.size());
  for (const Vertex& v : nerve.vertices) nervePosed.push_back(drawnPosition(v, joints));
  MeshQuery& muscleQuery = through && side.muscleThrough >= 0 ? *side.muscleTreeThrough : *side.muscleTree;
  muscleQuery.refit({musclePosed.begin(), musclePosed.end()});
  const mesh::Box near = muscleQuery.bounds();

  // Samples of the nerve trunk's surface near the muscle: its vertices and its triangles' centres (so
  // that the muscle cannot press in between the vertices unseen), each with its outward direction and
  // its u along the nerve.
  const double radius = through && side.nerveThrough >= 0 ? side.trunkRadiusThrough : side.trunkRadius;
  struct Sample {
    glm::vec3 p, n;
    float u;
  };
  std::vector<Sample> samples;
  std::vector<glm::vec3> normals(nerve.vertices.size(), glm::vec3(0.0f));
  std::vector<char> normalDone(nerve.vertices.size(), 0);
  auto normalAt = [&](std::uint32_t i) {
    if (!normalDone[i]) {
      const glm::vec3 n = glm::mat3(skinMatrix(nerve.vertices[i], joints)) * nerve.vertices[i].normal;
      normals[i] = glm::length(n) > 0.0f ? glm::normalize(n) : n;
      normalDone[i] = 1;
    }
    return normals[i];
  };
  const std::vector<std::uint32_t>& candidates = through && side.nerveThrough >= 0 ? side.nearThrough : side.near;
  // First the trunk's vertices that come within a nerve's width of the muscle's surface; the
  // triangles around them are where it can be pressed, and across the nerve from there.
  std::vector<signed char> close(nerve.vertices.size(), -1);
  auto isClose = [&](std::uint32_t v) {
    if (close[v] < 0) {
      const Vec3 p(nervePosed[v]);
      close[v] = near.contains(p, 2.0 * radius) && muscleQuery.closest(p, 2.0 * radius).found();
    }
    return close[v] == 1;
  };
  std::vector<char> sampled(nerve.vertices.size(), 0);  // each vertex once, however many triangles share it
  for (std::uint32_t t : candidates) {
    const std::uint32_t c[3] = {nerve.indices[t], nerve.indices[t + 1], nerve.indices[t + 2]};
    if (!isClose(c[0]) && !isClose(c[1]) && !isClose(c[2])) continue;
    auto add = [&](std::initializer_list<std::uint32_t> corners) {
      Sample sample{glm::vec3(0.0f), glm::vec3(0.0f), 0.0f};
      for (std::uint32_t v : corners) {
        sample.p += nervePosed[v] / static_cast<float>(corners.size());
        sample.n += normalAt(v);
        sample.u += nerve.vertices[v].uv.x / static_cast<float>(corners.size());
      }
      sample.n = glm::length(sample.n) > 0.0f ? glm::normalize(sample.n) : sample.n;
      samples.push_back(sample);
    };
    for (std::uint32_t v : c)
      if (!sampled[v]) sampled[v] = 1, add({v});
    add({c[0], c[1], c[2]});
  }
  // How deep the muscle overlaps each sample, and the bone of the notch behind it.
  std::vector<double> pressed(samples.size(), 0.0), behind(samples.size(), 0.0);
  const MeshPart* bonePart = side.bone >= 0 ? &model.parts[static_cast<std::size_t>(side.bone)] : nullptr;
  const glm::mat4 toBone = glm::inverse(
      bonePart && !bonePart->vertices.empty() ? skinMatrix(bonePart->vertices.front(), joints) : glm::mat4(1.0f));
  // Inside the muscle, looked for only near its surface: a sample deeper in it than the nerve is thick
  // lies in a nerve already swallowed, whose samples nearer the surface say so.
  std::vector<std::size_t> pressedSamples;
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const Vec3 p(samples[i].p);
    if (!near.contains(p)) continue;
    const mesh::SurfacePoint hit = muscleQuery.closest(p, 2.0 * radius);
    if (hit.found() && insideAt(muscleQuery, p, hit)) pressed[i] = hit.distance, pressedSamples.push_back(i);
  }
  if (pressedSamples.empty()) return out;  // nothing overlaps: free
  // Two samples face each other across the nerve: opposite outward directions, within its width.
  auto across = [&](std::size_t i, std::size_t j) {
    return glm::dot(samples[i].n, samples[j].n) <= -0.5f && glm::distance(samples[i].p, samples[j].p) <= 3.0 * radius;
  };
  // The bone behind, only across the nerve from where the muscle presses.
  if (side.boneAtRest)
    for (std::size_t j = 0; j < samples.size(); ++j) {
      if (std::none_of(pressedSamples.begin(), pressedSamples.end(), [&](std::size_t i) { return across(i, j); }))
        continue;
      const Vec3 q(glm::vec3(toBone * glm::vec4(samples[j].p, 1.0f)));
      const mesh::SurfacePoint hit = side.boneAtRest->closest(q, radius);
      if (hit.found() && insideAt(*side.boneAtRest, q, hit)) behind[j] = hit.distance;
    }
  // The squeeze at a pressed sample: its own overlap plus the deepest overlap from the opposite side
  // of the nerve close by (the other head of a split muscle, or the bone the muscle pushes it onto).
  double deepest = 0;
  std::size_t best = samples.size();
  for (std::size_t i : pressedSamples) {
    double opposite = 0;
    for (std::size_t j = 0; j < samples.size(); ++j) {
      if (!across(i, j)) continue;
      opposite = std::max(opposite, std::max(pressed[j], behind[j]));
    }
    if (pressed[i] + opposite > deepest) deepest = pressed[i] + opposite, best = i;
  }
  if (best == samples.size()) return out;  // nothing overlaps: free
  out.depth = static_cast<float>(deepest);
  out.radius = static_cast<float>(radius);
  out.contact = samples[best].p;
  out.centre = samples[best].p - samples[best].n * out.radius;
  out.along = samples[best].u;
  out.amount = out.radius > 0.0f ? std::clamp(out.depth / out.radius, 0.0f, 1.0f) : 1.0f;
  return out;
}

}  // namespace hipscope
