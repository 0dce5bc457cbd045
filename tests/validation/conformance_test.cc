// Conformance of the validator against definitions recorded against AWS:
// - <corpus>/localstack/*.json: every definition was accepted by AWS, so none may get an
//   error;
// - <corpus>/localstack-validation/*.json: valid cases get no error, invalid ones at least
//   one, at the recorded location (a JSON pointer) where one was recorded.
// The corpus is $ASL_CONFORMANCE_DIR, else <repo>/../shared/conformance; when it is absent
// the tests skip with a notice.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/validate/validator.h"
#include "tests/support/conformance_corpus.h"

namespace asl::validate {
namespace {

namespace fs = std::filesystem;

fs::path CorpusRoot() {
  return testing::ConformanceRoot().value_or(fs::path());
}

struct Case {
  std::string name;  // A gtest-safe name.
  fs::path file;
  bool from_validation_set = false;
};

std::string SafeName(std::string_view stem) {
  std::string out;
  for (char c : stem) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

std::vector<Case> ListCases() {
  std::vector<Case> cases;
  for (auto [dir, validation] :
       {std::pair{"localstack", false}, std::pair{"localstack-validation", true}}) {
    fs::path path = CorpusRoot() / dir;
    std::error_code ec;
    if (!fs::is_directory(path, ec)) continue;
    for (const fs::directory_entry& e : fs::directory_iterator(path, ec)) {
      if (e.path().extension() != ".json") continue;
      cases.push_back({std::string(validation ? "validation_" : "accepted_") +
                           SafeName(e.path().stem().string()),
                       e.path(), validation});
    }
  }
  std::sort(cases.begin(), cases.end(),
            [](const Case& a, const Case& b) { return a.name < b.name; });
  // File names that differ only in punctuation would share a test name.
  for (size_t i = 1; i < cases.size(); ++i) {
    if (cases[i].name == cases[i - 1].name) cases[i].name += "_" + std::to_string(i);
  }
  if (cases.empty()) cases.push_back({"CorpusAbsent", {}, false});
  return cases;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Dump(const ValidationResult& r) {
  std::string out;
  for (const diag::Diagnostic& d : r.diagnostics) {
    out += "  " + std::string(diag::SeverityName(d.severity)) + " " + d.code + " at '" + d.path +
           "': " + d.message + "\n";
  }
  return out;
}

// The pointer AWS recorded for a diagnostic: its "location", or the " at /..." suffix of a
// CreateStateMachine message; "/" means the root (""). Empty optional when none.
std::optional<std::string> RecordedLocation(const json::Value& diagnostic) {
  std::string location;
  if (const json::Value* l = diagnostic.Find("location"); l && l->is_string()) {
    location = l->as_string();
  } else if (const json::Value* m = diagnostic.Find("message"); m && m->is_string()) {
    const std::string& message = m->as_string();
    size_t at = message.rfind(" at /");
    if (at == std::string::npos) return std::nullopt;
    location = message.substr(at + 4);
    while (!location.empty() && (location.back() == '\'' || location.back() == ' ')) {
      location.pop_back();
    }
  }
  if (location.empty() || location[0] != '/') return std::nullopt;
  return location == "/" ? std::string() : location;
}

class ConformanceTest : public ::testing::TestWithParam<Case> {};

TEST_P(ConformanceTest, MatchesAws) {
  const Case& c = GetParam();
  if (c.file.empty()) {
    GTEST_SKIP() << "Conformance corpus not found (../shared/conformance beside the "
                    "repository); set ASL_CONFORMANCE_DIR to run these tests.";
  }
  std::string error;
  std::optional<json::Value> record = json::ParseValue(ReadFile(c.file), &error);
  ASSERT_TRUE(record.has_value()) << c.file << ": " << error;
  const json::Value* definition = record->Find("definition");
  ASSERT_NE(definition, nullptr) << c.file;
  std::string text = definition->is_string() ? definition->as_string()
                                             : json::Serialize(*definition, {.indent = 2});
  ValidateOptions options;
  if (const json::Value* type = record->Find("stateMachineType");
      type && type->is_string() && type->as_string() == "EXPRESS") {
    options.type = StateMachineType::kExpress;
  }
  ValidationResult result = Validate(text, options);

  const json::Value* expect = record->Find("expect");
  bool valid = !c.from_validation_set ||
               (expect && expect->Find("valid") && expect->Find("valid")->as_bool());
  if (valid) {
    EXPECT_TRUE(result.valid()) << "AWS accepted this definition:\n"
                                << text << "\n"
                                << Dump(result);
    return;
  }
  ASSERT_FALSE(result.valid()) << "AWS rejected this definition:\n" << text;
  const json::Value* recorded = expect->Find("diagnostics");
  if (recorded == nullptr) return;
  for (const json::Value& d : recorded->as_array()) {
    std::optional<std::string> location = RecordedLocation(d);
    if (!location) continue;
    bool found = std::any_of(
        result.diagnostics.begin(), result.diagnostics.end(), [&](const diag::Diagnostic& ours) {
          return ours.severity == diag::Severity::kError && ours.path == *location;
        });
    EXPECT_TRUE(found) << "AWS reported an error at '" << *location << "' (" << json::Serialize(d)
                       << "); we reported:\n"
                       << Dump(result);
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, ConformanceTest, ::testing::ValuesIn(ListCases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return info.param.name;
                         });

}  // namespace
}  // namespace asl::validate
