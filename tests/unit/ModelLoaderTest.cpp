// Model loading through Assimp: names, normals, colours, generator round trip, and clear errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "base/Error.hpp"
#include "generator/GlbWriter.hpp"
#include "scene/ModelLoader.hpp"

using namespace hipscope;
namespace fs = std::filesystem;

namespace {

std::string loadError(const fs::path& path) {
  try {
    loadModel(path);
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

// A one-triangle glTF whose buffer is the file `uri` names.
void writeTriangleGltf(const fs::path& file, const std::string& uri) {
  std::ofstream(file) << R"({"asset": {"version": "2.0"}, "scene": 0, "scenes": [{"nodes": [0]}],
 "nodes": [{"mesh": 0, "name": "tri"}], "meshes": [{"primitives": [{"attributes": {"POSITION": 0}}]}],
 "accessors": [{"bufferView": 0, "componentType": 5126, "count": 3, "type": "VEC3", "min": [0, 0, 0], "max": [1, 1, 0]}],
 "bufferViews": [{"buffer": 0, "byteLength": 36}], "buffers": [{"uri": ")"
                      << uri << R"(", "byteLength": 36}]})";
}

void writeTriangleBuffer(const fs::path& file) {
  const float xyz[9] = {0, 0, 0, 1, 0, 0, 0, 1, 0};
  std::ofstream(file, std::ios::binary).write(reinterpret_cast<const char*>(xyz), sizeof xyz);
}

}  // namespace

TEST(ModelLoader, ObjWithoutNormalsGetsOutwardUnitNormals) {
  const Model m = loadModel(fs::path(HIPSCOPE_TEST_DATA) / "tetrahedron.obj");
  ASSERT_EQ(m.parts.size(), 1u);
  EXPECT_EQ(m.parts[0].name, "tetra");
  EXPECT_EQ(m.triangleCount(), 4u);
  const glm::vec3 centre = m.bounds.center();
  for (const Vertex& v : m.parts[0].vertices) {
    EXPECT_NEAR(glm::length(v.normal), 1.0f, 1e-4f);
    EXPECT_GT(glm::dot(v.normal, v.position - centre), 0.0f);
  }
  EXPECT_NEAR(m.bounds.max.y, 1.0f, 1e-6f);
}

TEST(ModelLoader, GeneratedGlbRoundTripsNamesUvsAndColours) {
  gen::GenMesh a =
      gen::loft("piriformis_r", {{0, 0, 0}, {0.1f, 0, 0}}, gen::constant({0.01f, 0.01f}), {8, 6, {0, 1, 0}});
  a.color = {0.8f, 0.3f, 0.2f, 1.0f};
  gen::GenMesh b = gen::loft("femur_l", {{0, 0, 0}, {0, -0.4f, 0}}, gen::constant({0.02f, 0.02f}), {10, 8, {0, 0, 1}});
  const fs::path path = fs::path(HIPSCOPE_TEST_OUT) / "roundtrip.glb";
  gen::writeGlb({a, b}, path);

  const Model m = loadModel(path);
  ASSERT_EQ(m.parts.size(), 2u);
  const MeshPart* p = m.find("piriformis_r");
  ASSERT_NE(p, nullptr);
  ASSERT_NE(m.find("femur_l"), nullptr);
  EXPECT_EQ(p->indices.size(), a.indices.size());
  EXPECT_NEAR(p->color.r, 0.8f, 1e-5f);
  EXPECT_NEAR(p->color.g, 0.3f, 1e-5f);
  float maxU = 0;
  for (const Vertex& v : p->vertices) maxU = std::max(maxU, v.uv.x);
  EXPECT_NEAR(maxU, 1.0f, 1e-5f);             // u runs 0..1 along the fibres
  EXPECT_NEAR(m.bounds.min.y, -0.4f, 1e-4f);  // the end cap sits on the path's end
}

