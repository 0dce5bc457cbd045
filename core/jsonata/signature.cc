#include "core/jsonata/signature.h"

#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

size_t FindClosing(std::string_view s, size_t start, char open, char close) {
  int depth = 1;
  size_t pos = start;
  while (pos < s.size()) {
    ++pos;
    if (pos >= s.size()) break;
    if (s[pos] == close) {
      if (--depth == 0) break;
    } else if (s[pos] == open) {
      ++depth;
    }
  }
  return pos;
}

std::string ArrayTypeName(const std::string& subtype) {
  if (subtype == "a") return "arrays";
  if (subtype == "b") return "booleans";
  if (subtype == "f") return "functions";
  if (subtype == "n") return "numbers";
  if (subtype == "o") return "objects";
  if (subtype == "s") return "strings";
  return subtype;
}

Error ArgError(const char* code, size_t index, const Value& value) {
  Error e = MakeError(code, -1, {}, FormatForMessage(value));
  e.index = static_cast<int>(index);
  RenderMessage(e);
  return e;
}

}  // namespace

char TypeSymbol(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kUndefined:
      return 'm';
    case Value::Kind::kFunction:
      return 'f';
    case Value::Kind::kArray:
      return 'a';
    case Value::Kind::kObject:
      return 'o';
    case Value::Kind::kJson:
      break;
  }
  switch (v.json().type()) {
    case json::Type::kNull:
      return 'l';
    case json::Type::kBool:
      return 'b';
    case json::Type::kInt:
    case json::Type::kDouble:
      return 'n';
    case json::Type::kString:
      return 's';
    case json::Type::kArray:
      return 'a';
    case json::Type::kObject:
      return 'o';
  }
  return 'm';
}

std::variant<std::shared_ptr<Signature>, Error> Signature::Parse(std::string_view text) {
  auto sig = std::make_shared<Signature>();
  sig->text_ = std::string(text);
  size_t position = 1;  // Skip '<'.
  Param param;
  bool have_prev = false;
  auto next = [&]() {
    sig->params_.push_back(param);
    param = Param();
    have_prev = true;
  };
  while (position < text.size()) {
    char symbol = text[position];
    if (symbol == ':') break;
    Param* prev = have_prev ? &sig->params_.back() : nullptr;
    switch (symbol) {
      case 's':
      case 'n':
      case 'b':
      case 'l':
      case 'o':
        param.allowed = std::string(1, symbol) + "m";
        param.type = symbol;
        next();
        break;
      case 'a':
        param.allowed = "asnblfom";
        param.type = 'a';
        next();
        break;
      case 'f':
        param.allowed = "f";
        param.type = 'f';
        next();
        break;
      case 'j':
        param.allowed = "asnblom";
        param.type = 'j';
        next();
        break;
      case 'x':
        param.allowed = "asnblfom";
        param.type = 'x';
        next();
        break;
      case '-':
        if (prev) {
          prev->context = true;
          prev->quantifier = '?';
        }
        break;
      case '?':
      case '+':
        if (prev) prev->quantifier = symbol;
        break;
      case '(': {
        size_t end = FindClosing(text, position, '(', ')');
        std::string choice(text.substr(position + 1, end - position - 1));
        if (choice.find('<') != std::string::npos) {
          Error e = MakeError("S0402", static_cast<int>(position), {}, choice);
          return e;
        }
        param.allowed = choice + "m";
        param.type = '(';
        position = end;
        next();
        break;
      }
      case '<': {
        if (prev && (prev->type == 'a' || prev->type == 'f')) {
          size_t end = FindClosing(text, position, '<', '>');
          prev->subtype = std::string(text.substr(position + 1, end - position - 1));
          position = end;
        } else {
          return MakeError("S0401", static_cast<int>(position), {},
                           prev ? std::string(1, prev->type) : std::string());
        }
        break;
      }
      default:
        break;
    }
    ++position;
  }
  return sig;
}

