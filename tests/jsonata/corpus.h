// Loads the JSONata conformance corpus (groups/<group>/caseNNN.json, datasets/).
#ifndef ASL_TESTS_JSONATA_CORPUS_H_
#define ASL_TESTS_JSONATA_CORPUS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/json/value.h"

namespace asl::jsonata::testing {

struct Case {
  std::string name;  // "group/caseNNN" or "group/caseNNN[i]" for files holding arrays.
  std::string expr;
  std::optional<json::Value> input;  // nullopt: undefined input.
  json::Value bindings;
  std::optional<int64_t> timelimit;
  std::optional<int> depth;
  std::optional<json::Value> result;
  bool undefined_result = false;
  std::string code;        // Expected error code, or "".
  std::string load_error;  // Set when the case file could not be read.
};

// The corpus directory: $ASL_CONFORMANCE_DIR, else $ASL_SOURCE_DIR/../shared/conformance/
// jsonata, else the source tree's sibling; "" when none exists.
std::string CorpusDir();

// Every case, sorted by name; empty when the corpus is absent.
std::vector<Case> LoadCases(const std::string& dir);

// The names of every case without reading datasets (cheap: one process per case runs it).
std::vector<std::string> ListCaseNames(const std::string& dir);

// One case by name ("group/caseNNN" or "group/caseNNN[i]").
Case LoadCase(const std::string& dir, const std::string& name);

// Skip list: "group/caseNNN reason" per line ('#' comments).
std::map<std::string, std::string> LoadSkipList(const std::string& path);

}  // namespace asl::jsonata::testing

#endif  // ASL_TESTS_JSONATA_CORPUS_H_
