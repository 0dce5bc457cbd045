#include "core/path/regex_pattern.h"

namespace asl::path::internal {
namespace {

constexpr int kMaxNesting = 64;

// Recursive descent over the pattern's code points.
class PatternParser {
 public:
  explicit PatternParser(std::vector<char32_t> pattern) : p_(std::move(pattern)) {}

  std::optional<RegexNode> Parse() {
    RegexNode node;
    if (!ParseAlt(node, 0)) return std::nullopt;
    if (pos_ < p_.size()) return Error("an unmatched ')'");
    return node;
  }
  const std::string& error() const { return error_; }

 private:
  std::nullopt_t Error(std::string what) {
    if (error_.empty()) error_ = "The regular expression has " + std::move(what) + ".";
    return std::nullopt;
  }
  bool Fail(std::string what) {
    Error(std::move(what));
    return false;
  }
  bool More() const { return pos_ < p_.size(); }

  bool ParseAlt(RegexNode& out, int depth) {
    if (depth > kMaxNesting) return Fail("groups nested too deeply");
    RegexNode first;
    if (!ParseConcat(first, depth)) return false;
    if (!More() || p_[pos_] != '|') {
      out = std::move(first);
      return true;
    }
    out.kind = RegexNode::Kind::kAlt;
    out.children.push_back(std::move(first));
    while (More() && p_[pos_] == '|') {
      ++pos_;
      RegexNode next;
      if (!ParseConcat(next, depth)) return false;
      out.children.push_back(std::move(next));
    }
    return true;
  }

  bool ParseConcat(RegexNode& out, int depth) {
    out.kind = RegexNode::Kind::kConcat;
    while (More() && p_[pos_] != '|' && p_[pos_] != ')') {
      RegexNode atom;
      if (!ParseAtom(atom, depth)) return false;
      if (!ParseQuantifier(atom)) return false;
      out.children.push_back(std::move(atom));
    }
    return true;
  }

  bool ReadNumber(int& out) {
    size_t start = pos_;
    out = 0;
    while (More() && p_[pos_] >= '0' && p_[pos_] <= '9') {
      out = out * 10 + static_cast<int>(p_[pos_++] - '0');
      if (out > kMaxRepeat) return Fail("a repetition count above 1000");
    }
    return pos_ > start || Fail("a malformed {m,n} repetition");
  }

  bool ParseQuantifier(RegexNode& atom) {
    if (!More()) return true;
    int min = 0, max = -1;
    char32_t c = p_[pos_];
    if (c == '*') {
      ++pos_;
    } else if (c == '+') {
      min = 1;
      ++pos_;
    } else if (c == '?') {
      max = 1;
      ++pos_;
    } else if (c == '{') {
      ++pos_;
      if (!ReadNumber(min)) return false;
      max = min;
      if (More() && p_[pos_] == ',') {
        ++pos_;
        max = -1;
        if (More() && p_[pos_] != '}' && !ReadNumber(max)) return false;
      }
      if (!More() || p_[pos_] != '}') return Fail("a malformed {m,n} repetition");
      ++pos_;
      if (max != -1 && max < min) return Fail("a repetition {m,n} with n below m");
    } else {
      return true;
    }
    if (More() && (p_[pos_] == '?' || p_[pos_] == '+')) ++pos_;  // Lazy/possessive: same set.
    if (More() && (p_[pos_] == '*' || p_[pos_] == '+' || p_[pos_] == '{')) {
      return Fail("a quantifier that follows another");
    }
    RegexNode repeat;
    repeat.kind = RegexNode::Kind::kRepeat;
    repeat.min = min;
    repeat.max = max;
    repeat.children.push_back(std::move(atom));
    atom = std::move(repeat);
    return true;
  }

