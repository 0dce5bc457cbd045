#include "core/jsonata/value_format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/json/shortest_digits.h"
#include "core/json/utf8.h"
#include "core/json/writer.h"

namespace asl::jsonata {

std::string FormatNumber(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  if (d == 0) return "0";
  // Integers below 2^53 print as their digits (the common case, and far cheaper than the
  // shortest-digits search).
  if (std::fabs(d) < 9007199254740992.0 && d == std::trunc(d)) {
    return std::to_string(static_cast<int64_t>(d));
  }
  std::string out = d < 0 ? "-" : "";
  json::DecimalDigits shortest = json::ShortestDigits(std::fabs(d));
  const std::string& digits = shortest.digits;
  const int exp10 = shortest.exponent;
  const int k = static_cast<int>(digits.size());
  const int n = exp10 + 1;
  if (k <= n && n <= 21) {
    out += digits + std::string(n - k, '0');
  } else if (0 < n && n <= 21) {
    out += digits.substr(0, n) + "." + digits.substr(n);
  } else if (-6 < n && n <= 0) {
    out += "0." + std::string(-n, '0') + digits;
  } else {
    out += digits.substr(0, 1);
    if (k > 1) out += "." + digits.substr(1);
    out += "e";
    out += (n - 1 >= 0) ? "+" : "-";
    out += std::to_string(std::abs(n - 1));
  }
  return out;
}

namespace {

double ToPrecision15(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", d);
  return std::strtod(buf, nullptr);
}

void Indent(std::string& out, int indent, int depth) {
  out += '\n';
  out.append(static_cast<size_t>(indent * depth), ' ');
}

// Bounds for StringifyWithin; `stopped` once either is reached.
struct StringifyGuard {
  size_t max_bytes;
  const std::function<bool()>& keep_going;
  bool stopped = false;

  bool Stop(const std::string& out) {
    if (!stopped && (out.size() > max_bytes || !keep_going())) stopped = true;
    return stopped;
  }
};

void StringifyInto(std::string& out, const Value& v, int indent, int depth, bool round,
                   StringifyGuard* guard = nullptr) {
  if (depth > kMaxStructureDepth) {
    out += "null";
    return;
  }
  if (v.IsFunction()) {
    out += "\"\"";
    return;
  }
  if (v.IsUndefined()) {
    out += "null";
    return;
  }
  if (v.IsNumber()) {
    double d = v.AsNumber();
    if (!std::isfinite(d)) {
      out += "null";
      return;
    }
    out += FormatNumber(round && d != std::floor(d) ? ToPrecision15(d) : d);
    return;
  }
  if (v.IsString()) {
    json::AppendQuoted(out, v.AsString());
    return;
  }
  if (v.IsArray()) {
    const size_t n = v.Size();
    out += '[';
    for (size_t i = 0; i < n; ++i) {
      if (guard != nullptr && guard->Stop(out)) return;
      if (i > 0) out += ',';
      if (indent > 0) Indent(out, indent, depth + 1);
      Value item = v.At(i);
      if (item.IsUndefined()) {
        out += "null";
      } else {
        StringifyInto(out, item, indent, depth + 1, round, guard);
      }
    }
    if (indent > 0 && n > 0) Indent(out, indent, depth);
    out += ']';
    return;
  }
  if (v.IsObject()) {
    out += '{';
    bool first = true;
    for (const std::string& key : v.Keys()) {
      if (guard != nullptr && guard->Stop(out)) return;
      Value item = v.Get(key);
      if (item.IsUndefined()) continue;
      if (!first) out += ',';
      first = false;
      if (indent > 0) Indent(out, indent, depth + 1);
      json::AppendQuoted(out, key);
      out += indent > 0 ? ": " : ":";
      StringifyInto(out, item, indent, depth + 1, round, guard);
    }
    if (indent > 0 && !first) Indent(out, indent, depth);
    out += '}';
    return;
  }
  if (v.IsNull()) {
    out += "null";
    return;
  }
  out += v.AsBool() ? "true" : "false";
}

}  // namespace

std::string Stringify(const Value& v, int indent) {
  std::string out;
  StringifyInto(out, v, indent, 0, true);
  return out;
}

std::optional<std::string> StringifyWithin(const Value& v, int indent, size_t max_bytes,
                                           const std::function<bool()>& keep_going) {
  std::string out;
  StringifyGuard guard{max_bytes, keep_going};
  StringifyInto(out, v, indent, 0, true, &guard);
  if (guard.stopped || out.size() > max_bytes) return std::nullopt;
  return out;
}

std::string FormatForMessage(const Value& v) {
  if (v.IsUndefined()) return "";
  std::string out;
  StringifyInto(out, v, 0, 0, false);
  return out;
}

std::u32string ToCodePoints(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp = 0xFFFD;
    size_t len = 1;
    if (c < 0x80) {
      cp = c;
    } else if ((c >> 5) == 6 && i + 1 < s.size()) {
      cp = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
      len = 2;
    } else if ((c >> 4) == 14 && i + 2 < s.size()) {
      cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
      len = 3;
    } else if ((c >> 3) == 30 && i + 3 < s.size()) {
      cp = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) |
           (s[i + 3] & 0x3F);
      len = 4;
    }
    out += cp;
    i += len;
  }
  return out;
}

std::string FromCodePoints(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) json::AppendUtf8(out, c);
  return out;
}

}  // namespace asl::jsonata
