// Internal to the regex engine: the compiled program of a pattern and the character
// predicates shared by the compiler (regex_compiler.cc) and the matcher (regex.cc).
#ifndef ASL_CORE_JSONATA_REGEX_PROGRAM_H_
#define ASL_CORE_JSONATA_REGEX_PROGRAM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/jsonata/regex.h"

namespace asl::jsonata {
namespace regex_internal {

inline constexpr uint64_t kStepBudget = 20'000'000;
inline constexpr int kMaxNesting = 100;
inline constexpr size_t kMaxProgram = 100'000;

inline char32_t Fold(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x391 && c <= 0x3A9) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  return c;
}

inline bool IsWordChar(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

inline bool IsSpaceChar(char32_t c) {
  switch (c) {
    case '\t':
    case '\n':
    case 0x0B:
    case '\f':
    case '\r':
    case ' ':
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

inline bool IsLineTerminator(char32_t c) {
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
  kChar,
  kAny,
  kClass,
  kSplit,
  kJmp,
  kSave,
  kBol,
  kEol,
  kWordB,
  kNotWordB,
  kBackref,
  kLook,
  kLookEnd,
  kSetReg,
  kCheckProgress,
  kMatch
};

struct Inst {
  Op op;
  char32_t c = 0;
  int x = 0;          // target / slot / class index / group / register
  int y = 0;          // second target; for kLook: end pc
  bool flag = false;  // kLook: negative
  bool behind = false;
};

// Compiles `pattern` into `program`; returns an error message, or "" on success.
std::string CompilePattern(std::string_view pattern, Regex::Program* program);

}  // namespace regex_internal

struct Regex::Program {
  std::vector<regex_internal::Inst> code;
  std::vector<regex_internal::CharClass> classes;
  int groups = 0;
  int registers = 0;
  bool icase = false;
  bool multiline = false;
};

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_REGEX_PROGRAM_H_
