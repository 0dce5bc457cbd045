#include "core/intrinsics/call_parser.h"

#include <cmath>
#include <string>
#include <utility>

#include "core/json/parser.h"
#include "core/json/utf8.h"
#include "core/path/text_cursor.h"

namespace asl::intrinsics {
namespace {

constexpr int kMaxNesting = 32;
constexpr std::string_view kPrefix = "States.";

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string Ordinal(size_t n) { return std::to_string(n); }

const char* KindPhrase(ArgKind kind) {
  switch (kind) {
    case ArgKind::kString:
      return "a string";
    case ArgKind::kInteger:
      return "an integer";
    case ArgKind::kNumber:
      return "a number";
    case ArgKind::kBoolean:
      return "a boolean";
    case ArgKind::kArray:
      return "an array (from a path or a call)";
    case ArgKind::kObject:
      return "an object (from a path or a call)";
    case ArgKind::kAny:
      return "any value";
  }
  return "a value";
}

const char* LiteralPhrase(const json::Value& v) {
  switch (v.type()) {
    case json::Type::kNull:
      return "null";
    case json::Type::kBool:
      return "a boolean";
    case json::Type::kInt:
      return "an integer";
    case json::Type::kDouble:
      return "a decimal number";
    case json::Type::kString:
      return "a string";
    default:
      return "a value";
  }
}

bool LiteralFits(const json::Value& v, ArgKind kind) {
  switch (kind) {
    case ArgKind::kAny:
      return true;
    case ArgKind::kString:
      return v.is_string();
    case ArgKind::kInteger:
      return v.is_int() || (v.is_double() && std::floor(v.as_double()) == v.as_double());
    case ArgKind::kNumber:
      return v.is_number();
    case ArgKind::kBoolean:
      return v.is_bool();
    case ArgKind::kArray:
    case ArgKind::kObject:
      return false;
  }
  return false;
}

std::string ParamList(const FunctionInfo& info) {
  std::string out;
  for (size_t i = 0; i < info.params.size(); ++i) {
    if (i > 0) out += ", ";
    out += info.params[i].name;
    if (info.max_args == SIZE_MAX && i + 1 == info.params.size()) out += "...";
  }
  return out;
}

std::string ArityMessage(const FunctionInfo& info, size_t found) {
  std::string name(info.name);
  std::string takes;
  if (info.max_args == 0) {
    takes = "takes no arguments";
  } else if (info.max_args == SIZE_MAX) {
    takes = "takes at least " + std::to_string(info.min_args) +
            (info.min_args == 1 ? " argument" : " arguments");
  } else if (info.min_args == info.max_args) {
    takes = "takes " + std::to_string(info.min_args) +
            (info.min_args == 1 ? " argument" : " arguments");
  } else {
    takes = "takes " + std::to_string(info.min_args) + " or " + std::to_string(info.max_args) +
            " arguments";
  }
  if (info.max_args != 0) takes += " (" + ParamList(info) + ")";
  return name + " " + takes + "; found " + std::to_string(found) + ".";
}

class CallParser : public path::TextCursor {
 public:
  explicit CallParser(std::string_view text) : TextCursor(text) {}

  std::variant<Call, path::PathProblem> ParseWhole() {
    SkipSpaces();
    Call call;
    if (!ParseCallAt(call, 0)) return std::move(*problem_);
    SkipSpaces();
    if (pos_ < text_.size()) {
      Fail("Unexpected text after the call; remove it or put it inside the parentheses.", pos_,
           text_.size() - pos_);
      return std::move(*problem_);
    }
    return call;
  }

 private:
  bool ParseCallAt(Call& call, int depth) {
    if (depth > kMaxNesting) {
      return Fail("Intrinsic calls are nested too deeply; simplify the expression.", pos_, 1);
    }
    size_t start = pos_;
    call.offset = start;
    if (text_.substr(pos_, kPrefix.size()) != kPrefix) {
      return Fail("An intrinsic call starts with 'States.', as in States.Format('{}', $.a).", pos_,
                  1);
    }
    pos_ += kPrefix.size();
    while (!AtEnd() && IsNameChar(text_[pos_])) ++pos_;
    std::string_view name = text_.substr(start, pos_ - start);
    const FunctionInfo* info = FindFunction(name);
    if (info == nullptr) {
      std::string message = "Unknown intrinsic function '" + std::string(name) + "'";
      if (auto suggestion = SuggestFunction(name)) {
        message += "; did you mean '" + std::string(*suggestion) + "'?";
      } else {
        message += "; use one of the 18 States.* functions, such as States.Format.";
      }
      return Fail(std::move(message), start, name.size());
    }
    call.function = info->function;
    SkipSpaces();
    if (Peek() != '(') {
      return Fail(
          "Expected '(' after " + std::string(name) + "; write " + std::string(name) + "(...).",
          pos_, 1);
    }
    size_t open = pos_++;
    SkipSpaces();
    if (Peek() != ')') {
      while (true) {
        Argument arg;
        if (!ParseArgument(arg, depth)) return false;
        call.args.push_back(std::move(arg));
        SkipSpaces();
        if (Peek() == ',') {
          ++pos_;
          continue;
        }
        break;
      }
    }
    if (Peek() != ')') {
      if (AtEnd()) return Fail("Unclosed '(' of " + std::string(name) + "; add ')'.", open, 1);
      return Fail("Expected ',' or ')' but found '" + json::CharacterAt(text_, pos_) + "'.", pos_,
                  1);
    }
    ++pos_;
    call.length = pos_ - start;
    return CheckArguments(*info, call);
  }

