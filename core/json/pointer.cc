#include "core/json/pointer.h"

#include <cstring>

namespace asl::json {

namespace {

// Appends `token` escaped ('~' -> "~0", '/' -> "~1").
void AppendEscaped(std::string& out, std::string_view token) {
  const size_t size = EscapedTokenSize(token);
  const size_t at = out.size();
  out.resize(at + size);
  WriteEscapedToken(out.data() + at, token, size);
}

// Appends `index` in decimal.
void AppendIndex(std::string& out, size_t index) {
  const size_t at = out.size();
  out.resize(at + IndexTokenSize(index));
  WriteIndexToken(out.data() + at, index);
}

// The decimal digits of `index`, least significant first, into `digits`; returns how many.
size_t ReversedDigits(size_t index, char (&digits)[24]) {
  size_t n = 0;
  do {
    digits[n++] = static_cast<char>('0' + index % 10);
    index /= 10;
  } while (index != 0);
  return n;
}

}  // namespace

std::string EscapePointerToken(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  AppendEscaped(out, token);
  return out;
}

std::string AppendPointer(std::string_view base, std::string_view token) {
  std::string out;
  out.reserve(base.size() + 1 + token.size());
  out += base;
  out += '/';
  AppendEscaped(out, token);
  return out;
}

std::string AppendPointer(std::string_view base, size_t index) {
  std::string out;
  out.reserve(base.size() + 1 + IndexTokenSize(index));
  out += base;
  out += '/';
  AppendIndex(out, index);
  return out;
}

std::string AppendPointer(std::string_view base, std::string_view key, std::string_view token) {
  std::string out;
  out.reserve(base.size() + 2 + key.size() + token.size());
  out += base;
  out += '/';
  AppendEscaped(out, key);
  out += '/';
  AppendEscaped(out, token);
  return out;
}

std::string AppendPointer(std::string_view base, std::string_view key, size_t index) {
  std::string out;
  out.reserve(base.size() + 2 + key.size() + IndexTokenSize(index));
  out += base;
  out += '/';
  AppendEscaped(out, key);
  out += '/';
  AppendIndex(out, index);
  return out;
}

size_t EscapedTokenSize(std::string_view token) {
  size_t size = token.size();
  for (char c : token) size += static_cast<size_t>((c == '~') | (c == '/'));
  return size;
}

char* WriteEscapedToken(char* out, std::string_view token, size_t escaped_size) {
  if (escaped_size == token.size()) {  // Nothing to escape: the usual case.
    if (!token.empty()) std::memcpy(out, token.data(), token.size());
    return out + token.size();
  }
  for (char c : token) {
    if (c == '~' || c == '/') {
      *out++ = '~';
      *out++ = c == '~' ? '0' : '1';
    } else {
      *out++ = c;
    }
  }
  return out;
}

size_t IndexTokenSize(size_t index) {
  size_t size = 1;
  while (index >= 10) {
    index /= 10;
    ++size;
  }
  return size;
}

char* WriteIndexToken(char* out, size_t index) {
  char digits[24];
  size_t n = ReversedDigits(index, digits);
  while (n > 0) *out++ = digits[--n];
  return out;
}

std::vector<std::string> SplitPointer(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  size_t pos = pointer[0] == '/' ? 1 : 0;
  while (true) {
    size_t slash = pointer.find('/', pos);
    std::string_view raw =
        pointer.substr(pos, slash == std::string_view::npos ? slash : slash - pos);
    std::string token;
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
        token += raw[i + 1] == '0' ? '~' : '/';
        ++i;
      } else {
        token += raw[i];
      }
    }
    tokens.push_back(std::move(token));
    if (slash == std::string_view::npos) break;
    pos = slash + 1;
  }
  return tokens;
}

std::string_view ParentPointer(std::string_view pointer) {
  size_t slash = pointer.rfind('/');
  if (slash == std::string_view::npos) return "";
  return pointer.substr(0, slash);
}

}  // namespace asl::json
