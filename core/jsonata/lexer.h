// The JSONata tokenizer: one token at a time, as the parser asks for them, because
// whether '/' starts a regular expression depends on the parser's position.
#ifndef ASL_CORE_JSONATA_LEXER_H_
#define ASL_CORE_JSONATA_LEXER_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/json/value.h"
#include "core/jsonata/error.h"

namespace asl::jsonata {

enum class TokenType { kEnd, kName, kVariable, kOperator, kString, kNumber, kValue, kRegex };

struct Token {
  TokenType type = TokenType::kEnd;
  std::string value;    // Operator text, name, variable name, string content, regex pattern.
  std::string flags;    // Regex flags.
  json::Value literal;  // Numbers, true/false/null and strings.
  int position = 0;     // Offset just past the token, as the reference reports it.
};

class Lexer {
 public:
  explicit Lexer(std::string_view source) : src_(source) {}

  // The next token; `infix` is true where '/' is division rather than a regex.
  // On a lexical error returns nullopt and sets *error.
  std::optional<Token> Next(bool infix, Error* error);

 private:
  std::optional<Token> ScanRegex(Error* error);
  Token Make(TokenType type, std::string value) const;

  std::string_view src_;
  size_t pos_ = 0;
};

// True for characters that end a name token.
bool IsOperatorChar(char c);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_LEXER_H_
