// Loads the built-in model and the reference once for all anatomy tests, plus the part catalog.
#pragma once
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "Reference.hpp"
#include "scene/MeshQuery.hpp"

namespace hipscope::anatomy {
using namespace hipscope::mesh;  // the mesh queries live in the library (scene/MeshQuery.hpp)

// Catalog ids the generator gives its nodes (sided ones without the _l / _r suffix).
const std::vector<std::string>& boneNames();      // incl. the lumbar discs (bone for the overlap test)
const std::vector<std::string>& vertebraNames();  // l1 .. l5
const std::vector<std::string>& sidedMuscleNames();
const std::vector<std::string>& sidedNerveNames();  // sciatic, tibial, common fibular
inline const char* const kSides[] = {"l", "r"};
inline std::string sided(const std::string& base, const std::string& side) { return base + "_" + side; }

struct Anatomy {
  std::string modelPath;
  std::string error;                        // why the model could not be loaded (empty when it was)
  std::vector<std::string> duplicateParts;  // names given to more than one mesh node
  std::map<std::string, std::unique_ptr<MeshQuery>> parts;
  std::map<std::string, Vec3> joints;  // world-space origin of every named node (joints: hip_l, hip_r)

  const MeshQuery* part(const std::string& name) const;
  std::optional<Vec3> joint(const std::string& name) const;
};

// The model at HIPSCOPE_MODEL_PATH (or $HIPSCOPE_ANATOMY_MODEL when set), loaded on first use.
const Anatomy& anatomy();

// The reference at HIPSCOPE_REFERENCE_DIR; nullptr when that directory does not exist.
const Reference* reference();
std::string referenceDirectory();

// A part the test needs: records a failure naming it when the model lacks it (and returns nullptr).
const MeshQuery* requirePart(const std::string& name);

constexpr double mm(double metres) { return metres * 1000.0; }

}  // namespace hipscope::anatomy

// First statement of every test that measures the model: no model, no measurements.
#define HIPSCOPE_REQUIRE_MODEL()                                                                        \
  do {                                                                                                  \
    const auto& model_ = ::hipscope::anatomy::anatomy();                                                \
    if (!model_.error.empty()) FAIL() << "could not load " << model_.modelPath << ": " << model_.error; \
  } while (0)

// The one allowed skip: the reference data is not on this machine. Under CI (the CI variable set) a
// missing reference fails instead, so a fidelity check can never pass there by not running.
#define HIPSCOPE_REQUIRE_REFERENCE()                                                                 \
  do {                                                                                               \
    if (!::hipscope::anatomy::reference()) {                                                         \
      if (const char* ci_ = std::getenv("CI"); ci_ && *ci_)                                          \
        FAIL() << "reference data not found at " << ::hipscope::anatomy::referenceDirectory()        \
               << " (shared/reference/opensim) and CI is set: the anatomy fidelity checks must run"; \
      GTEST_SKIP() << "reference data not found at " << ::hipscope::anatomy::referenceDirectory()    \
                   << " (shared/reference/opensim); the anatomy fidelity checks need it";            \
    }                                                                                                \
  } while (0)
