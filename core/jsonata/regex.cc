#include "core/jsonata/regex.h"

#include "core/jsonata/evaluator.h"
#include "core/jsonata/function.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

constexpr uint64_t kStepBudget = 20'000'000;
constexpr int kMaxNesting = 100;
constexpr size_t kMaxProgram = 100'000;

char32_t Fold(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x391 && c <= 0x3A9) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  return c;
}

bool IsWordChar(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool IsSpaceChar(char32_t c) {
  switch (c) {
    case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ': case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

bool IsLineTerminator(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

struct CharClass {
  std::vector<std::pair<char32_t, char32_t>> ranges;
  std::vector<std::pair<char, bool>> escapes;  // 'd' 'w' 's' with negation
  bool negate = false;

  bool Contains(char32_t c, bool icase) const {
    bool in = Test(c) || (icase && (Test(Fold(c)) || TestUpper(c)));
    return in != negate;
  }

 private:
  bool TestUpper(char32_t c) const {
    for (auto [lo, hi] : ranges) {
      for (char32_t u = lo; u <= hi && u - lo < 0x400; ++u) {
        if (Fold(u) == Fold(c)) return true;
      }
    }
    return false;
  }
  bool Test(char32_t c) const {
    for (auto [lo, hi] : ranges) {
      if (c >= lo && c <= hi) return true;
    }
    for (auto [kind, neg] : escapes) {
      bool m = kind == 'd' ? (c >= '0' && c <= '9') : kind == 'w' ? IsWordChar(c) : IsSpaceChar(c);
      if (m != neg) return true;
    }
    return false;
  }
};

enum class Op {
  kChar, kAny, kClass, kSplit, kJmp, kSave, kBol, kEol, kWordB, kNotWordB, kBackref,
  kLook, kLookEnd, kSetReg, kCheckProgress, kMatch
};

struct Inst {
  Op op;
  char32_t c = 0;
  int x = 0;        // target / slot / class index / group / register
  int y = 0;        // second target; for kLook: end pc
  bool flag = false;  // kLook: negative
  bool behind = false;
};

}  // namespace

struct Regex::Program {
  std::vector<Inst> code;
  std::vector<CharClass> classes;
  int groups = 0;
  int registers = 0;
  bool icase = false;
  bool multiline = false;
};

namespace {

// Pattern AST.
struct RNode {
  enum Kind { kChar, kAny, kClass, kGroup, kAlt, kSeq, kRepeat, kBol, kEol, kWordB, kNotWordB,
              kBackref, kLook } kind;
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
      v = std::min(v * 10 + (Peek() - '0'), 100000L);
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
      case 'n': *out = '\n'; return true;
      case 'r': *out = '\r'; return true;
      case 't': *out = '\t'; return true;
      case 'v': *out = 0x0B; return true;
      case 'f': *out = '\f'; return true;
      case '0': *out = 0; return true;
      case 'b': if (in_class) { *out = 8; return true; } break;
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
          } else if (k == '<' && pos_ + 1 < p_.size() && (p_[pos_ + 1] == '=' || p_[pos_ + 1] == '!')) {
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
      case '*': case '+': case '?':
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
          case 'd': case 'w': case 's':
            ++pos_;
            return EscapeClass(static_cast<char>(e), false);
          case 'D': case 'W': case 'S':
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
      case RNode::kChar: code.push_back({Op::kChar, n.c}); return true;
      case RNode::kAny: code.push_back({Op::kAny}); return true;
      case RNode::kClass: code.push_back({Op::kClass, 0, n.index}); return true;
      case RNode::kBol: code.push_back({Op::kBol}); return true;
      case RNode::kEol: code.push_back({Op::kEol}); return true;
      case RNode::kWordB: code.push_back({Op::kWordB}); return true;
      case RNode::kNotWordB: code.push_back({Op::kNotWordB}); return true;
      case RNode::kBackref: code.push_back({Op::kBackref, 0, n.index}); return true;
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

struct Backtrack {
  enum Kind : uint8_t { kBranch, kSlot, kReg } kind;
  int a;   // pc, slot or register
  long b;  // sp or old value
};

class Matcher {
 public:
  Matcher(const Regex::Program& prog, const std::u32string& s) : prog_(prog), s_(s) {}

  // Runs from pc at sp until kMatch (or kLookEnd when `look_end`); returns the end position.
  bool Run(int pc, size_t sp, std::vector<long>& slots, std::vector<long>& regs, bool look_end,
           size_t* end, int nesting) {
    std::vector<Backtrack> stack;
    for (;;) {
      if (++steps_ > kStepBudget) {
        exhausted_ = true;
        return false;
      }
      const Inst& in = prog_.code[pc];
      bool fail = false;
      switch (in.op) {
        case Op::kChar:
          if (sp < s_.size() &&
              (s_[sp] == in.c || (prog_.icase && Fold(s_[sp]) == Fold(in.c)))) {
            ++sp;
            ++pc;
          } else {
            fail = true;
          }
          break;
        case Op::kAny:
          if (sp < s_.size() && !IsLineTerminator(s_[sp])) {
            ++sp;
            ++pc;
          } else {
            fail = true;
          }
          break;
        case Op::kClass:
          if (sp < s_.size() && prog_.classes[in.x].Contains(s_[sp], prog_.icase)) {
            ++sp;
            ++pc;
          } else {
            fail = true;
          }
          break;
        case Op::kSplit:
          stack.push_back({Backtrack::kBranch, in.y, static_cast<long>(sp)});
          pc = in.x;
          break;
        case Op::kJmp:
          pc = in.x;
          break;
        case Op::kSave:
          stack.push_back({Backtrack::kSlot, in.x, slots[in.x]});
          slots[in.x] = static_cast<long>(sp);
          ++pc;
          break;
        case Op::kSetReg:
          stack.push_back({Backtrack::kReg, in.x, regs[in.x]});
          regs[in.x] = static_cast<long>(sp);
          ++pc;
          break;
        case Op::kCheckProgress:
          if (regs[in.x] == static_cast<long>(sp)) {
            fail = true;
          } else {
            ++pc;
          }
          break;
        case Op::kBol:
          if (sp == 0 || (prog_.multiline && IsLineTerminator(s_[sp - 1]))) {
            ++pc;
          } else {
            fail = true;
          }
          break;
        case Op::kEol:
          if (sp == s_.size() || (prog_.multiline && IsLineTerminator(s_[sp]))) {
            ++pc;
          } else {
            fail = true;
          }
          break;
        case Op::kWordB:
        case Op::kNotWordB: {
          bool a = sp > 0 && IsWordChar(s_[sp - 1]);
          bool b = sp < s_.size() && IsWordChar(s_[sp]);
          if ((a != b) == (in.op == Op::kWordB)) {
            ++pc;
          } else {
            fail = true;
          }
          break;
        }
        case Op::kBackref: {
          long start = in.x * 2 < static_cast<int>(slots.size()) ? slots[in.x * 2] : -1;
          long stop = in.x * 2 + 1 < static_cast<int>(slots.size()) ? slots[in.x * 2 + 1] : -1;
          if (start < 0 || stop < start) {
            ++pc;
            break;
          }
          size_t len = static_cast<size_t>(stop - start);
          bool ok = sp + len <= s_.size();
          for (size_t k = 0; ok && k < len; ++k) {
            char32_t x = s_[start + k], y = s_[sp + k];
            ok = x == y || (prog_.icase && Fold(x) == Fold(y));
          }
          if (ok) {
            sp += len;
            ++pc;
          } else {
            fail = true;
          }
          break;
        }
        case Op::kLook: {
          if (nesting > kMaxNesting) {
            fail = true;
            break;
          }
          std::vector<long> inner = slots;
          std::vector<long> inner_regs = regs;
          size_t look_end_pos = 0;
          bool matched = false;
          if (!in.behind) {
            matched = Run(pc + 1, sp, inner, inner_regs, true, &look_end_pos, nesting + 1);
          } else {
            for (size_t k = sp + 1; k-- > 0 && !matched && !exhausted_;) {
              inner = slots;
              matched = Run(pc + 1, k, inner, inner_regs, true, &look_end_pos, nesting + 1) &&
                        look_end_pos == sp;
            }
          }
          if (exhausted_) return false;
          if (matched != in.flag) {
            if (matched) {
              for (size_t k = 0; k < slots.size(); ++k) {
                if (inner[k] != slots[k]) {
                  stack.push_back({Backtrack::kSlot, static_cast<int>(k), slots[k]});
                  slots[k] = inner[k];
                }
              }
            }
            pc = in.y;
          } else {
            fail = true;
          }
          break;
        }
        case Op::kLookEnd:
          if (look_end) {
            *end = sp;
            return true;
          }
          ++pc;
          break;
        case Op::kMatch:
          *end = sp;
          return true;
      }
      if (!fail) continue;
      // Backtrack.
      bool resumed = false;
      while (!stack.empty()) {
        Backtrack b = stack.back();
        stack.pop_back();
        if (b.kind == Backtrack::kSlot) {
          slots[b.a] = b.b;
        } else if (b.kind == Backtrack::kReg) {
          regs[b.a] = b.b;
        } else {
          pc = b.a;
          sp = static_cast<size_t>(b.b);
          resumed = true;
          break;
        }
      }
      if (!resumed) return false;
    }
  }

  bool exhausted() const { return exhausted_; }

 private:
  const Regex::Program& prog_;
  const std::u32string& s_;
  uint64_t steps_ = 0;
  bool exhausted_ = false;
};

}  // namespace

Regex::~Regex() = default;

std::variant<std::shared_ptr<Regex>, std::string> Regex::Compile(std::string_view pattern,
                                                                 std::string_view flags) {
  auto regex = std::make_shared<Regex>();
  regex->source_ = std::string(pattern);
  regex->program_ = std::make_unique<Program>();
  Program* prog = regex->program_.get();
  prog->icase = flags.find('i') != std::string_view::npos;
  prog->multiline = flags.find('m') != std::string_view::npos;
  std::string error;
  PatternParser parser(ToCodePoints(pattern), prog);
  RNodePtr root = parser.Run(&error);
  if (!error.empty()) return "Invalid regular expression: /" + std::string(pattern) + "/: " + error;
  Compiler compiler(prog);
  if (!compiler.Emit(*root)) return "Regular expression too large";
  prog->code.push_back({Op::kMatch});
  return regex;
}

std::optional<RegexMatch> Regex::Exec(const std::u32string& subject, size_t start,
                                      bool* exhausted) const {
  *exhausted = false;
  Matcher matcher(*program_, subject);
  const size_t nslots = 2 * (program_->groups + 1);
  for (size_t from = start; from <= subject.size(); ++from) {
    std::vector<long> slots(nslots, -1);
    std::vector<long> regs(program_->registers, -1);
    size_t end = 0;
    if (matcher.Run(0, from, slots, regs, false, &end, 0)) {
      RegexMatch m;
      m.start = from;
      m.end = end;
      for (int g = 1; g <= program_->groups; ++g) {
        long a = slots[2 * g], b = slots[2 * g + 1];
        if (a >= 0 && b >= a) {
          m.groups.emplace_back(std::make_pair(static_cast<size_t>(a), static_cast<size_t>(b)));
        } else {
          m.groups.emplace_back(std::nullopt);
        }
      }
      return m;
    }
    if (matcher.exhausted()) {
      *exhausted = true;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

namespace {

Value BuildMatch(Evaluator& ev, const std::shared_ptr<Regex>& regex, const Node* node,
                 const std::shared_ptr<std::u32string>& subject, size_t from, bool check_empty);

Value MakeNext(const std::shared_ptr<Regex>& regex, const Node* node,
               const std::shared_ptr<std::u32string>& subject, size_t last_index) {
  auto fn = std::make_shared<Function>();
  fn->kind = Function::Kind::kNative;
  fn->name = "next";
  fn->impl = [regex, node, subject, last_index](NativeCall& c) -> Value {
    if (last_index >= subject->size()) return Value();
    return BuildMatch(c.evaluator, regex, node, subject, last_index, true);
  };
  return Value(fn);
}

Value BuildMatch(Evaluator& ev, const std::shared_ptr<Regex>& regex, const Node* node,
                 const std::shared_ptr<std::u32string>& subject, size_t from, bool check_empty) {
  bool exhausted = false;
  std::optional<RegexMatch> m = regex->Exec(*subject, from, &exhausted);
  if (exhausted) {
    Error e = MakeError("U1001", node ? node->position : -1);
    e.message = "Regular expression evaluation exceeded its step budget: /" + regex->source() + "/";
    ev.Fail(std::move(e));
    return Value();
  }
  if (!m) return Value();
  std::u32string_view s(*subject);
  if (check_empty && m->end == m->start) {
    ev.Fail(MakeError("D1004", node ? node->position : -1, {}, "\"" + regex->source() + "\""));
    return Value();
  }
  auto obj = NewObject();
  obj->entries.emplace_back("match", Value::String(FromCodePoints(s.substr(m->start, m->end - m->start))));
  obj->entries.emplace_back("start", Value::Number(static_cast<double>(m->start)));
  obj->entries.emplace_back("end", Value::Number(static_cast<double>(m->end)));
  auto groups = NewArray();
  for (const auto& g : m->groups) {
    if (g) {
      groups->items.push_back(Value::String(FromCodePoints(s.substr(g->first, g->second - g->first))));
    } else {
      groups->items.push_back(Value::String(""));
    }
  }
  obj->entries.emplace_back("groups", Value(groups));
  obj->entries.emplace_back("next", MakeNext(regex, node, subject, m->end));
  return Value(obj);
}

}  // namespace

Value RegexMatchObject(Evaluator& evaluator, const Function& fn, const std::string& subject,
                       int64_t from) {
  if (!fn.regex) {
    Error e = MakeError("S0302", fn.node ? fn.node->position : -1);
    e.message = "Invalid regular expression";
    evaluator.Fail(std::move(e));
    return Value();
  }
  auto s = std::make_shared<std::u32string>(ToCodePoints(subject));
  return BuildMatch(evaluator, fn.regex, fn.node, s, static_cast<size_t>(std::max<int64_t>(0, from)),
                    false);
}

}  // namespace asl::jsonata
