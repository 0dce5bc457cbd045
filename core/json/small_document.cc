#include "core/json/small_document.h"

#include <cstdint>
#include <span>
#include <string>

#include "core/json/plain_bytes.h"

namespace asl::json {
namespace {

class SmallReader {
 public:
  explicit SmallReader(std::string_view text) : text_(text) {}

  std::optional<Value> Document() {
    SkipWhitespace();
    std::optional<Value> value = At('{') ? Object() : Scalar();
    SkipWhitespace();
    if (!value || pos_ != text_.size()) return std::nullopt;
    return value;
  }

 private:
  bool At(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

  void SkipWhitespace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' ||
                                   text_[pos_] == '\r' || text_[pos_] == '\t')) {
      ++pos_;
    }
  }

  // '{' members '}': the members gather in this thread's buffer and move into the object's
  // node, so that reading an object allocates only the node (and keys too long to keep inline).
  std::optional<Value> Object() {
    thread_local Members buffer;
    Members& members = buffer;
    members.clear();
    ++pos_;
    SkipWhitespace();
    if (At('}')) {
      ++pos_;
      return Value::TakeUniqueMembers({});
    }
    while (true) {
      if (members.size() == kMaxSmallMembers) return std::nullopt;
      std::optional<std::string_view> key = PlainString();
      if (!key) return std::nullopt;
      for (const Member& member : members) {
        if (member.key == *key) return std::nullopt;  // Parse keeps the later value.
      }
      SkipWhitespace();
      if (!At(':')) return std::nullopt;
      ++pos_;
      SkipWhitespace();
      std::optional<Value> value = Scalar();
      if (!value) return std::nullopt;
      Member& member = members.emplace_back();  // Built in place: no temporary member.
      member.key.assign(*key);
      member.value = std::move(*value);
      SkipWhitespace();
      if (At('}')) {
        ++pos_;
        Value object = Value::TakeUniqueMembers(members);
        members.clear();
        return object;
      }
      if (!At(',')) return std::nullopt;
      ++pos_;
      SkipWhitespace();
    }
  }

  std::optional<Value> Scalar() {
    if (pos_ >= text_.size()) return std::nullopt;
    char c = text_[pos_];
    if (c == '"') {
      std::optional<std::string_view> s = PlainString();
      if (!s) return std::nullopt;
      return Value(*s);
    }
    if (c == '-' || (c >= '0' && c <= '9')) return Integer();
    for (std::string_view word : {"null", "true", "false"}) {
      if (text_.substr(pos_, word.size()) == word) {
        pos_ += word.size();
        return word == "null" ? Value() : Value(word == "true");
      }
    }
    return std::nullopt;
  }

  // A string of plain bytes (kPlainStringByte) between quotes: its content.
  std::optional<std::string_view> PlainString() {
    if (!At('"')) return std::nullopt;
    size_t begin = ++pos_;
    pos_ = SkipPlain(text_.data(), pos_, text_.size());
    if (!At('"')) return std::nullopt;
    return text_.substr(begin, pos_++ - begin);
  }

  // -?(0|[1-9][0-9]*) with at most 18 digits, not followed by a fraction or an exponent.
  std::optional<Value> Integer() {
    bool negative = At('-');
    if (negative) ++pos_;
    size_t first = pos_;
    int64_t n = 0;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      if (pos_ - first == 18) return std::nullopt;  // Parse reads longer ones another way.
      n = n * 10 + (text_[pos_] - '0');
      ++pos_;
    }
    size_t digits = pos_ - first;
    if (digits == 0 || (digits > 1 && text_[first] == '0')) return std::nullopt;
    if (At('.') || At('e') || At('E')) return std::nullopt;
    return Value(negative ? -n : n);
  }

  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace

std::optional<Value> ParseSmallDocument(std::string_view text) {
  return SmallReader(text).Document();
}

}  // namespace asl::json
