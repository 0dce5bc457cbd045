// Parses ECMAScript pattern syntax into a tree and compiles it to the backtracking
// program that regex.cc runs.
#include <memory>

#include "core/jsonata/regex_program.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace regex_internal {
namespace {

// Pattern AST.
struct RNode {
  enum Kind {
    kChar,
    kAny,
    kClass,
    kGroup,
    kAlt,
    kSeq,
    kRepeat,
    kBol,
    kEol,
    kWordB,
    kNotWordB,
    kBackref,
    kLook
  } kind;
  char32_t c = 0;
  int index = -1;  // class index, group number (-1 non-capturing), backref
  int min = 0, max = -1;
  bool greedy = true;
  bool negative = false, behind = false;
  std::vector<std::unique_ptr<RNode>> kids;
};
using RNodePtr = std::unique_ptr<RNode>;

class PatternParser {
 public:
  PatternParser(std::u32string p, Regex::Program* prog) : p_(std::move(p)), prog_(prog) {}

  RNodePtr Run(std::string* error) {
    RNodePtr n = Alternation(0);
    if (error_.empty() && pos_ < p_.size()) error_ = "Unmatched ')'";
    *error = error_;
    return n;
  }

 private:
  bool More() const { return pos_ < p_.size(); }
  char32_t Peek() const { return pos_ < p_.size() ? p_[pos_] : 0; }

  RNodePtr Make(RNode::Kind k) {
    auto n = std::make_unique<RNode>();
    n->kind = k;
    return n;
  }

  RNodePtr Alternation(int depth) {
    if (depth > kMaxNesting) {
      error_ = "Regular expression too deeply nested";
      return Make(RNode::kSeq);
    }
    RNodePtr first = Sequence(depth);
    if (Peek() != '|') return first;
    RNodePtr alt = Make(RNode::kAlt);
    alt->kids.push_back(std::move(first));
    while (error_.empty() && Peek() == '|') {
      ++pos_;
      alt->kids.push_back(Sequence(depth));
    }
    return alt;
  }

  RNodePtr Sequence(int depth) {
    RNodePtr seq = Make(RNode::kSeq);
    while (error_.empty() && More() && Peek() != '|' && Peek() != ')') {
      RNodePtr atom = Atom(depth);
      if (!error_.empty() || !atom) break;
      atom = Quantifier(std::move(atom));
      seq->kids.push_back(std::move(atom));
    }
    return seq;
  }

  bool ReadInt(int* out) {
    size_t start = pos_;
    long v = 0;
    while (More() && Peek() >= '0' && Peek() <= '9') {
      v = std::min<long>(v * 10 + (Peek() - '0'), 100000L);
      ++pos_;
    }
    *out = static_cast<int>(v);
    return pos_ > start;
  }

  RNodePtr Quantifier(RNodePtr atom) {
    int min = -1, max = -1;
    char32_t q = Peek();
    if (q == '*') {
      min = 0;
      ++pos_;
    } else if (q == '+') {
      min = 1;
      ++pos_;
    } else if (q == '?') {
      min = 0;
      max = 1;
      ++pos_;
    } else if (q == '{') {
      size_t save = pos_;
      ++pos_;
      int a = 0, b = -1;
      if (ReadInt(&a)) {
        if (Peek() == ',') {
          ++pos_;
          if (!ReadInt(&b)) b = -1;
        } else {
          b = a;
        }
        if (Peek() == '}') {
          ++pos_;
          min = a;
          max = b;
        } else {
          pos_ = save;
        }
      } else {
        pos_ = save;
      }
      if (min < 0) return atom;
    } else {
      return atom;
    }
    if (atom->kind == RNode::kBol || atom->kind == RNode::kEol || atom->kind == RNode::kLook) {
      error_ = "Nothing to repeat";
      return atom;
    }
    RNodePtr rep = Make(RNode::kRepeat);
    rep->min = min;
    rep->max = max;
    if (max >= 0 && max < min) error_ = "numbers out of order in {} quantifier";
    if (Peek() == '?') {
      rep->greedy = false;
      ++pos_;
    }
    rep->kids.push_back(std::move(atom));
    return rep;
  }

