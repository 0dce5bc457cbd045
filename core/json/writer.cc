#include "core/json/writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

#include "core/json/plain_bytes.h"
#include "core/json/shortest_digits.h"
#include "core/json/utf8.h"

namespace asl::json {
namespace {

void Indent(std::string& out, const WriteOptions& options, int depth) {
  out += '\n';
  out.append(static_cast<size_t>(options.indent) * depth, ' ');
}

// What std::to_string writes, without a temporary string.
void AppendInt(std::string& out, int64_t n) {
  char digits[24];
  auto [end, error] = std::to_chars(digits, digits + sizeof digits, n);
  out.append(digits, end);
}

void Write(std::string& out, const Value& value, const WriteOptions& options, int depth);

// Write() for an item or member value: integers, the most frequent, without the recursion.
void WriteChild(std::string& out, const Value& value, const WriteOptions& options, int depth) {
  if (value.is_int()) {
    AppendInt(out, value.as_int());
  } else {
    Write(out, value, options, depth);
  }
}

void Write(std::string& out, const Value& value, const WriteOptions& options, int depth) {
  switch (value.type()) {
    case Type::kNull:
      out += "null";
      return;
    case Type::kBool:
      out += value.as_bool() ? "true" : "false";
      return;
    case Type::kInt:
      AppendInt(out, value.as_int());
      return;
    case Type::kDouble:
      out += FormatDouble(value.as_double());
      return;
    case Type::kString:
      AppendQuoted(out, value.as_string());
      return;
    case Type::kArray: {
      ItemsView items = value.as_array();
      out += '[';
      for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ',';
        if (options.indent > 0) Indent(out, options, depth + 1);
        WriteChild(out, items[i], options, depth + 1);
      }
      if (options.indent > 0 && !items.empty()) Indent(out, options, depth);
      out += ']';
      return;
    }
    case Type::kObject: {
      MembersView members = value.as_object();
      out += '{';
      for (size_t i = 0; i < members.size(); ++i) {
        if (i > 0) out += ',';
        if (options.indent > 0) Indent(out, options, depth + 1);
        AppendQuoted(out, members[i].key);
        if (options.indent > 0) {
          out += ": ";
        } else {
          out += ':';
        }
        WriteChild(out, members[i].value, options, depth + 1);
      }
      if (options.indent > 0 && !members.empty()) Indent(out, options, depth);
      out += '}';
      return;
    }
  }
}

}  // namespace

std::string FormatDouble(double d) {
  if (!std::isfinite(d)) return "null";  // JSON has no NaN or infinity.
  std::string out = std::signbit(d) ? "-" : "";
  double magnitude = std::fabs(d);
  if (magnitude == 0) return out + "0.0";
  DecimalDigits shortest = ShortestDigits(magnitude);
  std::string& digits = shortest.digits;
  int exponent = shortest.exponent;
  if (magnitude >= 1e-3 && magnitude < 1e7) {
    if (exponent < 0) {
      out += "0.";
      out.append(static_cast<size_t>(-exponent - 1), '0');
      out += digits;
    } else {
      size_t integer_digits = static_cast<size_t>(exponent) + 1;
      if (digits.size() < integer_digits) digits.append(integer_digits - digits.size(), '0');
      out.append(digits, 0, integer_digits);
      out += '.';
      out += digits.size() > integer_digits ? digits.substr(integer_digits) : "0";
    }
    return out;
  }
  out += digits[0];
  out += '.';
  out += digits.size() > 1 ? digits.substr(1) : "0";
  out += 'E';
  out += std::to_string(exponent);
  return out;
}

void AppendQuoted(std::string& out, std::string_view text) {
  static const char* kHex = "0123456789abcdef";
  const char* data = text.data();
  const size_t size = text.size();
  size_t i = SkipPlain(data, 0, size);
  // A short text that needs no escaping (member names, task tokens, most strings) goes out
  // with its quotes in a single append.
  constexpr size_t kShortText = 62;
  if (i == size && size <= kShortText) {
    char quoted[kShortText + 2];
    quoted[0] = '"';
    std::copy(data, data + size, quoted + 1);  // No memcpy: data may be null when empty.
    quoted[size + 1] = '"';
    out.append(quoted, size + 2);
    return;
  }
  out += '"';
  size_t run = 0;  // The plain bytes from `run` to `i` are written together.
  while ((i = SkipPlain(data, i, size)) < size) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c >= 0x80) {
      // The output is valid UTF-8 whatever the value holds: a byte that starts no valid
      // sequence is written as U+FFFD.
      if (size_t n = Utf8SequenceLength(text, i); n > 0) {
        i += n;
        continue;
      }
      out.append(data + run, i - run);
      run = ++i;
      out += kReplacementCharacter;
      continue;
    }
    out.append(data + run, i - run);
    run = ++i;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
  }
  out.append(data + run, size - run);
  out += '"';
}

void SerializeTo(std::string& out, const Value& value, const WriteOptions& options) {
  Write(out, value, options, 0);
}

std::string Serialize(const Value& value, const WriteOptions& options) {
  std::string out;
  SerializeTo(out, value, options);
  return out;
}

}  // namespace asl::json
