#include "core/jsonata/regex.h"

#include "core/jsonata/evaluator.h"
#include "core/jsonata/function.h"
#include "core/jsonata/regex_program.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

using regex_internal::Fold;
using regex_internal::Inst;
using regex_internal::IsLineTerminator;
using regex_internal::IsWordChar;
using regex_internal::kMaxNesting;
using regex_internal::kStepBudget;
using regex_internal::Op;

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
          if (sp < s_.size() && (s_[sp] == in.c || (prog_.icase && Fold(s_[sp]) == Fold(in.c)))) {
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
  std::string error = regex_internal::CompilePattern(pattern, prog);
  if (!error.empty()) return error;
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
    ev.Fail(MakeCustomError(
        "U1001",
        "Regular expression evaluation exceeded its step budget: /" + regex->source() + "/",
        node ? node->position : -1));
    return Value();
  }
  if (!m) return Value();
  std::u32string_view s(*subject);
  if (check_empty && m->end == m->start) {
    ev.Fail(MakeError("D1004", node ? node->position : -1, {}, "\"" + regex->source() + "\""));
    return Value();
  }
  auto obj = NewObject();
  obj->entries.emplace_back("match",
                            Value::String(FromCodePoints(s.substr(m->start, m->end - m->start))));
  obj->entries.emplace_back("start", Value::Number(static_cast<double>(m->start)));
  obj->entries.emplace_back("end", Value::Number(static_cast<double>(m->end)));
  auto groups = NewArray();
  for (const auto& g : m->groups) {
    if (g) {
      groups->items.push_back(
          Value::String(FromCodePoints(s.substr(g->first, g->second - g->first))));
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
    evaluator.Fail(
        MakeCustomError("S0303", "Invalid regular expression", fn.node ? fn.node->position : -1));
    return Value();
  }
  auto s = std::make_shared<std::u32string>(ToCodePoints(subject));
  return BuildMatch(evaluator, fn.regex, fn.node, s,
                    static_cast<size_t>(std::max<int64_t>(0, from)), false);
}

}  // namespace asl::jsonata