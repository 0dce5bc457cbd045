// Errors as the reference implementation reports them: a code (S0xxx syntax, T1xxx/T2xxx
// type, D1xxx-D3xxx dynamic, U1001 limits), the character position in the expression,
// the offending token and a message from the reference's message table.
#ifndef ASL_CORE_JSONATA_ERROR_H_
#define ASL_CORE_JSONATA_ERROR_H_

#include <string>

namespace asl::jsonata {

struct Error {
  std::string code;
  std::string message;
  int position = -1;  // Character offset just past the offending token, or -1.
  std::string token;  // The operator, function name or token involved, if any.
  std::string value;  // Text of the offending value, used in messages.
  std::string value2;
  int index = 0;                // Argument number for signature errors (T0410...).
  std::string type;             // Expected item type for T0412.
  bool custom_message = false;  // Set by $error / $assert; never re-rendered.
};

// (Re)renders e.message from the template of e.code and the fields above.
void RenderMessage(Error& e);

// Builds an error with the reference's message for `code`, filling in {{token}},
// {{value}} and {{value2}}.
Error MakeError(std::string code, int position = -1, std::string token = {}, std::string value = {},
                std::string value2 = {});

// An error whose message is given rather than taken from the template table.
Error MakeCustomError(std::string code, std::string message, int position = -1);

// The message template for a code ("" when unknown).
std::string_view MessageTemplate(std::string_view code);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_ERROR_H_
