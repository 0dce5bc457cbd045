// Finding and reading the recorded conformance corpus, which lives beside the repository
// (../shared/conformance), not in it.
#ifndef ASL_TESTS_SUPPORT_CONFORMANCE_CORPUS_H_
#define ASL_TESTS_SUPPORT_CONFORMANCE_CORPUS_H_

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/json/value.h"

namespace asl::testing {

// The conformance root (holding localstack/, localstack-validation/, jsonata/):
// $ASL_CONFORMANCE_DIR when set, else $ASL_SOURCE_DIR/../shared/conformance (the source tree
// this was built from when ASL_SOURCE_DIR is unset, e.g. a test binary run directly); nullopt when
// that directory does not exist (a clone without the corpus: tests say so and skip).
std::optional<std::filesystem::path> ConformanceRoot();

// The *.json files of `root/sub`, sorted by name; empty when absent.
std::vector<std::filesystem::path> CorpusFiles(const std::string& sub);

// The file parsed as JSON; nullopt (with *error) when unreadable or not JSON.
std::optional<json::Value> ReadJsonFile(const std::filesystem::path& path, std::string* error);

// A GoogleTest-safe name ([A-Za-z0-9_]) for a case file, unique within `taken`.
std::string TestNameFor(const std::filesystem::path& file, std::map<std::string, int>& taken);

// Reads "name reason..." lines (# comments and blank lines ignored) into name -> reason.
std::map<std::string, std::string> ReadSkipList(const std::filesystem::path& path);

// `expected` matches `actual` as the corpus FORMAT.md defines: numbers by value, object key
// order ignored, and the string "<ANY>" anywhere in `expected` matches any value.
bool MatchesExpected(const json::Value& expected, const json::Value& actual);

}  // namespace asl::testing

#endif  // ASL_TESTS_SUPPORT_CONFORMANCE_CORPUS_H_
