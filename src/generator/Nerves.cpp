// The sciatic nerves: trunk, plexus roots and the branches above the knee, laid clear of the piriformis
// and the bones; and the piriformis split around the nerve for the anatomical variant.
#include "generator/Nerves.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

#include "generator/MeshQueryOf.hpp"
#include "generator/MuscleProfiles.hpp"

namespace hipscope::gen {
namespace {

// Moves a lofted tube's rings (from vertex `first`: rings x sides vertices, then its two cap centres) clear of
// `obstacle` by `clearanceAt(u)` (u along the tube; negative: free to pass there), each ring whole (the tube keeps its
// round section), the moves smoothed along it.
void clearTube(GenMesh& tube, std::size_t first, int rings, int sides, const mesh::MeshQuery& obstacle,
               const std::function<float(float u)>& clearanceAt) {
  for (int pass = 0; pass < 10; ++pass) {
    std::vector<glm::vec3> move(static_cast<std::size_t>(rings), glm::vec3(0.0f));
    bool any = false;
    for (int r = 0; r < rings; ++r) {
      glm::vec3 centre(0.0f);
      for (int k = 0; k < sides; ++k) centre += tube.positions[first + static_cast<std::size_t>(r * sides + k)];
      centre /= static_cast<float>(sides);
      const float clearance = clearanceAt(static_cast<float>(r) / static_cast<float>(std::max(rings - 1, 1)));
      if (clearance < 0.0f) continue;  // free to pass through here
      float need = 0.0f;
      glm::vec3 out(0.0f);
      // The ring's vertices and the surface between them and the next ring (edge midpoints, quad
      // centres), so that the obstacle cannot poke in between the tube's vertices either.
      std::vector<glm::vec3> samples;
      auto at = [&](int ring, int k) {
        return tube.positions[first + static_cast<std::size_t>(ring * sides + (k % sides))];
      };
      for (int k = 0; k < sides; ++k) {
        samples.push_back(at(r, k));
        samples.push_back(0.5f * (at(r, k) + at(r, k + 1)));
        if (r + 1 < rings) {
          samples.push_back(0.5f * (at(r, k) + at(r + 1, k)));
          samples.push_back(0.25f * (at(r, k) + at(r, k + 1) + at(r + 1, k) + at(r + 1, k + 1)));
        }
      }
      for (const glm::vec3& p : samples) {
        if (!obstacle.bounds().contains(mesh::Vec3(p), clearance)) continue;
        const mesh::SurfacePoint hit = obstacle.closest(mesh::Vec3(p));
        const bool inside = obstacle.contains(mesh::Vec3(p));
        const float n =
            inside ? static_cast<float>(hit.distance) + clearance : clearance - static_cast<float>(hit.distance);
        if (n > need) need = n, out = glm::vec3(hit.normal);
      }
      if (need <= 0.0f) continue;
      // Out through the nearest face of the obstacle from the ring's centre.
      if (const mesh::SurfacePoint fromCentre = obstacle.closest(mesh::Vec3(centre)); fromCentre.found())
        out = glm::vec3(fromCentre.normal);
      move[static_cast<std::size_t>(r)] = out * (need + 1e-4f);
      any = true;
    }
    if (!any) break;
    for (int smooth = 0; smooth < 2; ++smooth) {
      std::vector<glm::vec3> next = move;
      for (int r = 0; r < rings; ++r) {
        const glm::vec3 a = move[static_cast<std::size_t>(std::max(r - 1, 0))];
        const glm::vec3 b = move[static_cast<std::size_t>(std::min(r + 1, rings - 1))];
        const glm::vec3 mean = (a + move[static_cast<std::size_t>(r)] * 2.0f + b) * 0.25f;
        next[static_cast<std::size_t>(r)] = glm::length(mean) > glm::length(move[static_cast<std::size_t>(r)])
                                                ? mean
                                                : move[static_cast<std::size_t>(r)];
      }
      move = next;
    }
    for (int r = 0; r < rings; ++r)
      for (int k = 0; k < sides; ++k)
        tube.positions[first + static_cast<std::size_t>(r * sides + k)] += move[static_cast<std::size_t>(r)];
    // The caps' centres follow their rings.
    const std::size_t ringVertices = first + static_cast<std::size_t>(rings * sides);
    if (tube.positions.size() > ringVertices) tube.positions[ringVertices] += move.front();
    if (tube.positions.size() > ringVertices + 1) tube.positions[ringVertices + 1] += move.back();
  }
  computeNormals(tube);
}

// Moves the muscle's vertices out of a lofted tube (rings x sides vertices from the start) and
// `clearance` beyond: a groove where the nerve runs through it, so that at rest they only touch.
void carveAround(GenMesh& muscle, const GenMesh& tube, int rings, int sides, float clearance) {
  std::vector<glm::vec3> centres(static_cast<std::size_t>(rings));
  std::vector<float> radii(static_cast<std::size_t>(rings), 0.0f);
  for (int r = 0; r < rings; ++r) {
    glm::vec3 c(0.0f);
    for (int k = 0; k < sides; ++k)
      c += tube.positions[static_cast<std::size_t>(r * sides + k)] / static_cast<float>(sides);
    centres[static_cast<std::size_t>(r)] = c;
    for (int k = 0; k < sides; ++k)
      radii[static_cast<std::size_t>(r)] =
          std::max(radii[static_cast<std::size_t>(r)],
                   glm::distance(c, tube.positions[static_cast<std::size_t>(r * sides + k)]));
  }
  for (glm::vec3& p : muscle.positions) {
    for (int r = 0; r + 1 < rings; ++r) {
      const glm::vec3 a = centres[static_cast<std::size_t>(r)], b = centres[static_cast<std::size_t>(r + 1)];
      const glm::vec3 ab = b - a;
      const float t = std::clamp(glm::dot(p - a, ab) / std::max(glm::dot(ab, ab), 1e-12f), 0.0f, 1.0f);
      const glm::vec3 onAxis = a + ab * t;
      const float want =
          glm::mix(radii[static_cast<std::size_t>(r)], radii[static_cast<std::size_t>(r + 1)], t) + clearance;
      const float d = glm::distance(p, onAxis);
      if (d < want && d > 1e-6f) p = onAxis + (p - onAxis) * (want / d);
    }
  }
  computeNormals(muscle);
}

// The piriformis split in two heads, with the nerve of the variant running between them (it pierces
// the muscle): each head a thinner loft along the muscle's course, the two drawn apart around the
// crossing so that the nerve fits between them touching both, and joined again at the origin and the
// insertion. "NAME.through", shown instead of the muscle with that variant.
GenMesh splitPiriformis(const std::string& name, const GenMesh& piriformis, const GenMesh& nerve, int rings, int sides,
                        const glm::vec3& nerveDirection, const BoneDistance& bones) {
  const std::vector<glm::vec3>& path = piriformis.lineOfAction;
  constexpr int kSamples = 101;
  std::vector<glm::vec3> course(kSamples);
  for (int i = 0; i < kSamples; ++i)
    course[static_cast<std::size_t>(i)] = samplePath(path, static_cast<float>(i) / (kSamples - 1));
  const Profile whole = piriformisProfile();
  constexpr float kHead = 0.62f;  // each head's section, of the whole muscle's
  const Profile head = [whole](float t) { return whole(t) * kHead; };
  // How far each head's centre must stand off the muscle's axis at t for the nerve to pass between:
  // the head's own half-thickness that way, the nerve's offset from the axis, its radius and a little.
  std::vector<float> reach(kSamples, 0.0f);
  glm::vec3 apart(0.0f);
  for (int r = 0; r < rings; ++r) {
    glm::vec3 q(0.0f);
    for (int k = 0; k < sides; ++k)
      q += nerve.positions[static_cast<std::size_t>(r * sides + k)] / static_cast<float>(sides);
    const float radius = glm::distance(q, nerve.positions[static_cast<std::size_t>(r * sides)]);
    int nearest = 0;
    for (int i = 1; i < kSamples; ++i)
      if (glm::distance(q, course[static_cast<std::size_t>(i)]) <
          glm::distance(q, course[static_cast<std::size_t>(nearest)]))
        nearest = i;
    const float t = static_cast<float>(nearest) / (kSamples - 1);
    const glm::vec3 c = course[static_cast<std::size_t>(nearest)];
    const glm::vec2 w = whole(t);
    if (glm::distance(q, c) > w.x + radius) continue;  // not within the muscle here
    const glm::vec3 along = glm::normalize(course[static_cast<std::size_t>(std::min(nearest + 1, kSamples - 1))] -
                                           course[static_cast<std::size_t>(std::max(nearest - 1, 0))]);
    if (glm::length(apart) == 0.0f) apart = glm::normalize(glm::cross(along, nerveDirection));
    const glm::vec3 up = glm::normalize(kPiriformisUp - along * glm::dot(kPiriformisUp, along));
    const glm::vec3 side = glm::normalize(glm::cross(along, up));
    const glm::vec2 h = head(t);
    const float thick =
        std::sqrt(std::pow(h.x * glm::dot(side, apart), 2.0f) + std::pow(h.y * glm::dot(up, apart), 2.0f));
    const float need = thick + std::abs(glm::dot(q - c, apart)) + radius + 0.0012f;
    for (int i = 0; i < kSamples; ++i) {
      const float ti = static_cast<float>(i) / (kSamples - 1);
      reach[static_cast<std::size_t>(i)] =
          std::max(reach[static_cast<std::size_t>(i)], need * std::exp(-std::pow((ti - t) / 0.12f, 2.0f)));
    }
  }
  // Built, then checked against the nerve: where any of it still lies in a head, the heads part further.
  GenMesh out;
  for (int attempt = 0; attempt < 8; ++attempt) {
    out = GenMesh();
    for (float sign : {1.0f, -1.0f}) {
      std::vector<glm::vec3> heads;
      for (int i = 0; i < kSamples; i += 4)
        heads.push_back(course[static_cast<std::size_t>(i)] + apart * (sign * reach[static_cast<std::size_t>(i)]));
      merge(out, loft(name, heads, head, {36, 20, kPiriformisUp}));
    }
    pushOutOfBones(out, bones, 0.0008f);
    const mesh::MeshQuery query = queryOf(out);
    bool clear = true;
    std::vector<glm::vec3> samples;  // the trunk's vertices and its triangles' centres
    for (int v = 0; v < rings * sides; ++v) samples.push_back(nerve.positions[static_cast<std::size_t>(v)]);
    for (std::size_t t = 0; t + 2 < nerve.indices.size(); t += 3)
      if (nerve.indices[t] < static_cast<std::uint32_t>(rings * sides))
        samples.push_back((nerve.positions[nerve.indices[t]] + nerve.positions[nerve.indices[t + 1]] +
                           nerve.positions[nerve.indices[t + 2]]) /
                          3.0f);
    for (const glm::vec3& p : samples) {
      if (!query.bounds().contains(mesh::Vec3(p), 0.001) || !query.contains(mesh::Vec3(p))) continue;
      clear = false;
      int nearest = 0;
      for (int i = 1; i < kSamples; ++i)
        if (glm::distance(p, course[static_cast<std::size_t>(i)]) <
            glm::distance(p, course[static_cast<std::size_t>(nearest)]))
          nearest = i;
      for (int i = 0; i < kSamples; ++i)
        reach[static_cast<std::size_t>(i)] +=
            0.0015f * std::exp(-std::pow((i - nearest) / (0.10f * (kSamples - 1)), 2.0f)) / static_cast<float>(sides);
    }
    if (clear) break;
  }
  out.name = name;
  out.color = piriformis.color;
  out.lineOfAction = path;
  return out;
}

}  // namespace

std::vector<GenMesh> buildNerves(const BoneDistance& bones, const GenMesh& piriformisL, const GenMesh& piriformisR) {
  std::vector<GenMesh> out;
  const float trunk = 0.0052f;
  for (const Side* side : {&kLeft, &kRight}) {
    const Side& s = *side;
    const GenMesh& piriformis = s.sign > 0 ? piriformisL : piriformisR;
    const mesh::MeshQuery muscle = queryOf(piriformis);
    // Where the nerve leaves the pelvis it runs along the underside of the piriformis; in the
    // common variant (about one person in six) it runs through the muscle's belly instead, so the
    // muscle squeezes it from all sides: "NAME.through", which the app shows on request.
    glm::vec3 under(0.0f, 1e9f, 0.0f), belly(0.0f);
    int inBand = 0;
    for (const glm::vec3& p : piriformis.positions) {
      const float lateral = s.sign * p.x;
      if (lateral > 0.068f && lateral < 0.086f) {
        if (p.y < under.y) under = p;
        belly += p, ++inBand;
      }
    }
    belly /= static_cast<float>(std::max(inBand, 1));
    // It leaves through the greater sciatic foramen a little behind the muscle's lowest point, clear of
    // the bony margin of the notch below it.
    constexpr float kExitBehind = 0.006f;
    for (const glm::vec3& exit : {under - glm::vec3(0.0f, trunk + 0.0012f, kExitBehind), belly}) {
      const bool through = exit == belly;
      std::vector<glm::vec3> path = mirrored(s, {{0.030f, 0.122f, -0.076f},
                                                 {0.042f, 0.062f, -0.092f},
                                                 {0.040f, 0.018f, -0.112f},
                                                 {0.054f, -0.012f, -0.114f}});
      path.push_back(exit);
      for (const glm::vec3& p : {glm::vec3(0.090f, -0.080f, -0.121f), glm::vec3(0.096f, -0.125f, -0.121f),
                                 glm::vec3(0.100f, -0.250f, -0.118f), glm::vec3(0.100f, -0.370f, -0.110f),
                                 glm::vec3(0.098f, -0.405f, -0.106f)})
        path.push_back(s(p));
      GenMesh nerve =
          loft(s.name("sciatic_nerve") + (through ? ".through" : ""), path,
               knots({{0, 0.0032f}, {0.3f, 0.0045f}, {0.4f, trunk}, {1, 0.0056f}}, 1.0f), {80, 12, {0, 0, 1}});
      // The plexus and the trunk lie on the piriformis's front, never inside it, with a little fascia
      // between; where the usual trunk leaves the pelvis beneath the muscle, the two just touch.
      auto clearance = [](float u) { return glm::mix(0.014f, 0.0008f, glm::smoothstep(0.36f, 0.43f, u)); };
      nerve.color = kNerve;
      nerve.lineOfAction = path;  // the trunk's course
      // The variant's own muscle: split around where this nerve crosses it.
      std::optional<mesh::MeshQuery> heads;
      // The trunk clear of the muscle and of the bones in turn, so that neither undoes the other. The
      // variant's trunk runs through the muscle: the heads are grooved around it instead.
      for (int round = 0; round < 3; ++round) {
        pushOutOfBones(nerve, bones, 0.0006f);
        // The variant lies in front of the muscle in the pelvis too, then dives through its belly.
        if (through)
          clearTube(nerve, 0, 80, 12, muscle, [](float u) { return u < 0.33f ? 0.014f : -1.0f; });
        else
          clearTube(nerve, 0, 80, 12, muscle, clearance);
      }
      if (through) {
        const glm::vec3 direction = glm::normalize(samplePath(path, 0.46f) - samplePath(path, 0.42f));
        out.push_back(splitPiriformis(s.name("piriformis") + ".through", piriformis, nerve, 80, 12, direction, bones));
        carveAround(out.back(), nerve, 80, 12, 0.0008f);
        heads.emplace(queryOf(out.back()));
      }
      // The sacral plexus roots S1-S3 run from the anterior foramina, in front of the muscle, to where
      // the trunk now is; they may touch the muscle where it arises between the foramina.
      const glm::vec3 wanted = path[4] * 0.6f + path[3] * 0.4f;
      glm::vec3 junction = wanted;
      float nearest = 1e9f;
      for (int r = 0; r < 80; ++r) {
        glm::vec3 c(0.0f);
        for (int k = 0; k < 12; ++k) c += nerve.positions[static_cast<std::size_t>(r * 12 + k)] / 12.0f;
        if (const float d = glm::distance(c, wanted); d < nearest) nearest = d, junction = c;
      }
      const float rootY[3] = {0.035f, 0.010f, -0.012f}, rootZ[3] = {-0.106f, -0.122f, -0.130f};
      for (int i = 0; i < 3; ++i) {
        const glm::vec3 foramen = s({0.018f, rootY[i], rootZ[i]});
        const glm::vec3 via = glm::mix(foramen, junction, 0.45f) + glm::vec3(0.0f, -0.004f, 0.006f);
        GenMesh root = loft("", {foramen, via, junction}, constant({0.0026f, 0.0026f}), {14, 10, {0, 0, 1}});
        clearTube(root, 0, 14, 10, heads ? *heads : muscle,
                  [](float u) { return 0.0015f * glm::smoothstep(0.15f, 0.4f, u); });
        pushOutOfBones(root, bones, 0.0006f);
        merge(nerve, root);
      }
      // The split above the knee: the tibial and common fibular nerves (LegNerves.cpp) go on from here.
      merge(nerve,
            loft("", mirrored(s, {{0.098f, -0.400f, -0.106f}, {0.096f, -0.430f, -0.108f}, {0.0935f, -0.462f, -0.110f}}),
                 constant({0.0042f, 0.0042f}), {12, 10, {0, 0, 1}}));
      merge(nerve,
            loft("", mirrored(s, {{0.100f, -0.400f, -0.106f}, {0.110f, -0.430f, -0.105f}, {0.1195f, -0.462f, -0.104f}}),
                 constant({0.0032f, 0.0032f}), {12, 10, {0, 0, 1}}));
      computeNormals(nerve);
      out.push_back(nerve);
    }
  }
  return out;
}

}  // namespace hipscope::gen
