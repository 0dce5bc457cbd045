// Function signatures (`<s-n?:s>`) as the reference implementation defines them:
// parameter types b n s l o a f j x, choices `(sn)`, array/function subtypes `a<n>`,
// modifiers `?` (optional), `+` (one or more) and `-` (use the context value when absent).
// Validation coerces arguments the way the reference does (non-arrays into one-item
// arrays for `a` parameters, the context for `-` parameters).
#ifndef ASL_CORE_JSONATA_SIGNATURE_H_
#define ASL_CORE_JSONATA_SIGNATURE_H_

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/jsonata/error.h"
#include "core/jsonata/value.h"

namespace asl::jsonata {

class Signature {
 public:
  // Error positions are offsets into `text`.
  static std::variant<std::shared_ptr<Signature>, Error> Parse(std::string_view text);

  // Checks `args` against the signature and returns the coerced argument list; on a
  // mismatch returns false with T0410 / T0411 / T0412 in *error (token unset).
  bool Validate(const std::vector<Value>& args, const Value& context, std::vector<Value>* out,
                Error* error) const;

  size_t ParamCount() const { return params_.size(); }
  const std::string& text() const { return text_; }

 private:
  struct Param {
    std::string allowed;  // Type symbols this parameter accepts ('m' = undefined).
    char type = 'x';
    char quantifier = 0;  // 0, '?', '+'
    bool context = false;
    std::string subtype;
  };

  // Greedy backtracking match of params[pi..] against symbols[si..]; fills lengths.
  bool Match(const std::string& symbols, size_t pi, size_t si, bool anchored, size_t limit,
             std::vector<size_t>* lengths, size_t* end) const;

  std::string text_;
  std::vector<Param> params_;
};

// The reference's type symbol of a value: s n b l a o f, or m for undefined.
char TypeSymbol(const Value& v);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_SIGNATURE_H_
