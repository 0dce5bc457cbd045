#include <optional>
#include <string>
#include <string_view>

#include "core/json/parser.h"
#include "core/json/small_document.h"
#include "core/json/source_map.h"
#include "core/json/writer.h"
#include "tests/fuzz/fuzz_targets.h"

namespace asl::fuzz {

void FuzzJson(std::string_view data) {
  json::ParseResult parsed = json::Parse(data, {.build_source_map = true});
  // The small-document reader accepts only what the parser reads, and reads it the same.
  if (std::optional<json::Value> small = json::ParseSmallDocument(data)) {
    if (!parsed.ok() || !(*small == parsed.value) ||
        json::Serialize(*small) != json::Serialize(parsed.value)) {
      __builtin_trap();
    }
  }
  json::LineIndex lines(data);
  if (!parsed.ok()) {
    if (parsed.error->span.begin > data.size() || parsed.error->span.end > data.size()) {
      __builtin_trap();
    }
    lines.ToRange(parsed.error->span);
    return;
  }
  // Every value has a location; the root spans a part of the text.
  const json::NodeLocation* root = parsed.source_map.Find("");
  if (root == nullptr || root->value.end > data.size() || root->value.begin > root->value.end) {
    __builtin_trap();
  }
  lines.ToRange(parsed.source_map.KeyOrValue("/States/0/Next"));
  // What Serialize prints parses back to an equal value, and prints the same again.
  std::string text = json::Serialize(parsed.value);
  json::ParseResult again = json::Parse(text);
  if (!again.ok() || !(again.value == parsed.value)) __builtin_trap();
  if (json::Serialize(again.value) != text) __builtin_trap();
}

}  // namespace asl::fuzz
