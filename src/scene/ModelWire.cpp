#include "scene/ModelWire.hpp"

#include <cstring>
#include <type_traits>

namespace hipscope {
namespace {

constexpr std::uint32_t kMagic = 0x444d5348;     // "HSMD"
constexpr std::uint32_t kVersion = 2;            // 2: textures
constexpr std::uint64_t kMaxCount = 1ull << 31;  // far beyond any model, far below overflow

class Writer {
 public:
  std::vector<std::uint8_t> bytes;
  template <class T>
  void put(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto* p = reinterpret_cast<const std::uint8_t*>(&v);
    bytes.insert(bytes.end(), p, p + sizeof(T));
  }
  template <class T>
  void putArray(const std::vector<T>& v) {
    put<std::uint64_t>(v.size());
    const auto* p = reinterpret_cast<const std::uint8_t*>(v.data());
    bytes.insert(bytes.end(), p, p + v.size() * sizeof(T));
  }
  void putString(const std::string& s) {
    put<std::uint64_t>(s.size());
    bytes.insert(bytes.end(), s.begin(), s.end());
  }
};

class Reader {
 public:
  explicit Reader(const std::vector<std::uint8_t>& b) : bytes_(b) {}
  bool ok() const { return ok_; }
  bool atEnd() const { return at_ == bytes_.size(); }
  template <class T>
  T get() {
    T v{};
    if (!ok_ || bytes_.size() - at_ < sizeof(T)) return fail(), v;
    std::memcpy(&v, bytes_.data() + at_, sizeof(T));
    at_ += sizeof(T);
    return v;
  }
  template <class T>
  std::vector<T> getArray() {
    const std::uint64_t n = get<std::uint64_t>();
    std::vector<T> v;
    if (!ok_ || n > kMaxCount || (bytes_.size() - at_) / sizeof(T) < n) return fail(), v;
    v.resize(n);
    if (n > 0) std::memcpy(v.data(), bytes_.data() + at_, n * sizeof(T));  // data() may be null when empty
    at_ += n * sizeof(T);
    return v;
  }
  std::string getString() {
    const std::uint64_t n = get<std::uint64_t>();
    if (!ok_ || n > bytes_.size() - at_) return fail(), std::string();
    std::string s(reinterpret_cast<const char*>(bytes_.data() + at_), n);
    at_ += n;
    return s;
  }

 private:
  void fail() { ok_ = false; }
  const std::vector<std::uint8_t>& bytes_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

void putPart(Writer& w, const MeshPart& p, int depth) {
  w.putString(p.name);
  w.put(p.color);
  w.put<std::int32_t>(p.texture);
  w.putArray(p.vertices);
  w.putArray(p.indices);
  if (depth > 0) return;  // alternates have no alternates of their own
  w.put<std::uint64_t>(p.lods.size());
  for (const MeshPart& lod : p.lods) putPart(w, lod, depth + 1);
  w.put<std::uint64_t>(p.variants.size());
  for (const MeshPart& v : p.variants) putPart(w, v, depth + 1);
}

bool getPart(Reader& r, MeshPart& p, int depth) {
  p.name = r.getString();
  p.color = r.get<glm::vec4>();
  p.texture = r.get<std::int32_t>();
  p.vertices = r.getArray<Vertex>();
  p.indices = r.getArray<std::uint32_t>();
  if (!r.ok()) return false;
  for (const std::uint32_t i : p.indices)
    if (i >= p.vertices.size()) return false;  // an index past the vertices would read out of bounds later
  if (p.indices.size() % 3 != 0) return false;
  if (depth > 0) return true;
  for (auto* list : {&p.lods, &p.variants}) {
    const std::uint64_t n = r.get<std::uint64_t>();
    if (!r.ok() || n > 64) return false;
    list->resize(n);
    for (MeshPart& alternate : *list)
      if (!getPart(r, alternate, depth + 1)) return false;
  }
  return true;
}

}  // namespace

std::vector<std::uint8_t> encodeModel(const Model& model) {
  Writer w;
  w.put(kMagic);
  w.put(kVersion);
  w.putString(model.source);
  w.put<std::uint64_t>(model.jointNames.size());
  for (const std::string& j : model.jointNames) w.putString(j);
  w.put<std::uint64_t>(model.parts.size());
  for (const MeshPart& p : model.parts) putPart(w, p, 0);
  w.put<std::uint64_t>(model.textures.size());
  for (const Texture& t : model.textures) {
    w.put<std::int32_t>(t.width);
    w.put<std::int32_t>(t.height);
    w.putArray(t.rgba);
  }
  w.put(model.bounds.min);
  w.put(model.bounds.max);
  return std::move(w.bytes);
}

std::optional<Model> decodeModel(const std::vector<std::uint8_t>& bytes) {
  Reader r(bytes);
  if (r.get<std::uint32_t>() != kMagic || r.get<std::uint32_t>() != kVersion) return std::nullopt;
  Model m;
  m.source = r.getString();
  const std::uint64_t joints = r.get<std::uint64_t>();
  if (!r.ok() || joints > 256) return std::nullopt;
  for (std::uint64_t i = 0; i < joints; ++i) m.jointNames.push_back(r.getString());
  const std::uint64_t parts = r.get<std::uint64_t>();
  if (!r.ok() || parts > kMaxCount / 1024) return std::nullopt;
  for (std::uint64_t i = 0; i < parts; ++i) {
    MeshPart p;
    if (!getPart(r, p, 0)) return std::nullopt;
    m.parts.push_back(std::move(p));
  }
  const std::uint64_t textures = r.get<std::uint64_t>();
  if (!r.ok() || textures > 1024) return std::nullopt;
  for (std::uint64_t i = 0; i < textures; ++i) {
    Texture t;
    t.width = r.get<std::int32_t>();
    t.height = r.get<std::int32_t>();
    if (!r.ok() || t.width < 1 || t.height < 1 || t.width > kMaxTextureSide || t.height > kMaxTextureSide)
      return std::nullopt;
    t.rgba = r.getArray<std::uint8_t>();
    if (!r.ok() || t.rgba.size() != std::size_t(t.width) * std::size_t(t.height) * 4) return std::nullopt;
    m.textures.push_back(std::move(t));
  }
  // Every part's texture, its alternates' too, is one that came (or none).
  auto textureOk = [&](const MeshPart& p) {
    return p.texture >= -1 && p.texture < static_cast<std::int64_t>(m.textures.size());
  };
  for (const MeshPart& p : m.parts) {
    if (!textureOk(p)) return std::nullopt;
    for (const auto* list : {&p.lods, &p.variants})
      for (const MeshPart& alternate : *list)
        if (!textureOk(alternate)) return std::nullopt;
  }
  m.bounds.min = r.get<glm::vec3>();
  m.bounds.max = r.get<glm::vec3>();
  if (!r.ok() || !r.atEnd()) return std::nullopt;
  return m;
}

}  // namespace hipscope
