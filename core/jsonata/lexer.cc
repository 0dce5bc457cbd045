#include "core/jsonata/lexer.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "core/json/utf8.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v'; }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Length of a JSON-style number at the start of s (-?(0|[1-9][0-9]*)(\.[0-9]+)?([Ee][-+]?[0-9]+)?).
size_t NumberLength(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  if (i >= s.size() || !isdigit(static_cast<unsigned char>(s[i]))) return 0;
  if (s[i] == '0') {
    ++i;
  } else {
    while (i < s.size() && isdigit(static_cast<unsigned char>(s[i]))) ++i;
  }
  if (i + 1 < s.size() && s[i] == '.' && isdigit(static_cast<unsigned char>(s[i + 1]))) {
    ++i;
    while (i < s.size() && isdigit(static_cast<unsigned char>(s[i]))) ++i;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    if (j < s.size() && isdigit(static_cast<unsigned char>(s[j]))) {
      while (j < s.size() && isdigit(static_cast<unsigned char>(s[j]))) ++j;
      i = j;
    }
  }
  return i;
}

}  // namespace

bool IsOperatorChar(char c) {
  switch (c) {
    case '.':
    case '[':
    case ']':
    case '{':
    case '}':
    case '(':
    case ')':
    case ',':
    case '@':
    case '#':
    case ';':
    case ':':
    case '?':
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
    case '|':
    case '=':
    case '<':
    case '>':
    case '^':
    case '&':
    case '!':
    case '~':
      return true;
    default:
      return false;
  }
}

Token Lexer::Make(TokenType type, std::string value) const {
  Token t;
  t.type = type;
  t.value = std::move(value);
  t.position = static_cast<int>(pos_);
  return t;
}