TEST(ModelLoader, BadFilesGiveOneLineErrorsNamingTheFile) {
  const fs::path dir = fs::path(HIPSCOPE_TEST_OUT) / "loader_errors";
  fs::create_directories(dir);
  std::ofstream(dir / "empty.stl").close();
  std::ofstream(dir / "broken.obj") << "v 1 2\nf 1 2 3 4 5\nthis is nonsense\n";

  EXPECT_EQ(loadError(dir / "missing.glb"), "could not load " + (dir / "missing.glb").string() + ": no such file");
  EXPECT_NE(loadError(dir).find(": it is a directory"), std::string::npos);
  EXPECT_NE(loadError(dir / "empty.stl").find("empty.stl: the file is empty"), std::string::npos);
  EXPECT_NE(loadError(fs::path(HIPSCOPE_TEST_DATA) / "garbage.glb").find("garbage.glb: not a model file"),
            std::string::npos);
  const std::string broken = loadError(dir / "broken.obj");
  EXPECT_NE(broken.find("broken.obj"), std::string::npos);
  for (const std::string& e : {broken, loadError(fs::path(HIPSCOPE_TEST_DATA) / "garbage.glb")})
    EXPECT_EQ(e.find('\n'), std::string::npos) << e;
}

TEST(ModelLoader, NameDotLod1AndNameDotThroughBelongToNameAndAreNotStructures) {
  const Model m = loadModel(fs::path(HIPSCOPE_TEST_DATA) / "lod.obj");
  ASSERT_EQ(m.parts.size(), 2u);
  const MeshPart* box = m.find("box");
  ASSERT_NE(box, nullptr);
  ASSERT_EQ(box->lods.size(), 1u);
  EXPECT_EQ(box->lods[0].indices.size(), 12u);
  ASSERT_EQ(box->variants.size(), 1u);  // box.through: an anatomical variant, also not a structure
  EXPECT_EQ(box->variants[0].name, "box.through");
  // Without its structure it is a structure of its own, under its own name.
  const MeshPart* orphan = m.find("orphan.lod1");
  ASSERT_NE(orphan, nullptr);
  EXPECT_TRUE(orphan->lods.empty());
  EXPECT_NEAR(m.bounds.max.x, 3.0f, 1e-5f);
}

TEST(ModelLoader, UnitsAndUpAxisBringAFileToMetresWithYUp) {
  // A tetrahedron 100 x 100 x 1000 units, tall along +Z: a millimetre, Z-up export.
  const fs::path file = fs::path(HIPSCOPE_TEST_DATA) / "zup_mm.obj";
  const Model asIs = loadModel(file);  // OBJ says nothing: metres, +Y up
  EXPECT_NEAR(asIs.bounds.max.z, 1000.0f, 1e-3f);
  const Model read = loadModel(file, {ModelUnits::Millimetres, ModelUp::Z});
  EXPECT_NEAR(read.bounds.max.y, 1.0f, 1e-5f);  // its height, now up
  EXPECT_NEAR(read.bounds.max.x, 0.1f, 1e-5f);
  EXPECT_NEAR(read.bounds.min.z, -0.1f, 1e-5f);  // its old +Y now points back
  // Normals turn with it: (x, y, z) -> (x, z, -y), still unit length.
  ASSERT_EQ(read.parts[0].vertices.size(), asIs.parts[0].vertices.size());
  for (std::size_t i = 0; i < read.parts[0].vertices.size(); ++i) {
    const glm::vec3 n = asIs.parts[0].vertices[i].normal, r = read.parts[0].vertices[i].normal;
    EXPECT_NEAR(glm::distance(r, glm::vec3(n.x, n.z, -n.y)), 0.0f, 1e-4f) << i;
  }
  EXPECT_NEAR(loadModel(file, {ModelUnits::Inches, ModelUp::Auto}).bounds.max.z, 25.4f, 1e-3f);
}

// An FBX says its own units and up axis (GlobalSettings UnitScaleFactor, centimetres per unit, and
// UpAxis); auto reads them, and an option still wins over the file.
TEST(ModelLoader, AnFbxSaysItsOwnUnitsAndUpAxis) {
  const fs::path file =
      fs::path(HIPSCOPE_TEST_DATA) / "zup_mm.fbx";  // a triangle 100 mm wide and 1000 mm tall along +Z
  const Model read = loadModel(file);
  EXPECT_NEAR(read.bounds.max.x, 0.1f, 1e-5f);
  EXPECT_NEAR(read.bounds.max.y, 1.0f, 1e-5f);
  EXPECT_NEAR(read.bounds.max.z, 0.0f, 1e-5f);
  const Model metres = loadModel(file, {ModelUnits::Metres, ModelUp::Auto});
  EXPECT_NEAR(metres.bounds.max.y, 1000.0f, 1e-2f);
  const Model yUp = loadModel(file, {ModelUnits::Auto, ModelUp::Y});
  EXPECT_NEAR(yUp.bounds.max.z, 1.0f, 1e-5f);
  EXPECT_NEAR(yUp.bounds.max.y, 0.0f, 1e-5f);
}

