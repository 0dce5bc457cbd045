#include "core/path/regex.h"

#include <memory>
#include <optional>
#include <utility>

namespace asl::path {
namespace {

using Op = Regex::Instruction::Op;
using Ranges = std::vector<std::pair<char32_t, char32_t>>;

constexpr size_t kMaxProgram = 20000;
constexpr int kMaxNesting = 64;
constexpr int kMaxRepeat = 1000;

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

char32_t Lower(char32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

struct Node {
  enum class Kind : uint8_t { kChar, kAny, kClass, kBegin, kEnd, kConcat, kAlt, kRepeat };
  Kind kind = Kind::kConcat;
  char32_t c = 0;
  Ranges ranges;
  bool negated = false;
  int min = 0;
  int max = -1;  // -1: unbounded.
  std::vector<Node> children;
};

// Recursive descent over the pattern's code points.
class PatternParser {
 public:
  explicit PatternParser(std::vector<char32_t> pattern) : p_(std::move(pattern)) {}

  std::optional<Node> Parse() {
    Node node;
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

  bool ParseAlt(Node& out, int depth) {
    if (depth > kMaxNesting) return Fail("groups nested too deeply");
    Node first;
    if (!ParseConcat(first, depth)) return false;
    if (!More() || p_[pos_] != '|') {
      out = std::move(first);
      return true;
    }
    out.kind = Node::Kind::kAlt;
    out.children.push_back(std::move(first));
    while (More() && p_[pos_] == '|') {
      ++pos_;
      Node next;
      if (!ParseConcat(next, depth)) return false;
      out.children.push_back(std::move(next));
    }
    return true;
  }

  bool ParseConcat(Node& out, int depth) {
    out.kind = Node::Kind::kConcat;
    while (More() && p_[pos_] != '|' && p_[pos_] != ')') {
      Node atom;
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

  bool ParseQuantifier(Node& atom) {
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
    Node repeat;
    repeat.kind = Node::Kind::kRepeat;
    repeat.min = min;
    repeat.max = max;
    repeat.children.push_back(std::move(atom));
    atom = std::move(repeat);
    return true;
  }

  // Class escapes \d \w \s (and negations) as ranges.
  static bool ClassEscape(char32_t c, Ranges& ranges, bool& negated) {
    negated = c == 'D' || c == 'W' || c == 'S';
    switch (Lower(c)) {
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

  bool ParseAtom(Node& out, int depth) {
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
        out.kind = Node::Kind::kAny;
        return true;
      case '^':
        out.kind = Node::Kind::kBegin;
        return true;
      case '$':
        out.kind = Node::Kind::kEnd;
        return true;
      case '*':
      case '+':
      case '?':
      case '{':
        return Fail("a quantifier with nothing to repeat");
      case '\\': {
        if (More() && ClassEscape(p_[pos_], out.ranges, out.negated)) {
          ++pos_;
          out.kind = Node::Kind::kClass;
          return true;
        }
        out.kind = Node::Kind::kChar;
        return EscapedLiteral(out.c);
      }
      default:
        out.kind = Node::Kind::kChar;
        out.c = c;
        return true;
    }
  }

  bool ParseClass(Node& out) {
    out.kind = Node::Kind::kClass;
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

class Compiler {
 public:
  Compiler(std::vector<Regex::Instruction>& program, bool dot_all)
      : program_(program), dot_all_(dot_all) {}

  bool Emit(const Node& node) {
    if (program_.size() > kMaxProgram) return false;
    switch (node.kind) {
      case Node::Kind::kChar:
        Add(Op::kChar).c = node.c;
        return true;
      case Node::Kind::kAny:
        Add(Op::kAny).dot_all = dot_all_;
        return true;
      case Node::Kind::kClass: {
        Regex::Instruction& in = Add(Op::kClass);
        in.ranges = node.ranges;
        in.negated = node.negated;
        return true;
      }
      case Node::Kind::kBegin:
        Add(Op::kBegin);
        return true;
      case Node::Kind::kEnd:
        Add(Op::kEnd);
        return true;
      case Node::Kind::kConcat:
        for (const Node& child : node.children) {
          if (!Emit(child)) return false;
        }
        return true;
      case Node::Kind::kAlt:
        return EmitAlt(node, 0);
      case Node::Kind::kRepeat:
        return EmitRepeat(node);
    }
    return false;
  }

 private:
  Regex::Instruction& Add(Op op) {
    program_.emplace_back();
    program_.back().op = op;
    return program_.back();
  }
  int Here() const { return static_cast<int>(program_.size()); }

  bool EmitAlt(const Node& node, size_t index) {
    if (index + 1 == node.children.size()) return Emit(node.children[index]);
    int split = Here();
    Add(Op::kSplit).x = split + 1;
    if (!Emit(node.children[index])) return false;
    int jump = Here();
    Add(Op::kJump);
    program_[split].y = Here();
    if (!EmitAlt(node, index + 1)) return false;
    program_[jump].x = Here();
    return true;
  }

  bool EmitRepeat(const Node& node) {
    const Node& body = node.children[0];
    for (int i = 0; i < node.min; ++i) {
      if (!Emit(body)) return false;
    }
    if (node.max == -1) {
      int split = Here();
      Add(Op::kSplit).x = split + 1;
      if (!Emit(body)) return false;
      Add(Op::kJump).x = split;
      program_[split].y = Here();
      return true;
    }
    for (int i = node.min; i < node.max; ++i) {
      int split = Here();
      Add(Op::kSplit).x = split + 1;
      if (!Emit(body)) return false;
      program_[split].y = Here();
    }
    return true;
  }

  std::vector<Regex::Instruction>& program_;
  bool dot_all_;
};

bool InClass(const Regex::Instruction& in, char32_t c, bool ignore_case) {
  bool found = false;
  for (const auto& [lo, hi] : in.ranges) {
    if ((c >= lo && c <= hi) ||
        (ignore_case && ((Lower(c) >= Lower(lo) && Lower(c) <= Lower(hi)) ||
                         (c >= 'a' && c <= 'z' && c - 32 >= lo && c - 32 <= hi)))) {
      found = true;
      break;
    }
  }
  return found != in.negated;
}

}  // namespace

std::variant<Regex, std::string> Regex::Compile(std::string_view pattern, std::string_view flags) {
  Regex regex;
  bool dot_all = false;
  for (char f : flags) {
    if (f == 'i') {
      regex.ignore_case_ = true;
    } else if (f == 's') {
      dot_all = true;
    } else if (f != 'm' && f != 'u' && f != 'x') {
      return "The regular expression flag '" + std::string(1, f) +
             "' is not supported; use i or s.";
    }
  }
  PatternParser parser(DecodeUtf8(pattern));
  auto ast = parser.Parse();
  if (!ast) return parser.error();
  Compiler compiler(regex.program_, dot_all);
  if (!compiler.Emit(*ast) || regex.program_.size() > kMaxProgram) {
    return std::string("The regular expression is too large; simplify its repetitions.");
  }
  regex.program_.emplace_back();  // kMatch
  return regex;
}

bool Regex::FullMatch(std::string_view text) const {
  std::vector<char32_t> input = DecodeUtf8(text);
  size_t n = program_.size();
  std::vector<int> current, next, stack;
  std::vector<size_t> mark(n, SIZE_MAX);
  size_t generation = 0;
  auto add = [&](std::vector<int>& list, int start, size_t pos) {
    stack.push_back(start);
    while (!stack.empty()) {
      int pc = stack.back();
      stack.pop_back();
      if (mark[pc] == generation) continue;
      mark[pc] = generation;
      const Instruction& in = program_[pc];
      switch (in.op) {
        case Op::kJump:
          stack.push_back(in.x);
          break;
        case Op::kSplit:
          stack.push_back(in.y);
          stack.push_back(in.x);
          break;
        case Op::kBegin:
          if (pos == 0) stack.push_back(pc + 1);
          break;
        case Op::kEnd:
          if (pos == input.size()) stack.push_back(pc + 1);
          break;
        default:
          list.push_back(pc);
      }
    }
  };
  add(current, 0, 0);
  for (size_t pos = 0; pos < input.size() && !current.empty(); ++pos) {
    ++generation;
    next.clear();
    char32_t c = input[pos];
    for (int pc : current) {
      const Instruction& in = program_[pc];
      bool step = false;
      switch (in.op) {
        case Op::kChar:
          step = c == in.c || (ignore_case_ && Lower(c) == Lower(in.c));
          break;
        case Op::kAny:
          step = in.dot_all || c != '\n';
          break;
        case Op::kClass:
          step = InClass(in, c, ignore_case_);
          break;
        default:
          break;
      }
      if (step) add(next, pc + 1, pos + 1);
    }
    std::swap(current, next);
  }
  for (int pc : current) {
    if (program_[pc].op == Op::kMatch) return true;
  }
  return false;
}

}  // namespace asl::path