std::optional<Token> Lexer::ScanRegex(Error* error) {
  const size_t start = pos_;
  int depth = 0;
  while (pos_ < src_.size()) {
    char c = src_[pos_];
    if (c == '/' && depth == 0) {
      size_t backslashes = 0;
      while (pos_ >= backslashes + 1 && src_[pos_ - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) {
        std::string pattern(src_.substr(start, pos_ - start));
        if (pattern.empty()) {
          *error = MakeError("S0301", static_cast<int>(pos_));
          return std::nullopt;
        }
        ++pos_;
        size_t flag_start = pos_;
        while (pos_ < src_.size() && (src_[pos_] == 'i' || src_[pos_] == 'm')) ++pos_;
        Token t = Make(TokenType::kRegex, pattern);
        t.flags = std::string(src_.substr(flag_start, pos_ - flag_start));
        return t;
      }
    }
    bool escaped = pos_ > 0 && src_[pos_ - 1] == '\\';
    if ((c == '(' || c == '[' || c == '{') && !escaped) ++depth;
    if ((c == ')' || c == ']' || c == '}') && !escaped) --depth;
    ++pos_;
  }
  *error = MakeError("S0302", static_cast<int>(pos_));
  return std::nullopt;
}

std::optional<Token> Lexer::Next(bool infix, Error* error) {
  for (;;) {
    while (pos_ < src_.size() && IsSpace(src_[pos_])) ++pos_;
    if (pos_ + 1 < src_.size() && src_[pos_] == '/' && src_[pos_ + 1] == '*') {
      size_t comment_start = pos_;
      size_t end = src_.find("*/", pos_ + 2);
      if (end == std::string_view::npos) {
        *error = MakeError("S0106", static_cast<int>(comment_start));
        return std::nullopt;
      }
      pos_ = end + 2;
      continue;
    }
    break;
  }
  if (pos_ >= src_.size()) return Make(TokenType::kEnd, "");
  const char c = src_[pos_];
  if (!infix && c == '/') {
    ++pos_;
    return ScanRegex(error);
  }
  auto next = [&](char n) { return pos_ + 1 < src_.size() && src_[pos_ + 1] == n; };
  static constexpr std::pair<char, char> kDouble[] = {{'.', '.'}, {':', '='}, {'!', '='},
                                                      {'>', '='}, {'<', '='}, {'*', '*'},
                                                      {'~', '>'}, {'?', '?'}, {'?', ':'}};
  for (auto [a, b] : kDouble) {
    if (c == a && next(b)) {
      pos_ += 2;
      return Make(TokenType::kOperator, std::string{a, b});
    }
  }
  if (IsOperatorChar(c)) {
    ++pos_;
    return Make(TokenType::kOperator, std::string(1, c));
  }
  if (c == '"' || c == '\'') {
    const char quote = c;
    ++pos_;
    std::string text;
    while (pos_ < src_.size()) {
      char ch = src_[pos_];
      if (ch == '\\') {
        ++pos_;
        ch = pos_ < src_.size() ? src_[pos_] : '\0';
        switch (ch) {
          case '"':
            text += '"';
            break;
          case '\\':
            text += '\\';
            break;
          case '/':
            text += '/';
            break;
          case 'b':
            text += '\b';
            break;
          case 'f':
            text += '\f';
            break;
          case 'n':
            text += '\n';
            break;
          case 'r':
            text += '\r';
            break;
          case 't':
            text += '\t';
            break;
          case 'u': {
            uint32_t cp = 0;
            bool ok = true;
            for (int k = 1; ok && k <= 4; ++k) {
              if (pos_ + k >= src_.size()) {
                ok = false;
                break;
              }
              int h = HexValue(src_[pos_ + k]);
              if (h < 0)
                ok = false;
              else
                cp = cp * 16 + h;
            }
            if (!ok) {
              *error = MakeError("S0104", static_cast<int>(pos_));
              return std::nullopt;
            }
            pos_ += 4;
            // Combine a UTF-16 surrogate pair written as two escapes.
            if (cp >= 0xD800 && cp <= 0xDBFF && pos_ + 6 < src_.size() && src_[pos_ + 1] == '\\' &&
                src_[pos_ + 2] == 'u') {
              uint32_t lo = 0;
              bool lok = true;
              for (int k = 3; k <= 6; ++k) {
                int h = HexValue(src_[pos_ + k]);
                if (h < 0)
                  lok = false;
                else
                  lo = lo * 16 + h;
              }
              if (lok && lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                pos_ += 6;
              }
            }
            json::AppendUtf8(text, cp);
            break;
          }
          default: {
            Error e = MakeError("S0103", static_cast<int>(pos_), json::CharacterAt(src_, pos_));
            *error = e;
            return std::nullopt;
          }
        }
      } else if (ch == quote) {
        ++pos_;
        Token t = Make(TokenType::kString, text);
        t.literal = json::Value(std::move(text));
        return t;
      } else {
        text += ch;
      }
      ++pos_;
    }
    *error = MakeError("S0101", static_cast<int>(pos_));
    return std::nullopt;
  }
  size_t num_len = NumberLength(src_.substr(pos_));
  if (num_len > 0) {
    std::string text(src_.substr(pos_, num_len));
    double d = std::strtod(text.c_str(), nullptr);
    if (!std::isfinite(d)) {
      *error = MakeError("S0102", static_cast<int>(pos_), text);
      return std::nullopt;
    }
    pos_ += num_len;
    Token t = Make(TokenType::kNumber, text);
    t.literal = json::Value(d);
    return t;
  }
  if (c == '`') {
    ++pos_;
    size_t end = src_.find('`', pos_);
    if (end != std::string_view::npos) {
      std::string name(src_.substr(pos_, end - pos_));
      pos_ = end + 1;
      return Make(TokenType::kName, name);
    }
    pos_ = src_.size();
    *error = MakeError("S0105", static_cast<int>(pos_));
    return std::nullopt;
  }
  size_t i = pos_;
  while (i < src_.size() && !IsSpace(src_[i]) && !IsOperatorChar(src_[i])) ++i;
  if (src_[pos_] == '$') {
    std::string name(src_.substr(pos_ + 1, i - pos_ - 1));
    pos_ = i;
    return Make(TokenType::kVariable, name);
  }
  std::string name(src_.substr(pos_, i - pos_));
  pos_ = i;
  if (name == "or" || name == "in" || name == "and") return Make(TokenType::kOperator, name);
  if (name == "true" || name == "false" || name == "null") {
    Token t = Make(TokenType::kValue, name);
    t.literal = name == "null" ? json::Value() : json::Value(name == "true");
    return t;
  }
  return Make(TokenType::kName, name);
}

}  // namespace asl::jsonata
