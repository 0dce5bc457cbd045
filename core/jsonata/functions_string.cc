// String functions: $string $substring $substringBefore $substringAfter $lowercase
// $uppercase $length $trim $pad $join $contains (string form) $split (string form)
// $base64encode $base64decode and the URL encoders.
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "core/jsonata/builtins.h"
#include "core/jsonata/evaluator.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

char32_t CaseMap(char32_t c, bool upper) {
  if (upper) {
    if (c >= 'a' && c <= 'z') return c - 32;
    if ((c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 32;
    if (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) return c - 32;
    if (c >= 0x430 && c <= 0x44F) return c - 32;
    if (c >= 0x450 && c <= 0x45F) return c - 80;
    if (c >= 0x100 && c <= 0x17F && (c % 2) == 1) return c - 1;
  } else {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;
    if (c >= 0x391 && c <= 0x3A9) return c + 32;
    if (c >= 0x410 && c <= 0x42F) return c + 32;
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    if (c >= 0x100 && c <= 0x17F && (c % 2) == 0) return c + 1;
  }
  return c;
}

// JavaScript's ToIntegerOrInfinity clamped into [0, len] as Array.prototype.slice does.
size_t SliceIndex(double v, size_t len) {
  if (std::isnan(v)) return 0;
  double t = std::trunc(v);
  if (t < 0) t = std::max(0.0, static_cast<double>(len) + t);
  return static_cast<size_t>(std::min(t, static_cast<double>(len)));
}

const char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string Base64Encode(std::string_view in) {
  std::string out;
  size_t i = 0;
  while (i + 2 < in.size()) {
    uint32_t n = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8) | uint8_t(in[i + 2]);
    out += kBase64[(n >> 18) & 63];
    out += kBase64[(n >> 12) & 63];
    out += kBase64[(n >> 6) & 63];
    out += kBase64[n & 63];
    i += 3;
  }
  if (i + 1 == in.size()) {
    uint32_t n = uint8_t(in[i]) << 16;
    out += kBase64[(n >> 18) & 63];
    out += kBase64[(n >> 12) & 63];
    out += "==";
  } else if (i + 2 == in.size()) {
    uint32_t n = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8);
    out += kBase64[(n >> 18) & 63];
    out += kBase64[(n >> 12) & 63];
    out += kBase64[(n >> 6) & 63];
    out += '=';
  }
  return out;
}

std::string Base64Decode(std::string_view in) {
  std::string out;
  uint32_t buf = 0;
  int bits = 0;
  for (char c : in) {
    const char* p = std::strchr(kBase64, c);
    if (c == '=' || c == 0 || p == nullptr) continue;
    buf = (buf << 6) | static_cast<uint32_t>(p - kBase64);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buf >> bits) & 0xFF);
    }
  }
  return out;
}

// encodeURIComponent / encodeURI: `keep` lists the unescaped reserved characters.
std::string UriEncode(std::string_view s, std::string_view keep) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (isalnum(c) || std::string_view("-_.!~*'()").find(c) != std::string_view::npos ||
        (c != 0 && keep.find(static_cast<char>(c)) != std::string_view::npos)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// decodeURIComponent / decodeURI; `reserved` escapes stay encoded (decodeURI).
bool UriDecode(std::string_view s, std::string_view reserved, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      *out += s[i];
      continue;
    }
    if (i + 2 >= s.size()) return false;
    int h = Hex(s[i + 1]), l = Hex(s[i + 2]);
    if (h < 0 || l < 0) return false;
    unsigned char byte = static_cast<unsigned char>(h * 16 + l);
    int extra = byte < 0x80         ? 0
                : (byte >> 5) == 6  ? 1
                : (byte >> 4) == 14 ? 2
                : (byte >> 3) == 30 ? 3
                                    : -1;
    if (extra < 0) return false;
    if (extra == 0) {
      if (reserved.find(static_cast<char>(byte)) != std::string_view::npos) {
        out->append(s.substr(i, 3));
      } else {
        *out += static_cast<char>(byte);
      }
      i += 2;
      continue;
    }
    std::string seq(1, static_cast<char>(byte));
    size_t j = i + 3;
    for (int k = 0; k < extra; ++k) {
      if (j + 2 >= s.size()) return false;
      if (s[j] != '%') return false;
      int hh = Hex(s[j + 1]), ll = Hex(s[j + 2]);
      if (hh < 0 || ll < 0) return false;
      unsigned char cont = static_cast<unsigned char>(hh * 16 + ll);
      if ((cont >> 6) != 2) return false;
      seq += static_cast<char>(cont);
      j += 3;
    }
    *out += seq;
    i = j - 1;
  }
  return true;
}