// A model reads what sits in its own folder and nothing else: not a file beside the folder, not a
// device, not a link out of it.
TEST(ModelLoader, FilesAModelNamesNeverLeaveItsFolder) {
  const fs::path root = fs::path(HIPSCOPE_TEST_OUT) / "confined";
  fs::remove_all(root);
  const fs::path dir = root / "model";
  fs::create_directories(dir);
  writeTriangleBuffer(root / "outside.bin");
  writeTriangleBuffer(dir / "inside.bin");
  fs::create_symlink("../outside.bin", dir / "link.bin");

  writeTriangleGltf(dir / "inside.gltf", "inside.bin");
  EXPECT_EQ(loadModel(dir / "inside.gltf").triangleCount(), 1u);
  const std::pair<std::string, std::string> escapes[] = {{"escape", "../outside.bin"}, {"link", "link.bin"}};
  for (const auto& [name, uri] : escapes) {
    const fs::path file = dir / (name + ".gltf");
    writeTriangleGltf(file, uri);
    const std::string e = loadError(file);
    EXPECT_EQ(e, "could not load " + file.string() + ": it refers to " + (dir / uri).string() +
                     ", outside the model's folder, which Hipscope does not read");
  }
  // Assimp takes an absolute name inside the folder too, so a device or a file elsewhere is never read.
  for (const std::string& uri : {std::string("/dev/zero"), (root / "outside.bin").string()}) {
    writeTriangleGltf(dir / "absolute.gltf", uri);
    EXPECT_EQ(loadError(dir / "absolute.gltf").rfind("could not load " + (dir / "absolute.gltf").string() + ": ", 0),
              0u);
  }

  // An OBJ's material library beside the folder is not read: the model loads, in the default colour.
  std::ofstream(root / "red.mtl") << "newmtl red\nKd 1 0 0\n";
  std::ofstream(dir / "inside.mtl") << "newmtl red\nKd 1 0 0\n";
  const std::string obj = "v 0 0 0\nv 1 0 0\nv 0 1 0\nusemtl red\nf 1 2 3\n";
  std::ofstream(dir / "outside_mtl.obj") << "mtllib ../red.mtl\n" << obj;
  std::ofstream(dir / "inside_mtl.obj") << "mtllib inside.mtl\n" << obj;
  EXPECT_EQ(loadModel(dir / "inside_mtl.obj").parts.at(0).color, glm::vec4(1, 0, 0, 1));
  EXPECT_NE(loadModel(dir / "outside_mtl.obj").parts.at(0).color, glm::vec4(1, 0, 0, 1));
}

// A material's base colour image is read from the model's folder (and only from there) and decoded.
TEST(ModelLoader, BaseColourImagesComeFromTheModelsFolder) {
  const fs::path dir = fs::path(HIPSCOPE_TEST_DATA) / "textured";
  const Model m = loadModel(dir / "quad.obj");
  ASSERT_EQ(m.textures.size(), 1u);
  ASSERT_EQ(m.parts.size(), 1u);
  EXPECT_EQ(m.parts[0].texture, 0);
  const Texture& t = m.textures[0];
  ASSERT_EQ(t.width, 64);
  ASSERT_EQ(t.height, 64);
  auto pixel = [&](int x, int y) {
    return glm::ivec4(t.rgba[(y * 64 + x) * 4], t.rgba[(y * 64 + x) * 4 + 1], t.rgba[(y * 64 + x) * 4 + 2],
                      t.rgba[(y * 64 + x) * 4 + 3]);
  };
  EXPECT_EQ(pixel(0, 0), glm::ivec4(255, 0, 0, 255));   // rows top first: red at the top left
  EXPECT_EQ(pixel(0, 63), glm::ivec4(0, 0, 255, 255));  // blue at the bottom left
  const Model escaped = loadModel(dir / "escape.obj");  // its material names ../logo.png
  EXPECT_TRUE(escaped.textures.empty());
  EXPECT_EQ(escaped.parts.at(0).texture, -1);
}
