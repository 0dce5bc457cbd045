#include "core/path/regex.h"

#include <memory>
#include <optional>
#include <utility>

#include "core/path/regex_pattern.h"

namespace asl::path {
namespace {

using Op = Regex::Instruction::Op;
using internal::AsciiLower;
using internal::DecodeUtf8;
using internal::ParseRegexPattern;
using internal::RegexNode;

constexpr size_t kMaxProgram = 20000;

class Compiler {
 public:
  Compiler(std::vector<Regex::Instruction>& program, bool dot_all)
      : program_(program), dot_all_(dot_all) {}

  bool Emit(const RegexNode& node) {
    if (program_.size() > kMaxProgram) return false;
    switch (node.kind) {
      case RegexNode::Kind::kChar:
        Add(Op::kChar).c = node.c;
        return true;
      case RegexNode::Kind::kAny:
        Add(Op::kAny).dot_all = dot_all_;
        return true;
      case RegexNode::Kind::kClass: {
        Regex::Instruction& in = Add(Op::kClass);
        in.ranges = node.ranges;
        in.negated = node.negated;
        return true;
      }
      case RegexNode::Kind::kBegin:
        Add(Op::kBegin);
        return true;
      case RegexNode::Kind::kEnd:
        Add(Op::kEnd);
        return true;
      case RegexNode::Kind::kConcat:
        for (const RegexNode& child : node.children) {
          if (!Emit(child)) return false;
        }
        return true;
      case RegexNode::Kind::kAlt:
        return EmitAlt(node, 0);
      case RegexNode::Kind::kRepeat:
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

  bool EmitAlt(const RegexNode& node, size_t index) {
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

  bool EmitRepeat(const RegexNode& node) {
    const RegexNode& body = node.children[0];
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
        (ignore_case && ((AsciiLower(c) >= AsciiLower(lo) && AsciiLower(c) <= AsciiLower(hi)) ||
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
  std::string error;
  auto ast = ParseRegexPattern(DecodeUtf8(pattern), &error);
  if (!ast) return error;
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
          step = c == in.c || (ignore_case_ && AsciiLower(c) == AsciiLower(in.c));
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
