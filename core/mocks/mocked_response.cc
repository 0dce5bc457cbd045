#include "core/mocks/mocked_response.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "core/json/pointer.h"

namespace asl::mocks {
namespace {

// Invocation indexes beyond this are rejected as implausible (and to keep arithmetic safe).
constexpr int64_t kMaxInvocation = 1'000'000'000;

std::optional<int64_t> ParseIndex(std::string_view text) {
  if (text.empty() || text.size() > 10) return std::nullopt;
  int64_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (n > kMaxInvocation) return std::nullopt;
  return n;
}

std::string Quote(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::variant<TaskOutcome, MockError> ParseOutcome(const json::Value& value,
                                                  const std::string& pointer) {
  if (!value.is_object()) {
    return MockError{"A mocked response must be an object with \"Return\" or \"Throw\".", pointer};
  }
  const json::Value* ret = value.Find("Return");
  const json::Value* thr = value.Find("Throw");
  if ((ret != nullptr) == (thr != nullptr)) {
    return MockError{"A mocked response must have exactly one of \"Return\" and \"Throw\".",
                     pointer};
  }
  for (const json::Member& m : value.as_object()) {
    if (m.key != "Return" && m.key != "Throw") {
      return MockError{"Unknown field " + Quote(m.key) + " in a mocked response.",
                       json::AppendPointer(pointer, m.key)};
    }
  }
  if (ret != nullptr) return TaskOutcome::Success(*ret);
  std::string throw_pointer = json::AppendPointer(pointer, "Throw");
  if (!thr->is_object()) {
    return MockError{"\"Throw\" must be an object with \"Error\" and \"Cause\".", throw_pointer};
  }
  const json::Value* error = thr->Find("Error");
  const json::Value* cause = thr->Find("Cause");
  if (error != nullptr && !error->is_string() && !error->is_null()) {
    return MockError{"\"Error\" must be a string.", json::AppendPointer(throw_pointer, "Error")};
  }
  if (cause != nullptr && !cause->is_string() && !cause->is_null()) {
    return MockError{"\"Cause\" must be a string.", json::AppendPointer(throw_pointer, "Cause")};
  }
  for (const json::Member& m : thr->as_object()) {
    if (m.key != "Error" && m.key != "Cause") {
      return MockError{"Unknown field " + Quote(m.key) + " in \"Throw\".",
                       json::AppendPointer(throw_pointer, m.key)};
    }
  }
  std::optional<std::string> cause_text;
  if (cause != nullptr && cause->is_string()) cause_text = cause->as_string();
  return TaskOutcome::Failure(error != nullptr ? error->as_string() : std::string(),
                              std::move(cause_text));
}

}  // namespace

MockedResponse::MockedResponse(std::vector<MockedResponseEntry> entries)
    : entries_(std::move(entries)) {
  std::sort(entries_.begin(), entries_.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
}

const TaskOutcome* MockedResponse::ForInvocation(int64_t invocation) const {
  auto it = std::upper_bound(entries_.begin(), entries_.end(), invocation,
                             [](int64_t n, const MockedResponseEntry& e) { return n < e.first; });
  if (it == entries_.begin()) return nullptr;
  --it;
  return invocation <= it->last ? &it->outcome : nullptr;
}

std::string MockedResponse::DescribeKeys() const {
  std::string out;
  for (const MockedResponseEntry& e : entries_) {
    if (!out.empty()) out += ", ";
    out += std::to_string(e.first);
    if (e.last != e.first) out += "-" + std::to_string(e.last);
  }
  return out;
}

std::variant<MockedResponse, MockError> ParseMockedResponse(const json::Value& value,
                                                            std::string_view pointer) {
  if (!value.is_object()) {
    return MockError{"A mocked response must be an object whose keys are invocation indexes.",
                     std::string(pointer)};
  }
  std::vector<MockedResponseEntry> entries;
  for (const json::Member& m : value.as_object()) {
    std::string member_pointer = json::AppendPointer(pointer, m.key);
    size_t dash = m.key.find('-');
    std::optional<int64_t> first = ParseIndex(m.key.substr(0, dash));
    std::optional<int64_t> last =
        dash == std::string::npos ? first : ParseIndex(std::string_view(m.key).substr(dash + 1));
    if (!first || !last || *last < *first) {
      return MockError{"Invalid invocation key " + Quote(m.key) +
                           ": expected a zero-based index such as \"0\" or an inclusive range "
                           "such as \"1-2\".",
                       member_pointer};
    }
    auto outcome = ParseOutcome(m.value, member_pointer);
    if (auto* e = std::get_if<MockError>(&outcome)) return std::move(*e);
    for (const MockedResponseEntry& other : entries) {
      if (*first <= other.last && other.first <= *last) {
        return MockError{
            "Invocation key " + Quote(m.key) + " overlaps another key of the same mocked response.",
            member_pointer};
      }
    }
    entries.push_back({*first, *last, std::get<TaskOutcome>(std::move(outcome))});
  }
  return MockedResponse(std::move(entries));
}

}  // namespace asl::mocks