  int Hex(char32_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // After a backslash: a literal character escape; returns false for class escapes.
  bool CharEscape(char32_t* out, bool in_class) {
    char32_t e = Peek();
    ++pos_;
    switch (e) {
      case 'n':
        *out = '\n';
        return true;
      case 'r':
        *out = '\r';
        return true;
      case 't':
        *out = '\t';
        return true;
      case 'v':
        *out = 0x0B;
        return true;
      case 'f':
        *out = '\f';
        return true;
      case '0':
        *out = 0;
        return true;
      case 'b':
        if (in_class) {
          *out = 8;
          return true;
        }
        break;
      case 'c':
        if (More() && ((Peek() >= 'a' && Peek() <= 'z') || (Peek() >= 'A' && Peek() <= 'Z'))) {
          *out = Peek() % 32;
          ++pos_;
          return true;
        }
        *out = '\\';
        --pos_;
        return true;
      case 'x':
        if (pos_ + 1 < p_.size() && Hex(p_[pos_]) >= 0 && Hex(p_[pos_ + 1]) >= 0) {
          *out = Hex(p_[pos_]) * 16 + Hex(p_[pos_ + 1]);
          pos_ += 2;
          return true;
        }
        *out = 'x';
        return true;
      case 'u':
        if (pos_ + 3 < p_.size() && Hex(p_[pos_]) >= 0 && Hex(p_[pos_ + 1]) >= 0 &&
            Hex(p_[pos_ + 2]) >= 0 && Hex(p_[pos_ + 3]) >= 0) {
          *out = (Hex(p_[pos_]) << 12) | (Hex(p_[pos_ + 1]) << 8) | (Hex(p_[pos_ + 2]) << 4) |
                 Hex(p_[pos_ + 3]);
          pos_ += 4;
          return true;
        }
        *out = 'u';
        return true;
      default:
        break;
    }
    *out = e;
    return true;
  }

  RNodePtr ClassAtom() {
    ++pos_;  // '['
    CharClass cls;
    if (Peek() == '^') {
      cls.negate = true;
      ++pos_;
    }
    bool first = true;
    while (More() && (Peek() != ']' || false)) {
      (void)first;
      first = false;
      char32_t lo = 0;
      bool is_escape_class = false;
      if (Peek() == '\\') {
        ++pos_;
        char32_t e = Peek();
        if (e == 'd' || e == 'w' || e == 's' || e == 'D' || e == 'W' || e == 'S') {
          cls.escapes.emplace_back(static_cast<char>(e | 0x20), e < 'a');
          ++pos_;
          is_escape_class = true;
        } else {
          CharEscape(&lo, true);
        }
      } else {
        lo = Peek();
        ++pos_;
      }
      if (is_escape_class) continue;
      if (Peek() == '-' && pos_ + 1 < p_.size() && p_[pos_ + 1] != ']') {
        ++pos_;
        char32_t hi = 0;
        if (Peek() == '\\') {
          ++pos_;
          char32_t e = Peek();
          if (e == 'd' || e == 'w' || e == 's' || e == 'D' || e == 'W' || e == 'S') {
            cls.ranges.emplace_back(lo, lo);
            cls.ranges.emplace_back('-', '-');
            cls.escapes.emplace_back(static_cast<char>(e | 0x20), e < 'a');
            ++pos_;
            continue;
          }
          CharEscape(&hi, true);
        } else {
          hi = Peek();
          ++pos_;
        }
        if (hi < lo) {
          error_ = "Range out of order in character class";
          return nullptr;
        }
        cls.ranges.emplace_back(lo, hi);
      } else {
        cls.ranges.emplace_back(lo, lo);
      }
    }
    if (!More()) {
      error_ = "Unterminated character class";
      return nullptr;
    }
    ++pos_;  // ']'
    RNodePtr n = Make(RNode::kClass);
    n->index = static_cast<int>(prog_->classes.size());
    prog_->classes.push_back(std::move(cls));
    return n;
  }

  RNodePtr EscapeClass(char kind, bool neg) {
    CharClass cls;
    cls.escapes.emplace_back(kind, neg);
    RNodePtr n = Make(RNode::kClass);
    n->index = static_cast<int>(prog_->classes.size());
    prog_->classes.push_back(std::move(cls));
    return n;
  }

  RNodePtr Atom(int depth) {
    char32_t c = Peek();
    switch (c) {
      case '^':
        ++pos_;
        return Make(RNode::kBol);
      case '$':
        ++pos_;
        return Make(RNode::kEol);
      case '.':
        ++pos_;
        return Make(RNode::kAny);
      case '[':
        return ClassAtom();
      case '(': {
        ++pos_;
        RNodePtr n;
        if (Peek() == '?') {
          ++pos_;
          char32_t k = Peek();
          if (k == ':') {
            ++pos_;
            n = Make(RNode::kGroup);
          } else if (k == '=' || k == '!') {
            ++pos_;
            n = Make(RNode::kLook);
            n->negative = k == '!';
          } else if (k == '<' && pos_ + 1 < p_.size() &&
                     (p_[pos_ + 1] == '=' || p_[pos_ + 1] == '!')) {
            n = Make(RNode::kLook);
            n->behind = true;
            n->negative = p_[pos_ + 1] == '!';
            pos_ += 2;
          } else if (k == '<') {
            while (More() && Peek() != '>') ++pos_;
            ++pos_;
            n = Make(RNode::kGroup);
            n->index = ++prog_->groups;
          } else {
            error_ = "Invalid group";
            return nullptr;
          }
        } else {
          n = Make(RNode::kGroup);
          n->index = ++prog_->groups;
        }
        n->kids.push_back(Alternation(depth + 1));
        if (Peek() != ')') {
          if (error_.empty()) error_ = "Unterminated group";
          return nullptr;
        }
        ++pos_;
        return n;
      }
      case ')':
        error_ = "Unmatched ')'";
        return nullptr;
      case '*':
      case '+':
      case '?':
        error_ = "Nothing to repeat";
        return nullptr;
      case '\\': {
        ++pos_;
        if (!More()) {
          error_ = "\\ at end of pattern";
          return nullptr;
        }
        char32_t e = Peek();
        switch (e) {
          case 'd':
          case 'w':
          case 's':
            ++pos_;
            return EscapeClass(static_cast<char>(e), false);
          case 'D':
          case 'W':
          case 'S':
            ++pos_;
            return EscapeClass(static_cast<char>(e | 0x20), true);
          case 'b':
            ++pos_;
            return Make(RNode::kWordB);
          case 'B':
            ++pos_;
            return Make(RNode::kNotWordB);
          default:
            break;
        }
        if (e >= '1' && e <= '9') {
          int n = 0;
          ReadInt(&n);
          RNodePtr b = Make(RNode::kBackref);
          b->index = n;
          return b;
        }
        RNodePtr n = Make(RNode::kChar);
        CharEscape(&n->c, false);
        return n;
      }
      default: {
        ++pos_;
        RNodePtr n = Make(RNode::kChar);
        n->c = c;
        return n;
      }
    }
  }

  std::u32string p_;
  Regex::Program* prog_;
  size_t pos_ = 0;
  std::string error_;
};

class Compiler {
 public:
  explicit Compiler(Regex::Program* prog) : prog_(prog) {}

