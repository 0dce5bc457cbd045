#include "bench/workload.h"

#include <algorithm>

#include "core/json/writer.h"
#include "tests/support/conformance_corpus.h"

namespace asl::bench {
namespace {

void AppendCanonical(std::string& out, const json::Value& value) {
  if (value.is_object()) {
    std::vector<const json::Member*> members;
    for (const json::Member& m : value.as_object()) members.push_back(&m);
    std::sort(members.begin(), members.end(),
              [](const json::Member* a, const json::Member* b) { return a->key < b->key; });
    out += '{';
    for (size_t i = 0; i < members.size(); ++i) {
      if (i > 0) out += ',';
      json::AppendQuoted(out, members[i]->key);
      out += ':';
      AppendCanonical(out, members[i]->value);
    }
    out += '}';
  } else if (value.is_array()) {
    out += '[';
    for (size_t i = 0; i < value.size(); ++i) {
      if (i > 0) out += ',';
      AppendCanonical(out, *value.At(i));
    }
    out += ']';
  } else {
    json::SerializeTo(out, value);
  }
}

}  // namespace

std::string CanonicalJson(const json::Value& value) {
  std::string out;
  AppendCanonical(out, value);
  return out;
}

std::optional<Workload> LoadWorkload(const std::filesystem::path& dir, const std::string& name,
                                     std::string* error) {
  std::optional<json::Value> file = testing::ReadJsonFile(dir / (name + ".json"), error);
  if (!file) return std::nullopt;
  Workload w;
  w.name = name;
  w.definition = file->Find("definition") ? *file->Find("definition") : json::Value();
  w.definition_text = json::Serialize(w.definition);
  if (const json::Value* t = file->Find("transitions")) w.transitions = t->as_int();
  if (const json::Value* handlers = file->Find("handlers")) {
    for (const json::Member& m : handlers->as_object()) w.handlers[m.key] = m.value.as_string();
  }
  if (const json::Value* input = file->Find("input")) {
    w.input = *input;
  } else if (const json::Value* input_file = file->Find("inputFile")) {
    std::optional<json::Value> input = testing::ReadJsonFile(dir / input_file->as_string(), error);
    if (!input) return std::nullopt;
    w.input = std::move(*input);
  } else {
    w.input = json::Value::FromUniqueMembers({});
  }
  const json::Value* expect = file->Find("expect");
  if (expect == nullptr) {
    *error = name + ".json has no \"expect\"";
    return std::nullopt;
  }
  if (const json::Value* sha = expect->Find("sha256")) w.expected_sha256 = sha->as_string();
  if (const json::Value* output = expect->Find("output")) {
    w.expected_output = *output;
  } else if (const json::Value* output_file = expect->Find("outputFile")) {
    std::optional<json::Value> output =
        testing::ReadJsonFile(dir / output_file->as_string(), error);
    if (!output) return std::nullopt;
    w.expected_output = std::move(*output);
  }
  return w;
}

std::optional<mocks::TaskOutcome> WorkloadHandlers::Invoke(const mocks::TaskRequest& request,
                                                           std::string* why_not) {
  const std::string& state_name = request.state_name.as_string();
  auto it = handlers_.find(state_name);
  if (it == handlers_.end() || it->second != "inc_flaky") {
    if (why_not) *why_not = "No benchmark handler for the Task state '" + state_name + "'.";
    return std::nullopt;
  }
  const json::Value* i = request.parameters.Find("i");
  int64_t k = i != nullptr ? i->as_int() : 0;
  if (k % 100 == 99) return mocks::TaskOutcome::Failure("Flaky", "k=" + std::to_string(k));
  return mocks::TaskOutcome::Success(json::Value(json::Members{{"i", k + 1}}));
}

}  // namespace asl::bench
