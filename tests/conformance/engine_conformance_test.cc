// Runs every case of ../shared/conformance/localstack through the validator and the engine,
// and compares status, output, error, cause and history event types with what AWS recorded
// (format: ../shared/conformance/FORMAT.md).
//
// engine_skipped.txt lists every case not expected to pass, with its reason. A listed case
// is skipped; an unlisted case that fails fails the suite; a listed case that passes fails
// too, so the list stays honest. To rebuild the list after engine work, run the binary with
// ASL_RECORD_SKIPS=<file>: every failing case is written there as "name reason" instead of
// failing (JSONata-tagged cases get the reason prefix "JSONata (issue 4)").
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <memory>

#include "core/engine/execution.h"
#include "core/json/writer.h"
#include "core/mocks/mock_table.h"
#include "core/model/build.h"
#include "core/validate/validator.h"
#include "tests/support/conformance_corpus.h"

namespace asl {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string test_name;
  fs::path file;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.file.filename().string(); }

bool HasTag(const json::Value& c, std::string_view tag) {
  const json::Value* tags = c.Find("tags");
  if (tags == nullptr) return false;
  for (const json::Value& t : tags->as_array()) {
    if (t.is_string() && t.as_string() == tag) return true;
  }
  return false;
}

// With ASL_RECORD_SKIPS set, appends the failing case to that file and returns true.
bool RecordSkip(const std::string& name, const json::Value& c, std::string problems) {
  const char* file = std::getenv("ASL_RECORD_SKIPS");
  if (file == nullptr || *file == '\0') return false;
  for (char& ch : problems) {
    if (ch == '\n') ch = ' ';
  }
  if (problems.size() > 300) problems = problems.substr(0, 300) + "…";
  std::ofstream(file, std::ios::app)
      << name << "  " << (HasTag(c, "JSONata") ? "JSONata (issue 4): " : "") << problems << "\n";
  return true;
}

std::vector<Case> Cases() {
  std::vector<Case> cases;
  std::map<std::string, int> taken;
  for (const fs::path& file : testing::CorpusFiles("localstack")) {
    cases.push_back({testing::TestNameFor(file, taken), file});
  }
  if (cases.empty()) cases.push_back({"CorpusAbsent", {}});
  return cases;
}

const std::map<std::string, std::string>& SkipList() {
  static const auto* skips = new std::map<std::string, std::string>(testing::ReadSkipList(
      fs::path(ASL_TESTS_DIR_LITERAL) / "conformance" / "engine_skipped.txt"));
  return *skips;
}

std::string Show(const json::Value& v) {
  std::string s = json::Serialize(v);
  return s.size() > 1500 ? s.substr(0, 1500) + "…" : s;
}

// Runs the case; returns "" when it behaves as recorded, else what differs.
std::string RunCase(const json::Value& c) {
  const json::Value* definition = c.Find("definition");
  if (definition == nullptr) return "the case has no definition";
  std::string text = json::Serialize(*definition);
  validate::ValidationResult validation = validate::Validate(text);
  if (!validation.valid()) {
    return "the validator rejects a definition AWS accepted: " +
           validation.diagnostics.front().code + " " + validation.diagnostics.front().message;
  }
  mocks::MockTable mocks;
  if (const json::Value* m = c.Find("mocks"); m != nullptr && !m->is_null()) {
    auto parsed = mocks::ParseMockTable(*m);
    if (auto* error = std::get_if<mocks::MockError>(&parsed)) {
      return "the case's mocks do not parse: " + error->message;
    }
    mocks = std::move(std::get<mocks::MockTable>(parsed));
  }
  const json::Value* input = c.Find("input");
  auto machine = std::make_shared<model::StateMachine>(model::BuildStateMachine(*definition));
  engine::ExecuteOptions options;
  options.invoker = &mocks;
  engine::ExecutionReport report =
      engine::RunToCompletion(machine, input != nullptr ? *input : json::Value::FromUniqueMembers({}),
                              options);
  const json::Value& expect = *c.Find("expect");
  std::string status(engine::ExecutionStatusName(report.status));
  std::string problems;
  const json::Value* expected_status = expect.Find("status");
  if (expected_status != nullptr && expected_status->as_string() != status) {
    problems += "status " + status + ", expected " + expected_status->as_string() +
                (report.error ? " (error " + *report.error + ": " + report.cause.value_or("") + ")"
                              : "") +
                "; ";
  }
  if (problems.empty() && status == "SUCCEEDED") {
    if (const json::Value* output = expect.Find("output");
        output != nullptr && !testing::MatchesExpected(*output, report.output)) {
      problems += "output " + Show(report.output) + ", expected " + Show(*output) + "; ";
    }
  }
  if (problems.empty() && status != "SUCCEEDED") {
    for (const char* field : {"error", "cause"}) {
      const json::Value* expected = expect.Find(field);
      if (expected == nullptr || expected->is_null()) continue;
      const std::optional<std::string>& actual = field[0] == 'e' ? report.error : report.cause;
      json::Value actual_value = actual ? json::Value(*actual) : json::Value();
      if (!testing::MatchesExpected(*expected, actual_value)) {
        problems += std::string(field) + " " + Show(actual_value) + ", expected " +
                    Show(*expected) + "; ";
      }
    }
  }
  if (const json::Value* events = expect.Find("events"); events != nullptr && events->is_array()) {
    json::Array actual;
    for (const engine::HistoryEvent& e : report.history) {
      actual.push_back(json::Value(engine::EventTypeName(e.type)));
    }
    json::Value actual_events(std::move(actual));
    if (!testing::MatchesExpected(*events, actual_events)) {
      problems += "events " + Show(actual_events) + ", expected " + Show(*events) + "; ";
    }
  }
  return problems;
}

class EngineConformanceTest : public ::testing::TestWithParam<Case> {};

TEST_P(EngineConformanceTest, BehavesAsRecorded) {
  const Case& c = GetParam();
  if (c.file.empty()) {
    GTEST_SKIP() << "conformance corpus not found (../shared/conformance or "
                    "$ASL_CONFORMANCE_DIR); skipping the engine conformance cases";
  }
  std::string error;
  std::optional<json::Value> value = testing::ReadJsonFile(c.file, &error);
  ASSERT_TRUE(value) << error;
  std::string problems = RunCase(*value);
  if (!problems.empty() && RecordSkip(c.file.stem().string(), *value, problems)) return;
  auto skip = SkipList().find(c.file.stem().string());
  if (skip != SkipList().end()) {
    EXPECT_FALSE(problems.empty())
        << c.file.stem().string()
        << " passes but is listed in engine_skipped.txt; remove it from the list";
    if (!problems.empty()) GTEST_SKIP() << skip->second;
    return;
  }
  EXPECT_TRUE(problems.empty()) << c.file.filename().string() << ": " << problems;
}

INSTANTIATE_TEST_SUITE_P(Localstack, EngineConformanceTest, ::testing::ValuesIn(Cases()),
                         [](const auto& info) { return info.param.test_name; });

}  // namespace
}  // namespace asl
