#include "core/api/task_rounds.h"

#include <charconv>
#include <cstdint>
#include <optional>
#include <utility>

#include "core/api/run.h"
#include "core/json/parser.h"
#include "core/json/writer.h"

namespace asl::api {
namespace {

constexpr char kSeparator = '\x1e';

// Appends ',' and the decimal digits of `n`.
void AppendNumber(std::string& out, int64_t n) {
  if (n >= 0 && n < 10) {  // Kinds and attempts mostly are: no conversion, no copy.
    out += ',';
    out += static_cast<char>('0' + n);
    return;
  }
  char digits[24];
  digits[0] = ',';
  auto [end, error] = std::to_chars(digits + 1, digits + sizeof digits, n);
  out.append(digits, end);
}

}  // namespace

std::string TaskRounds::ReadAnswer(std::string_view item, Answer& out) {
  if (item == "S") return "";
  if (item.empty()) return "an answer is empty";
  std::string_view body = item.substr(1);
  if (item[0] == 'R') {
    out.kind = Answer::Kind::kResult;
    std::optional<json::Value> result = ParseDocument(body, "result", &out.error);
    if (result) out.result = std::move(*result);
    return "";
  }
  if (item[0] != 'F') return "an answer starts with neither R, F nor S";
  out.kind = Answer::Kind::kFailure;
  std::optional<json::Value> pair = json::ParseValue(body);
  if (!pair || !pair->is_array() || pair->size() != 2 || !pair->At(0)->is_string() ||
      !pair->At(1)->is_string()) {
    return "a failure is not a JSON array of two strings";
  }
  out.error = pair->At(0)->as_string();
  out.cause = pair->At(1)->as_string();
  return "";
}

size_t TaskRounds::KindOf(const json::Value& state, const json::Value& resource,
                          std::string& new_kinds) {
  if (last_kind_ < kinds_.size() && kinds_[last_kind_].state.SameAs(state) &&
      kinds_[last_kind_].resource.SameAs(resource)) {
    return last_kind_;
  }
  for (size_t n = 0; n < kinds_.size(); ++n) {
    size_t i = (last_kind_ + n) % kinds_.size();
    if (kinds_[i].state == state && kinds_[i].resource == resource) return last_kind_ = i;
  }
  kinds_.push_back({state, resource});
  new_kinds += new_kinds.empty() ? "[[" : ",[";
  json::AppendQuoted(new_kinds, state.as_string());
  new_kinds += ',';
  json::AppendQuoted(new_kinds, resource.as_string());
  new_kinds += ']';
  return last_kind_ = kinds_.size() - 1;
}

const std::string& TaskRounds::List(const engine::Execution& execution, bool blocked) {
  std::span<const mocks::TaskRequest> tasks = execution.pending_tasks();
  char state = execution.status() != engine::ExecutionStatus::kRunning ? '2'
               : blocked && !tasks.empty()                             ? '1'
                                                                       : '0';
  if (listed_.size() < tasks.size()) listed_.resize(tasks.size());
  listed_count_ = tasks.size();
  std::string new_kinds;
  for (size_t i = 0; i < tasks.size(); ++i) {
    listed_[i].token.assign(tasks[i].task_token);
    listed_[i].kind = KindOf(tasks[i].state_name, tasks[i].resource, new_kinds);
  }
  // Written directly rather than through a json::Value: this runs once per round.
  std::string& out = listing_;
  out.clear();
  out.reserve(8 + new_kinds.size() + tasks.size() * 96);
  out += '[';
  out += state;
  out += ',';
  if (new_kinds.empty()) {
    out += '0';
  } else {
    out += new_kinds;
    out += ']';
  }
  for (size_t i = 0; i < tasks.size(); ++i) {
    AppendNumber(out, listed_[i].kind);
    AppendNumber(out, tasks[i].attempt);
    out += ',';
    json::AppendQuoted(out, tasks[i].task_token);
    out += ',';
    json::SerializeTo(out, tasks[i].parameters);
  }
  out += ']';
  return out;
}

std::string TaskRounds::Apply(engine::Execution& execution, std::string_view answers) {
  std::vector<Answer>& read = answers_;
  read.clear();
  for (size_t begin = 0; !answers.empty() && begin <= answers.size();) {
    size_t end = answers.find(kSeparator, begin);
    if (end == std::string_view::npos) end = answers.size();
    if (read.size() == listed_count_) {
      read.clear();
      return "there are more answers than listed tasks";
    }
    if (std::string problem = ReadAnswer(answers.substr(begin, end - begin), read.emplace_back());
        !problem.empty()) {
      read.clear();
      return problem;
    }
    begin = end + 1;
  }
  for (size_t i = 0; i < read.size(); ++i) {
    Answer& answer = read[i];
    const std::string& token = listed_[i].token;
    switch (answer.kind) {
      case Answer::Kind::kSkip:
        break;
      case Answer::Kind::kResult:
        if (answer.error.empty()) {
          execution.CompleteTask(token, std::move(answer.result));
        } else {
          execution.FailTask(token, "States.Runtime",
                             "The result of the Task state '" +
                                 kinds_[listed_[i].kind].state.as_string() +
                                 "' is not valid JSON: " + answer.error);
        }
        break;
      case Answer::Kind::kFailure:
        execution.FailTask(token, std::move(answer.error), std::move(answer.cause));
        break;
    }
  }
  read.clear();
  listed_count_ = 0;
  return "";
}

}  // namespace asl::api