  bool CheckArguments(const FunctionInfo& info, const Call& call) {
    size_t count = call.args.size();
    if (count < info.min_args || count > info.max_args) {
      return Fail(ArityMessage(info, count), call.offset, call.length);
    }
    for (size_t i = 0; i < count; ++i) {
      const Argument& arg = call.args[i];
      if (arg.kind != Argument::Kind::kLiteral) continue;
      const Param& param = info.params[std::min(i, info.params.size() - 1)];
      if (LiteralFits(arg.literal, param.kind)) continue;
      return Fail("Argument " + Ordinal(i + 1) + " of " + std::string(info.name) + " (" +
                      std::string(param.name) + ") must be " + KindPhrase(param.kind) + "; found " +
                      LiteralPhrase(arg.literal) + ".",
                  arg.offset, arg.length);
    }
    if (info.function == Function::kHash && call.args[1].kind == Argument::Kind::kLiteral) {
      const std::string& algorithm = call.args[1].literal.as_string();
      if (algorithm != "MD5" && algorithm != "SHA-1" && algorithm != "SHA-256" &&
          algorithm != "SHA-384" && algorithm != "SHA-512") {
        return Fail("'" + algorithm +
                        "' is not a hash algorithm of States.Hash; use MD5, SHA-1, SHA-256, "
                        "SHA-384 or SHA-512.",
                    call.args[1].offset, call.args[1].length);
      }
    }
    if (info.function == Function::kJsonMerge && call.args[2].kind == Argument::Kind::kLiteral &&
        call.args[2].literal.as_bool()) {
      return Fail(
          "States.JsonMerge supports only a shallow merge; set its third argument to "
          "false.",
          call.args[2].offset, call.args[2].length);
    }
    return true;
  }

  bool ParseArgument(Argument& arg, int depth) {
    SkipSpaces();
    arg.offset = pos_;
    char c = Peek();
    if (c == '\'') {
      if (!ParseString(arg)) return false;
    } else if (c == '$') {
      if (!ParsePathArgument(arg)) return false;
    } else if (text_.substr(pos_, kPrefix.size()) == kPrefix) {
      auto call = std::make_shared<Call>();
      if (!ParseCallAt(*call, depth + 1)) return false;
      arg.kind = Argument::Kind::kCall;
      arg.call = std::move(call);
    } else if (c == '-' || (c >= '0' && c <= '9') || IsNameChar(c)) {
      if (!ParseBareword(arg)) return false;
    } else {
      if (AtEnd() || c == ')' || c == ',') {
        return Fail("Expected an argument: a 'string', a number, a path or a call.", pos_, 1);
      }
      return Fail("Unexpected '" + json::CharacterAt(text_, pos_) +
                      "'; an argument is a 'string' in single quotes, a number, true, false, "
                      "null, a path or a call.",
                  pos_, 1);
    }
    arg.length = pos_ - arg.offset;
    return true;
  }

  bool ParseString(Argument& arg) {
    size_t open = pos_++;
    std::string value;
    while (!AtEnd() && text_[pos_] != '\'') {
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) {
        arg.raw.push_back(text_[pos_]);
        ++pos_;
      }
      arg.raw.push_back(text_[pos_]);
      value.push_back(text_[pos_++]);
    }
    if (AtEnd()) {
      return Fail("Unterminated string literal; close it with a single quote.", open, pos_ - open);
    }
    ++pos_;
    arg.kind = Argument::Kind::kLiteral;
    arg.literal = json::Value(std::move(value));
    return true;
  }

  bool ParsePathArgument(Argument& arg) {
    size_t start = pos_;
    pos_ = path::FindUnnested(text_, pos_, ",)");
    size_t end = pos_;
    while (end > start && path::IsJsonSpace(text_[end - 1])) --end;
    auto parsed = path::Path::Parse(text_.substr(start, end - start));
    if (auto* problem = std::get_if<path::PathProblem>(&parsed)) {
      return Fail(problem->message, start + problem->offset, problem->length);
    }
    arg.kind = Argument::Kind::kPath;
    arg.path = std::move(std::get<path::Path>(parsed));
    return true;
  }

  bool ParseBareword(Argument& arg) {
    size_t start = pos_;
    while (!AtEnd() && !path::IsJsonSpace(text_[pos_]) && text_[pos_] != ',' &&
           text_[pos_] != ')') {
      ++pos_;
    }
    std::string_view word = text_.substr(start, pos_ - start);
    auto value = json::ParseValue(word);
    if (!value || value->is_string() || value->is_array() || value->is_object()) {
      return Fail("'" + std::string(word) +
                      "' is not an argument; write strings in single quotes, or use a number, "
                      "true, false, null, a path or a call.",
                  start, word.size());
    }
    arg.kind = Argument::Kind::kLiteral;
    arg.literal = std::move(*value);
    return true;
  }
};

}  // namespace

std::variant<Call, path::PathProblem> ParseCall(std::string_view text) {
  return CallParser(text).ParseWhole();
}

bool LooksLikeCall(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size() && path::IsJsonSpace(text[pos])) ++pos;
  if (text.substr(pos, kPrefix.size()) != kPrefix) return false;
  pos += kPrefix.size();
  while (pos < text.size() && IsNameChar(text[pos])) ++pos;
  while (pos < text.size() && path::IsJsonSpace(text[pos])) ++pos;
  return pos < text.size() && text[pos] == '(';
}

}  // namespace asl::intrinsics
