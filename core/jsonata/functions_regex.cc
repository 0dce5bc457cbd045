// The matcher-based string functions: $match $contains $replace $split. Patterns are
// strings or matcher functions (regex literals or user functions returning
// {match, start, end, groups, next}).
#include <cmath>

#include "core/jsonata/builtins.h"
#include "core/jsonata/evaluator.h"
#include "core/jsonata/regex.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

std::string Sub(const std::u32string& s, size_t a, size_t b) {
  a = std::min(a, s.size());
  b = std::min(std::max(a, b), s.size());
  return FromCodePoints(std::u32string_view(s).substr(a, b - a));
}

// Applies a matcher and checks the shape of its result (T1010).
Value EvaluateMatcher(NativeCall& c, const Value& matcher, std::vector<Value> args) {
  if (!matcher.IsFunction()) return Value();
  Value result = c.evaluator.Apply(matcher, std::move(args), c.input, c.env);
  if (c.evaluator.failed()) return Value();
  if (result.IsDefined()) {
    bool ok =
        result.IsObject() && (result.Get("start").IsNumber() || result.Get("end").IsNumber() ||
                              result.Get("groups").IsArray() || result.Get("next").IsFunction());
    if (!ok) {
      c.evaluator.Fail(MakeError("T1010"));
      return Value();
    }
  }
  return result;
}

Value NextMatch(NativeCall& c, const Value& match) {
  Value next = match.Get("next");
  if (!next.IsFunction()) return Value();
  return EvaluateMatcher(c, next, {});
}

size_t Index(const Value& v) {
  return v.IsNumber() ? static_cast<size_t>(Clamp(v.AsNumber(), 0, 1e15)) : 0;
}

// Whether a replacement result still being built fits the evaluator's budget for large
// strings (failing the evaluation with its error when not). Small results always fit.
bool FitsStringBudget(NativeCall& c, const std::string& out) {
  return out.size() <= c.evaluator.StringRoom() || c.evaluator.ChargeString(out.size());
}

bool LimitReached(const Value& limit, size_t count) {
  return limit.IsDefined() && static_cast<double>(count) >= limit.AsNumber();
}

// Expands $0, $1.. and $$ in a replacement string for one match.
std::string Substitute(const std::string& replacement, const Value& match) {
  Value groups = match.Get("groups");
  const size_t ngroups = groups.Size();
  std::string out;
  size_t position = 0;
  size_t index = replacement.find('$', position);
  while (index != std::string::npos && position < replacement.size()) {
    out += replacement.substr(position, index - position);
    position = index + 1;
    char dollar = position < replacement.size() ? replacement[position] : '\0';
    if (dollar == '$') {
      out += '$';
      ++position;
    } else if (dollar == '0') {
      Value m = match.Get("match");
      if (m.IsString()) out += m.AsString();
      ++position;
    } else {
      size_t max_digits =
          ngroups == 0 ? 1 : static_cast<size_t>(std::floor(std::log10(ngroups))) + 1;
      auto parse = [&](size_t digits) -> long {
        std::string part = replacement.substr(position, digits);
        size_t k = 0;
        while (k < part.size() && isdigit(static_cast<unsigned char>(part[k]))) ++k;
        if (k == 0) return -1;
        return std::stol(part.substr(0, k));
      };
      long group = parse(max_digits);
      if (max_digits > 1 && group > static_cast<long>(ngroups)) group = parse(max_digits - 1);
      if (group >= 0) {
        if (ngroups > 0 && group >= 1 && static_cast<size_t>(group) <= ngroups) {
          Value sub = groups.At(static_cast<size_t>(group - 1));
          if (sub.IsString()) out += sub.AsString();
        }
        position += std::to_string(group).size();
      } else {
        out += '$';
      }
    }
    index = replacement.find('$', position);
  }
  if (position < replacement.size()) out += replacement.substr(position);
  return out;
}

}  // namespace