bool Signature::Match(const std::string& symbols, size_t pi, size_t si, bool anchored, size_t limit,
                      std::vector<size_t>* lengths, size_t* end) const {
  if (pi == limit) {
    if (anchored && si != symbols.size()) return false;
    *end = si;
    return true;
  }
  const Param& p = params_[pi];
  auto accepts = [&](size_t i) {
    return i < symbols.size() && p.allowed.find(symbols[i]) != std::string::npos;
  };
  size_t max = 0;
  if (p.quantifier == '+') {
    while (accepts(si + max)) ++max;
  } else {
    max = accepts(si) ? 1 : 0;
  }
  const size_t min = p.quantifier == 0 || p.quantifier == '+' ? 1 : 0;
  for (size_t n = max + 1; n-- > min;) {
    (*lengths)[pi] = n;
    if (Match(symbols, pi + 1, si + n, anchored, limit, lengths, end)) return true;
    if (n == 0) break;
  }
  return false;
}

bool Signature::Validate(const std::vector<Value>& args, const Value& context,
                         std::vector<Value>* out, Error* error) const {
  std::string symbols;
  symbols.reserve(args.size());
  for (const Value& a : args) symbols += TypeSymbol(a);
  std::vector<size_t> lengths(params_.size(), 0);
  size_t end = 0;
  if (!Match(symbols, 0, 0, true, params_.size(), &lengths, &end)) {
    size_t good_to = 0;
    for (size_t k = 1; k <= params_.size(); ++k) {
      std::vector<size_t> partial(params_.size(), 0);
      size_t e = 0;
      if (!Match(symbols, 0, 0, false, k, &partial, &e)) break;
      good_to = e;
    }
    *error = ArgError("T0410", good_to + 1, good_to < args.size() ? args[good_to] : Value());
    return false;
  }
  out->clear();
  size_t arg_index = 0;
  for (size_t pi = 0; pi < params_.size(); ++pi) {
    const Param& p = params_[pi];
    const size_t n = lengths[pi];
    if (n == 0) {
      if (p.context) {
        char ct = TypeSymbol(context);
        if (p.allowed.find(ct) != std::string::npos) {
          out->push_back(context);
        } else {
          *error = ArgError("T0411", arg_index + 1, context);
          return false;
        }
      } else {
        out->push_back(arg_index < args.size() ? args[arg_index] : Value());
        ++arg_index;
      }
      continue;
    }
    for (size_t k = 0; k < n; ++k) {
      // As the reference, an empty optional match above may have consumed an argument, so
      // this can read past the end (undefined).
      const Value arg = arg_index < args.size() ? args[arg_index] : Value();
      const char single = arg_index < symbols.size() ? symbols[arg_index] : 'm';
      if (p.type == 'a') {
        if (single == 'm') {
          out->push_back(Value());
        } else {
          bool ok = true;
          if (!p.subtype.empty()) {
            if (single != 'a' && std::string(1, single) != p.subtype) {
              ok = false;
            } else if (single == 'a' && arg.Size() > 0) {
              char item_type = TypeSymbol(arg.At(0));
              if (item_type != p.subtype[0]) {
                ok = false;
              } else {
                for (size_t i = 0; i < arg.Size(); ++i) {
                  if (TypeSymbol(arg.At(i)) != item_type) {
                    ok = false;
                    break;
                  }
                }
              }
            }
          }
          if (!ok) {
            *error = ArgError("T0412", arg_index + 1, arg);
            error->type = ArrayTypeName(p.subtype);
            RenderMessage(*error);
            return false;
          }
          if (single != 'a') {
            auto wrapped = NewArray();
            wrapped->items.push_back(arg);
            out->push_back(Value(wrapped));
          } else {
            out->push_back(arg);
          }
        }
      } else {
        out->push_back(arg);
      }
      ++arg_index;
    }
  }
  return true;
}

}  // namespace asl::jsonata