  // Class escapes \d \w \s (and negations) as ranges.
  static bool ClassEscape(char32_t c, Ranges& ranges, bool& negated) {
    negated = c == 'D' || c == 'W' || c == 'S';
    switch (AsciiLower(c)) {
      case 'd':
        ranges = {{'0', '9'}};
        return true;
      case 'w':
        ranges = {{'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {'_', '_'}};
        return true;
      case 's':
        ranges = {{' ', ' '}, {'\t', '\r'}};
        return true;
      default:
        return false;
    }
  }

  bool EscapedLiteral(char32_t& c) {
    if (!More()) return Fail("a trailing backslash");
    char32_t e = p_[pos_++];
    switch (e) {
      case 'n':
        c = '\n';
        return true;
      case 't':
        c = '\t';
        return true;
      case 'r':
        c = '\r';
        return true;
      case 'f':
        c = '\f';
        return true;
      default:
        if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
          return Fail(std::string("an unsupported escape \\") + static_cast<char>(e));
        }
        c = e;
        return true;
    }
  }

  bool ParseAtom(RegexNode& out, int depth) {
    char32_t c = p_[pos_++];
    switch (c) {
      case '(': {
        if (pos_ + 1 < p_.size() && p_[pos_] == '?') {
          if (p_[pos_ + 1] != ':') return Fail("a lookaround or named group, which is unsupported");
          pos_ += 2;
        }
        if (!ParseAlt(out, depth + 1)) return false;
        if (!More() || p_[pos_] != ')') return Fail("an unclosed '('");
        ++pos_;
        return true;
      }
      case '[':
        return ParseClass(out);
      case '.':
        out.kind = RegexNode::Kind::kAny;
        return true;
      case '^':
        out.kind = RegexNode::Kind::kBegin;
        return true;
      case '$':
        out.kind = RegexNode::Kind::kEnd;
        return true;
      case '*':
      case '+':
      case '?':
      case '{':
        return Fail("a quantifier with nothing to repeat");
      case '\\': {
        if (More() && ClassEscape(p_[pos_], out.ranges, out.negated)) {
          ++pos_;
          out.kind = RegexNode::Kind::kClass;
          return true;
        }
        out.kind = RegexNode::Kind::kChar;
        return EscapedLiteral(out.c);
      }
      default:
        out.kind = RegexNode::Kind::kChar;
        out.c = c;
        return true;
    }
  }

  bool ParseClass(RegexNode& out) {
    out.kind = RegexNode::Kind::kClass;
    if (More() && p_[pos_] == '^') {
      out.negated = true;
      ++pos_;
    }
    bool first = true;
    while (More() && (p_[pos_] != ']' || first)) {
      first = false;
      char32_t lo = p_[pos_++];
      if (lo == '\\') {
        Ranges escaped;
        bool negated = false;
        if (More() && ClassEscape(p_[pos_], escaped, negated)) {
          if (negated) return Fail("a negated class escape inside [...]");
          ++pos_;
          out.ranges.insert(out.ranges.end(), escaped.begin(), escaped.end());
          continue;
        }
        if (!EscapedLiteral(lo)) return false;
      }
      char32_t hi = lo;
      if (pos_ + 1 < p_.size() && p_[pos_] == '-' && p_[pos_ + 1] != ']') {
        hi = p_[pos_ + 1];
        pos_ += 2;
        if (hi == '\\' && !EscapedLiteral(hi)) return false;
        if (hi < lo) return Fail("a character range out of order");
      }
      out.ranges.push_back({lo, hi});
    }
    if (!More()) return Fail("an unclosed '['");
    ++pos_;
    return true;
  }

  std::vector<char32_t> p_;
  size_t pos_ = 0;
  std::string error_;
};

}  // namespace

std::vector<char32_t> DecodeUtf8(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && i + k < text.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::optional<RegexNode> ParseRegexPattern(std::vector<char32_t> pattern, std::string* error) {
  PatternParser parser(std::move(pattern));
  auto node = parser.Parse();
  if (!node) *error = parser.error();
  return node;
}

}  // namespace asl::path::internal