void RegisterRegexFunctions(Frame& f) {
  AddBuiltin(f, "contains", "<s-(sf):b>", 2, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0), token = Arg(c, 1);
    if (s.IsUndefined() || token.IsUndefined()) return Value();
    if (token.IsString()) {
      return Value::Bool(s.AsString().find(token.AsString()) != std::string::npos);
    }
    Value m = EvaluateMatcher(c, token, {s});
    if (c.evaluator.failed()) return Value();
    return Value::Bool(m.IsDefined());
  });
  AddBuiltin(f, "split", "<s-(sf)n?:a<s>>", 3, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0), sep = Arg(c, 1), limit = Arg(c, 2);
    if (s.IsUndefined()) return Value();
    if (limit.IsDefined() && limit.AsNumber() < 0) {
      return FailWith(c, MakeError("D3020", -1, {}, FormatForMessage(limit)));
    }
    auto result = NewArray();
    const std::u32string str = ToCodePoints(s.AsString());
    if (sep.IsString()) {
      const std::string& text = s.AsString();
      const std::string& separator = sep.AsString();
      const size_t max =
          limit.IsDefined() ? static_cast<size_t>(Clamp(limit.AsNumber(), 0, 1e15)) : SIZE_MAX;
      if (separator.empty()) {
        for (char32_t ch : str) {
          if (result->items.size() >= max) break;
          result->items.push_back(Value::String(FromCodePoints(std::u32string(1, ch))));
        }
      } else {
        size_t pos = 0;
        while (result->items.size() < max) {
          size_t hit = text.find(separator, pos);
          if (hit == std::string::npos) {
            result->items.push_back(Value::String(text.substr(pos)));
            break;
          }
          result->items.push_back(Value::String(text.substr(pos, hit - pos)));
          pos = hit + separator.size();
        }
      }
      return Value(result);
    }
    Value matches = EvaluateMatcher(c, sep, {s});
    if (c.evaluator.failed()) return Value();
    if (matches.IsUndefined()) {
      result->items.push_back(s);
      return Value(result);
    }
    size_t start = 0, count = 0;
    while (matches.IsDefined() && !LimitReached(limit, count)) {
      result->items.push_back(Value::String(Sub(str, start, Index(matches.Get("start")))));
      start = Index(matches.Get("end"));
      matches = NextMatch(c, matches);
      if (c.evaluator.failed()) return Value();
      ++count;
    }
    if (!LimitReached(limit, count))
      result->items.push_back(Value::String(Sub(str, start, str.size())));
    return Value(result);
  });
  AddBuiltin(f, "match", "<s-f<s:o>n?:a<o>>", 3, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0), regex = Arg(c, 1), limit = Arg(c, 2);
    if (s.IsUndefined()) return Value();
    if (limit.IsDefined() && limit.AsNumber() < 0) {
      return FailWith(c, MakeError("D3040", -1, {}, FormatForMessage(limit)));
    }
    auto result = NewSequence();
    if (limit.IsDefined() && limit.AsNumber() <= 0) return Value(result);
    Value matches = EvaluateMatcher(c, regex, {s});
    size_t count = 0;
    while (!c.evaluator.failed() && matches.IsDefined() && !LimitReached(limit, count)) {
      auto m = NewObject();
      m->entries.emplace_back("match", matches.Get("match"));
      m->entries.emplace_back("index", matches.Get("start"));
      m->entries.emplace_back("groups", matches.Get("groups"));
      result->items.push_back(Value(m));
      matches = NextMatch(c, matches);
      ++count;
    }
    if (c.evaluator.failed()) return Value();
    return Value(result);
  });
  AddBuiltin(f, "replace", "<s-(sf)(sf)n?:s>", 4, [](NativeCall& c) -> Value {
    Value s = Arg(c, 0), pattern = Arg(c, 1), replacement = Arg(c, 2), limit = Arg(c, 3);
    if (s.IsUndefined()) return Value();
    if (pattern.IsString() && pattern.AsString().empty()) {
      return FailWith(c, MakeError("D3010", -1, {}, FormatForMessage(pattern)));
    }
    if (limit.IsDefined() && limit.AsNumber() < 0) {
      return FailWith(c, MakeError("D3011", -1, {}, FormatForMessage(limit)));
    }
    if (limit.IsDefined() && limit.AsNumber() <= 0) return s;
    const std::string& text = s.AsString();
    if (pattern.IsString()) {
      const std::string& pat = pattern.AsString();
      std::string rep = replacement.IsString() ? replacement.AsString() : "";
      std::string out;
      size_t position = 0, count = 0;
      size_t index = text.find(pat, position);
      while (index != std::string::npos && !LimitReached(limit, count)) {
        out += text.substr(position, index - position);
        out += rep;
        if (!FitsStringBudget(c, out)) return Value();
        position = index + pat.size();
        ++count;
        index = text.find(pat, position);
      }
      out += text.substr(position);
      if (!c.evaluator.ChargeString(out.size())) return Value();
      return Value::String(std::move(out));
    }
    const std::u32string str = ToCodePoints(text);
    Value matches = EvaluateMatcher(c, pattern, {s});
    if (c.evaluator.failed()) return Value();
    if (matches.IsUndefined()) return s;
    std::string out;
    size_t position = 0, count = 0;
    while (matches.IsDefined() && !LimitReached(limit, count)) {
      size_t start = Index(matches.Get("start"));
      out += Sub(str, position, start);
      if (replacement.IsString()) {
        out += Substitute(replacement.AsString(), matches);
      } else {
        Value with = c.evaluator.Apply(replacement, {matches}, c.input, c.env);
        if (c.evaluator.failed()) return Value();
        if (!with.IsString()) {
          return FailWith(c, MakeError("D3012", -1, {}, FormatForMessage(with)));
        }
        out += with.AsString();
      }
      if (!FitsStringBudget(c, out)) return Value();
      Value m = matches.Get("match");
      position = start + (m.IsString() ? ToCodePoints(m.AsString()).size() : 0);
      ++count;
      matches = NextMatch(c, matches);
      if (c.evaluator.failed()) return Value();
    }
    out += Sub(str, position, str.size());
    if (!c.evaluator.ChargeString(out.size())) return Value();
    return Value::String(std::move(out));
  });
}

}  // namespace asl::jsonata
