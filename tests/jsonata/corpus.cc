#include "corpus.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/json/parser.h"
#include "tests/support/conformance_corpus.h"

namespace asl::jsonata::testing {
namespace fs = std::filesystem;
namespace {

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool IsDir(const std::string& p) {
  std::error_code ec;
  return !p.empty() && fs::is_directory(p, ec);
}

Case ParseCase(const std::string& name, const json::Value& v, const fs::path& dir,
               const fs::path& datasets, std::map<std::string, json::Value>& cache) {
  Case c;
  c.name = name;
  if (const json::Value* e = v.Find("expr"); e && e->is_string()) {
    c.expr = e->as_string();
  } else if (const json::Value* f = v.Find("expr-file"); f && f->is_string()) {
    c.expr = ReadFile(dir / f->as_string());
  }
  if (const json::Value* d = v.Find("data")) {
    c.input = *d;
  } else if (const json::Value* ds = v.Find("dataset"); ds && ds->is_string()) {
    auto it = cache.find(ds->as_string());
    if (it == cache.end()) {
      std::string err;
      auto parsed = json::ParseValue(ReadFile(datasets / (ds->as_string() + ".json")), &err);
      if (!parsed) c.load_error = "dataset " + ds->as_string() + ": " + err;
      it = cache.emplace(ds->as_string(), parsed.value_or(json::Value())).first;
    }
    c.input = it->second;
  }
  if (const json::Value* b = v.Find("bindings")) c.bindings = *b;
  if (const json::Value* t = v.Find("timelimit"); t && t->is_number()) c.timelimit = t->as_int();
  if (const json::Value* d = v.Find("depth"); d && d->is_number()) {
    c.depth = static_cast<int>(d->as_int());
  }
  if (const json::Value* r = v.Find("result")) c.result = *r;
  if (const json::Value* u = v.Find("undefinedResult"); u && u->as_bool()) {
    c.undefined_result = true;
  }
  if (const json::Value* code = v.Find("code"); code && code->is_string()) {
    c.code = code->as_string();
  }
  if (const json::Value* err = v.Find("error")) {
    if (const json::Value* code = err->Find("code"); code && code->is_string()) {
      c.code = code->as_string();
    }
  }
  return c;
}

}  // namespace

std::string CorpusDir() {
  std::optional<fs::path> root = ::asl::testing::ConformanceRoot();
  if (!root || !IsDir((*root / "jsonata").string())) return "";
  return (*root / "jsonata").string();
}

namespace {

std::vector<fs::path> CaseFiles(const std::string& dir) {
  std::vector<fs::path> files;
  for (const auto& group : fs::directory_iterator(fs::path(dir) / "groups")) {
    if (!group.is_directory()) continue;
    for (const auto& f : fs::directory_iterator(group.path())) {
      if (f.path().extension() == ".json") files.push_back(f.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string NameOf(const fs::path& f) {
  return f.parent_path().filename().string() + "/" + f.stem().string();
}

}  // namespace

std::vector<std::string> ListCaseNames(const std::string& dir) {
  std::vector<std::string> names;
  if (!IsDir(dir)) return names;
  for (const fs::path& f : CaseFiles(dir)) {
    const std::string text = ReadFile(f);
    const size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos || text[first] != '[') {
      names.push_back(NameOf(f));
      continue;
    }
    auto parsed = json::ParseValue(text);
    const size_t n = parsed && parsed->is_array() ? parsed->size() : 0;
    for (size_t i = 0; i < n; ++i) names.push_back(NameOf(f) + "[" + std::to_string(i) + "]");
    if (n == 0) names.push_back(NameOf(f));
  }
  return names;
}

Case LoadCase(const std::string& dir, const std::string& name) {
  const size_t bracket = name.find('[');
  const std::string base = name.substr(0, bracket);
  const fs::path file = fs::path(dir) / "groups" / (base + ".json");
  std::map<std::string, json::Value> cache;
  std::string err;
  auto parsed = json::ParseValue(ReadFile(file), &err);
  if (!parsed) {
    Case c;
    c.name = name;
    c.load_error = err;
    return c;
  }
  const json::Value* v = &*parsed;
  if (bracket != std::string::npos) {
    v = parsed->At(static_cast<size_t>(std::stoul(name.substr(bracket + 1))));
  }
  if (v == nullptr) {
    Case c;
    c.name = name;
    c.load_error = "no such case";
    return c;
  }
  return ParseCase(name, *v, file.parent_path(), fs::path(dir) / "datasets", cache);
}

std::vector<Case> LoadCases(const std::string& dir) {
  std::vector<Case> cases;
  if (!IsDir(dir)) return cases;
  std::map<std::string, json::Value> cache;
  const fs::path datasets = fs::path(dir) / "datasets";
  for (const fs::path& f : CaseFiles(dir)) {
    const std::string name = f.parent_path().filename().string() + "/" + f.stem().string();
    std::string err;
    auto parsed = json::ParseValue(ReadFile(f), &err);
    if (!parsed) {
      Case c;
      c.name = name;
      c.load_error = err;
      cases.push_back(c);
      continue;
    }
    if (parsed->is_array()) {
      for (size_t i = 0; i < parsed->size(); ++i) {
        cases.push_back(ParseCase(name + "[" + std::to_string(i) + "]", *parsed->At(i),
                                  f.parent_path(), datasets, cache));
      }
    } else {
      cases.push_back(ParseCase(name, *parsed, f.parent_path(), datasets, cache));
    }
  }
  return cases;
}

std::map<std::string, std::string> LoadSkipList(const std::string& path) {
  std::map<std::string, std::string> skips;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t space = line.find(' ');
    std::string name = line.substr(0, space);
    std::string reason = space == std::string::npos ? "" : line.substr(space + 1);
    skips[name] = reason;
  }
  return skips;
}

}  // namespace asl::jsonata::testing
