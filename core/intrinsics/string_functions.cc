// States.Format and States.StringSplit (AWS "Intrinsics for strings" and "Intrinsic for
// generic operations").
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "core/intrinsics/builtins.h"
#include "core/json/writer.h"

namespace asl::intrinsics::internal {
namespace {

// Java's Double.toString, which States.Format applies to decimal numbers; the JSON writer
// prints doubles the same way, so only the non-finite values differ.
void AppendJavaDouble(std::string& out, double d) {
  if (!std::isfinite(d)) {
    out += std::isnan(d) ? "NaN" : (d > 0 ? "Infinity" : "-Infinity");
    return;
  }
  out += json::FormatDouble(d);
}

// How AWS prints a value into a template: strings as they are, numbers, booleans and null
// as JSON, arrays and objects as Java's List/Map toString ("[1, a]", "{k=v, n=[]}").
void AppendFormatted(std::string& out, const json::Value& v, int depth) {
  if (depth > 200) return;
  switch (v.type()) {
    case json::Type::kString:
      out += v.as_string();
      return;
    case json::Type::kArray: {
      out += '[';
      bool first = true;
      for (const json::Value& item : v.as_array()) {
        if (!first) out += ", ";
        first = false;
        AppendFormatted(out, item, depth + 1);
      }
      out += ']';
      return;
    }
    case json::Type::kObject: {
      out += '{';
      bool first = true;
      for (const json::Member& member : v.as_object()) {
        if (!first) out += ", ";
        first = false;
        out += member.key;
        out += '=';
        AppendFormatted(out, member.value, depth + 1);
      }
      out += '}';
      return;
    }
    case json::Type::kDouble:
      AppendJavaDouble(out, v.as_double());
      return;
    default:
      json::SerializeTo(out, v);
      return;
  }
}

// The template's text with escapes: a literal keeps its backslashes, so "\{" stays literal.
Result Format(const Invocation& in) {
  const Argument& first = in.call.args[0];
  if (!in.args[0].is_string()) return ArgumentFailure(in, 0, "a string");
  const std::string& tmpl =
      first.kind == Argument::Kind::kLiteral ? first.raw : in.args[0].as_string();
  size_t placeholders = 0;
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '\\') {
      ++i;
    } else if (tmpl[i] == '{' && i + 1 < tmpl.size() && tmpl[i + 1] == '}') {
      ++placeholders;
      ++i;
    }
  }
  size_t values = in.args.size() - 1;
  if (placeholders != values) {
    return IntrinsicFailure(
        "The template of States.Format has " + std::to_string(placeholders) +
        (placeholders == 1 ? " placeholder" : " placeholders") + " but " + std::to_string(values) +
        (values == 1 ? " value follows" : " values follow") + " it; give one value for each {}.");
  }
  std::string out;
  size_t next = 1;
  for (size_t i = 0; i < tmpl.size(); ++i) {
    char c = tmpl[i];
    if (c == '\\' && i + 1 < tmpl.size()) {
      out += tmpl[++i];
    } else if (c == '{' && i + 1 < tmpl.size() && tmpl[i + 1] == '}') {
      AppendFormatted(out, in.args[next++], 0);
      ++i;
    } else {
      out += c;
    }
  }
  return json::Value(std::move(out));
}

// The UTF-8 sequences of the code points of `text`.
std::vector<std::string_view> CodePoints(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0xF0)
      len = 4;
    else if (c >= 0xE0)
      len = 3;
    else if (c >= 0xC0)
      len = 2;
    len = std::min(len, text.size() - i);
    out.push_back(text.substr(i, len));
    i += len;
  }
  return out;
}

// Splits at every character of the delimiter string and drops empty pieces, as AWS's
// recorded executions show (",a,,b" -> ["a", "b"]).
Result Split(const Invocation& in) {
  if (!in.args[0].is_string()) return ArgumentFailure(in, 0, "a string");
  if (!in.args[1].is_string()) return ArgumentFailure(in, 1, "a string");
  std::vector<std::string_view> delimiters = CodePoints(in.args[1].as_string());
  json::Array pieces;
  std::string current;
  for (std::string_view cp : CodePoints(in.args[0].as_string())) {
    bool is_delimiter = false;
    for (std::string_view d : delimiters) {
      if (d == cp) {
        is_delimiter = true;
        break;
      }
    }
    if (!is_delimiter) {
      current += cp;
    } else if (!current.empty()) {
      pieces.push_back(json::Value(std::move(current)));
      current.clear();
    }
  }
  if (!current.empty()) pieces.push_back(json::Value(std::move(current)));
  return json::Value(std::move(pieces));
}

}  // namespace

Result CallStringFunction(const Invocation& in) {
  switch (in.call.function) {
    case Function::kFormat:
      return Format(in);
    case Function::kStringSplit:
      return Split(in);
    default:
      return IntrinsicFailure(FunctionName(in) + " is not a string function.");
  }
}

}  // namespace asl::intrinsics::internal