// Longest result $pad builds (JavaScript fails with "Invalid string length" well beyond).
constexpr double kMaxPaddedLength = 1e8;

Value Str(std::string s) { return Value::String(std::move(s)); }

}  // namespace

void RegisterStringFunctions(Frame& f) {
  AddBuiltin(f, "string", "<x-b?:s>", 1, [](NativeCall& c) {
    return ToStringValue(c, Arg(c, 0), Arg(c, 1).IsBool() && Arg(c, 1).AsBool());
  });
  AddBuiltin(f, "substring", "<s-nn?:s>", 3, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0);
    if (s.IsUndefined()) return Value();
    std::u32string cps = ToCodePoints(s.AsString());
    const size_t len = cps.size();
    double start = Arg(c, 1).AsNumber();
    if (static_cast<double>(len) + start < 0) start = 0;
    Value length = Arg(c, 2);
    if (length.IsDefined()) {
      double l = length.AsNumber();
      if (l <= 0) return Str("");
      double end = start >= 0 ? start + l : static_cast<double>(len) + start + l;
      size_t a = SliceIndex(start, len), b = SliceIndex(end, len);
      if (b <= a) return Str("");
      return Str(FromCodePoints(std::u32string_view(cps).substr(a, b - a)));
    }
    size_t a = SliceIndex(start, len);
    return Str(FromCodePoints(std::u32string_view(cps).substr(a)));
  });
  AddBuiltin(f, "substringBefore", "<s-s:s>", 2, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0), chars = Arg(c, 1);
    if (s.IsUndefined()) return Value();
    if (chars.IsUndefined()) return s;
    size_t pos = s.AsString().find(chars.AsString());
    return pos == std::string::npos ? s : Str(s.AsString().substr(0, pos));
  });
  AddBuiltin(f, "substringAfter", "<s-s:s>", 2, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0), chars = Arg(c, 1);
    if (s.IsUndefined()) return Value();
    if (chars.IsUndefined()) return s;
    size_t pos = s.AsString().find(chars.AsString());
    return pos == std::string::npos ? s : Str(s.AsString().substr(pos + chars.AsString().size()));
  });
  for (bool upper : {false, true}) {
    AddBuiltin(f, upper ? "uppercase" : "lowercase", "<s-:s>", 1, [upper](NativeCall& c) -> Value {
      Value s = Arg(c, 0);
      if (s.IsUndefined()) return Value();
      std::u32string cps = ToCodePoints(s.AsString());
      for (char32_t& ch : cps) ch = CaseMap(ch, upper);
      return Str(FromCodePoints(cps));
    });
  }
  AddBuiltin(f, "length", "<s-:n>", 1, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0);
    if (s.IsUndefined()) return Value();
    return Value::Number(static_cast<double>(ToCodePoints(s.AsString()).size()));
  });
  AddBuiltin(f, "trim", "<s-:s>", 1, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0);
    if (s.IsUndefined()) return Value();
    std::string out;
    bool in_space = false;
    for (char ch : s.AsString()) {
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
        if (!in_space) out += ' ';
        in_space = true;
      } else {
        out += ch;
        in_space = false;
      }
    }
    if (!out.empty() && out.front() == ' ') out.erase(0, 1);
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return Str(out);
  });
  AddBuiltin(f, "pad", "<s-ns?:s>", 3, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0);
    if (s.IsUndefined()) return Value();
    std::u32string pad = U" ";
    if (Arg(c, 2).IsString() && !Arg(c, 2).AsString().empty()) {
      pad = ToCodePoints(Arg(c, 2).AsString());
    }
    const double width = Arg(c, 1).AsNumber();
    const size_t length = ToCodePoints(s.AsString()).size();
    const double target = std::fabs(width);
    if (static_cast<double>(length) >= target) return s;
    if (target > kMaxPaddedLength) {
      return FailWith(c, MakeCustomError("D1001", "Invalid string length"));
    }
    // The padding repeats `pad`'s characters (UTF-8 encoded) and cuts the last repeat short.
    const size_t pad_len = static_cast<size_t>(target - static_cast<double>(length));
    std::vector<std::string> chars;
    size_t cycle_bytes = 0;
    for (char32_t ch : pad) {
      chars.push_back(FromCodePoints(std::u32string(1, ch)));
      cycle_bytes += chars.back().size();
    }
    size_t bytes = pad_len / chars.size() * cycle_bytes;
    for (size_t i = 0; i < pad_len % chars.size(); ++i) bytes += chars[i].size();
    if (!c.evaluator.ChargeString(s.AsString().size() + bytes)) return Value();
    std::string padding;
    padding.reserve(bytes);
    for (size_t i = 0; i < pad_len; ++i) padding += chars[i % chars.size()];
    return Str(width < 0 ? padding + s.AsString() : s.AsString() + padding);
  });
  AddBuiltin(f, "join", "<a<s>s?:s>", 2, [](NativeCall& c) -> Value {
    Value strs = Arg(c, 0);
    if (strs.IsUndefined()) return Value();
    std::string sep = Arg(c, 1).IsString() ? Arg(c, 1).AsString() : "";
    size_t total = 0;
    for (size_t i = 0, n = strs.Size(); i < n; ++i) {
      total += strs.At(i).AsString().size() + (i > 0 ? sep.size() : 0);
    }
    if (!c.evaluator.ChargeString(total)) return Value();
    std::string out;
    out.reserve(total);
    for (size_t i = 0, n = strs.Size(); i < n; ++i) {
      if (i > 0) out += sep;
      out += strs.At(i).AsString();
    }
    return Str(std::move(out));
  });
  AddBuiltin(f, "base64encode", "<s-:s>", 1, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0);
    if (s.IsUndefined()) return Value();
    if (!c.evaluator.ChargeString(s.AsString().size() / 3 * 4 + 4)) return Value();
    return Str(Base64Encode(s.AsString()));
  });
  AddBuiltin(f, "base64decode", "<s-:s>", 1, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0);
    if (s.IsUndefined()) return Value();
    return Str(Base64Decode(s.AsString()));
  });
  AddBuiltin(f, "encodeUrlComponent", "<s-:s>", 1, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0);
    if (s.IsUndefined()) return Value();
    if (!c.evaluator.ChargeString(s.AsString().size() * 3)) return Value();
    return Str(UriEncode(s.AsString(), ""));
  });
  AddBuiltin(f, "encodeUrl", "<s-:s>", 1, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0);
    if (s.IsUndefined()) return Value();
    if (!c.evaluator.ChargeString(s.AsString().size() * 3)) return Value();
    return Str(UriEncode(s.AsString(), ";,/?:@&=+$#"));
  });
  for (bool component : {true, false}) {
    std::string name = component ? "decodeUrlComponent" : "decodeUrl";
    AddBuiltin(f, name, "<s-:s>", 1, [component, name](NativeCall& c) -> Value {
      Value s = Arg(c, 0);
      if (s.IsUndefined()) return Value();
      std::string out;
      if (!UriDecode(s.AsString(), component ? "" : ";,/?:@&=+$#", &out)) {
        return FailWith(c, MakeCustomError("D3140", "Malformed URL passed to $" + name +
                                                        "(): " + FormatForMessage(s)));
      }
      return Str(out);
    });
  }
}

}  // namespace asl::jsonata
