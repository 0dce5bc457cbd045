#include "tests/support/conformance_corpus.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/json/parser.h"

namespace asl::testing {

namespace fs = std::filesystem;

std::optional<fs::path> ConformanceRoot() {
  fs::path root;
  if (const char* dir = std::getenv("ASL_CONFORMANCE_DIR"); dir != nullptr && *dir != '\0') {
    root = dir;
  } else if (const char* source = std::getenv("ASL_SOURCE_DIR"); source != nullptr && *source) {
    root = fs::path(source) / ".." / "shared" / "conformance";
  } else {
    root = fs::path(ASL_DEFAULT_SOURCE_DIR) / ".." / "shared" / "conformance";
  }
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return std::nullopt;
  return fs::weakly_canonical(root, ec);
}

std::vector<fs::path> CorpusFiles(const std::string& sub) {
  std::vector<fs::path> files;
  std::optional<fs::path> root = ConformanceRoot();
  if (!root) return files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(*root / sub, ec)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::optional<json::Value> ReadJsonFile(const fs::path& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read " + path.string();
    return std::nullopt;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string message;
  std::optional<json::Value> value = json::ParseValue(buffer.str(), &message);
  if (!value) *error = path.string() + ": " + message;
  return value;
}

std::string TestNameFor(const fs::path& file, std::map<std::string, int>& taken) {
  std::string name = file.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  int count = taken[name]++;
  return count == 0 ? name : name + "_" + std::to_string(count + 1);
}

std::map<std::string, std::string> ReadSkipList(const fs::path& path) {
  std::map<std::string, std::string> skips;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    size_t space = line.find_first_of(" \t", start);
    std::string name = line.substr(start, space == std::string::npos ? space : space - start);
    std::string reason;
    if (space != std::string::npos) {
      size_t reason_start = line.find_first_not_of(" \t", space);
      if (reason_start != std::string::npos) reason = line.substr(reason_start);
    }
    skips[name] = reason;
  }
  return skips;
}

bool MatchesExpected(const json::Value& expected, const json::Value& actual) {
  if (expected.is_string() && expected.as_string() == "<ANY>") return true;
  if (expected.is_number() || actual.is_number()) return expected == actual;
  if (expected.type() != actual.type()) return false;
  if (expected.is_array()) {
    if (expected.size() != actual.size()) return false;
    for (size_t i = 0; i < expected.size(); ++i) {
      if (!MatchesExpected(*expected.At(i), *actual.At(i))) return false;
    }
    return true;
  }
  if (expected.is_object()) {
    if (expected.size() != actual.size()) return false;
    for (const json::Member& m : expected.as_object()) {
      const json::Value* other = actual.Find(m.key);
      if (other == nullptr || !MatchesExpected(m.value, *other)) return false;
    }
    return true;
  }
  return expected == actual;
}

}  // namespace asl::testing