  bool Emit(const RNode& n, int depth = 0) {
    if (prog_->code.size() > kMaxProgram || depth > 4 * kMaxNesting) return false;
    auto& code = prog_->code;
    switch (n.kind) {
      case RNode::kChar:
        code.push_back({Op::kChar, n.c});
        return true;
      case RNode::kAny:
        code.push_back({Op::kAny});
        return true;
      case RNode::kClass:
        code.push_back({Op::kClass, 0, n.index});
        return true;
      case RNode::kBol:
        code.push_back({Op::kBol});
        return true;
      case RNode::kEol:
        code.push_back({Op::kEol});
        return true;
      case RNode::kWordB:
        code.push_back({Op::kWordB});
        return true;
      case RNode::kNotWordB:
        code.push_back({Op::kNotWordB});
        return true;
      case RNode::kBackref:
        code.push_back({Op::kBackref, 0, n.index});
        return true;
      case RNode::kSeq:
        for (const auto& k : n.kids) {
          if (!Emit(*k, depth + 1)) return false;
        }
        return true;
      case RNode::kGroup:
        if (n.index >= 0) code.push_back({Op::kSave, 0, 2 * n.index});
        if (!Emit(*n.kids[0], depth + 1)) return false;
        if (n.index >= 0) code.push_back({Op::kSave, 0, 2 * n.index + 1});
        return true;
      case RNode::kAlt: {
        std::vector<size_t> jumps;
        for (size_t i = 0; i < n.kids.size(); ++i) {
          if (i + 1 < n.kids.size()) {
            size_t split = code.size();
            code.push_back({Op::kSplit});
            code[split].x = static_cast<int>(code.size());
            if (!Emit(*n.kids[i], depth + 1)) return false;
            jumps.push_back(code.size());
            code.push_back({Op::kJmp});
            prog_->code[split].y = static_cast<int>(code.size());
          } else {
            if (!Emit(*n.kids[i], depth + 1)) return false;
          }
        }
        for (size_t j : jumps) code[j].x = static_cast<int>(code.size());
        return true;
      }
      case RNode::kLook: {
        size_t look = code.size();
        code.push_back({Op::kLook});
        code[look].flag = n.negative;
        code[look].behind = n.behind;
        if (!Emit(*n.kids[0], depth + 1)) return false;
        code.push_back({Op::kLookEnd});
        code[look].y = static_cast<int>(code.size());
        return true;
      }
      case RNode::kRepeat: {
        const RNode& body = *n.kids[0];
        const int min = std::min(n.min, 1000);
        for (int i = 0; i < min; ++i) {
          if (!Emit(body, depth + 1)) return false;
        }
        if (n.max == -1) {
          // L: split body, exit; setreg r; body; check r; jmp L
          int reg = prog_->registers++;
          size_t loop = code.size();
          code.push_back({Op::kSplit});
          size_t body_start = code.size();
          code.push_back({Op::kSetReg, 0, reg});
          if (!Emit(body, depth + 1)) return false;
          code.push_back({Op::kCheckProgress, 0, reg});
          code.push_back({Op::kJmp, 0, static_cast<int>(loop)});
          size_t exit = code.size();
          code[loop].x = static_cast<int>(n.greedy ? body_start : exit);
          code[loop].y = static_cast<int>(n.greedy ? exit : body_start);
          return true;
        }
        const int optional = std::min(n.max, 1000) - min;
        std::vector<size_t> splits;
        for (int i = 0; i < optional; ++i) {
          size_t split = code.size();
          code.push_back({Op::kSplit});
          splits.push_back(split);
          code[split].x = static_cast<int>(code.size());
          if (!Emit(body, depth + 1)) return false;
        }
        size_t exit = code.size();
        for (size_t s : splits) {
          int body_start = code[s].x;
          code[s].x = static_cast<int>(n.greedy ? body_start : exit);
          code[s].y = static_cast<int>(n.greedy ? exit : body_start);
        }
        return true;
      }
    }
    return true;
  }

 private:
  Regex::Program* prog_;
};

}  // namespace

std::string CompilePattern(std::string_view pattern, Regex::Program* prog) {
  std::string error;
  PatternParser parser(ToCodePoints(pattern), prog);
  RNodePtr root = parser.Run(&error);
  if (!error.empty()) return "Invalid regular expression: /" + std::string(pattern) + "/: " + error;
  Compiler compiler(prog);
  if (!compiler.Emit(*root)) return "Regular expression too large";
  prog->code.push_back({Op::kMatch});
  return "";
}

}  // namespace regex_internal
}  // namespace asl::jsonata
