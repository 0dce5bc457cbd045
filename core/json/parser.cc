#include "core/json/parser.h"

#include <array>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <memory>

#include "core/json/plain_bytes.h"
#include "core/json/pointer.h"
#include "core/json/position_table.h"
#include "core/json/utf8.h"

namespace asl::json {
namespace {

std::string Describe(std::string_view text, size_t pos) {
  if (pos >= text.size()) return "the end of the document";
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c >= 0x20 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
  static const char* kHex = "0123456789ABCDEF";
  std::string hex = "byte 0x";
  hex += kHex[c >> 4];
  hex += kHex[c & 15];
  return hex;
}

// Key equality that rejects most different keys by length and first byte before comparing.
inline bool KeyEquals(const std::string& a, std::string_view b) {
  return a.size() == b.size() &&
         (b.empty() || (a[0] == b[0] && std::memcmp(a.data(), b.data(), b.size()) == 0));
}

// The keys of the members of one object being parsed (from `base` on a member stack), by
// position: the names a PositionTable of the object indexes.
struct KeysFrom {
  const Members* stack;
  size_t base;
  std::string_view operator()(size_t i) const { return (*stack)[base + i].key; }
};

// The parser's working stacks, empty between documents. A thread keeps one set for the next
// document: an execution parses a small document per task (its result), and growing fresh
// vectors for each cost a handful of allocations per task.
struct ParserStacks {
  // The member keys and item indexes leading to the value being parsed.
  struct PathStep {
    size_t position;  // A member's slot on member_stack_, or an item's index.
    bool is_member;
  };
  std::vector<PathStep> path;
  // Source map ids of the finished children of the containers being parsed, innermost last.
  std::vector<SourceMap::NodeId> child_ids;
  // The members, their key spans and the items of the containers being parsed, innermost last.
  Members members;
  std::vector<Span> key_spans;
  Array items;

  void Clear() {
    path.clear();
    child_ids.clear();
    members.clear();
    key_spans.clear();
    items.clear();
  }
  // Whether the stacks are small enough to keep for the next document (a large document's
  // stacks are freed with it).
  bool WorthKeeping() const {
    constexpr size_t kMaxKept = 1024;
    return path.capacity() <= kMaxKept && child_ids.capacity() <= kMaxKept &&
           members.capacity() <= kMaxKept && key_spans.capacity() <= kMaxKept &&
           items.capacity() <= kMaxKept;
  }
};

// The kept set of this thread, or null while a parse uses it (or none was kept yet).
thread_local std::unique_ptr<ParserStacks> spare_stacks;

class Parser {
 public:
  Parser(std::string_view text, const ParseOptions& options, ParseResult& result,
         ParserStacks& stacks)
      : text_(text), options_(options), result_(result), stacks_(stacks) {}

  void Run() {
    if (text_.size() >= 3 && text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // BOM.
    // Definitions average well over 16 bytes a value; a smaller document never regrows the
    // map, a denser one regrows it a few times.
    if (options_.build_source_map) result_.source_map.ReserveCapacity(text_.size() / 16 + 16);
    SkipWhitespace();
    if (pos_ >= text_.size()) {
      Fail("The document is empty; expected a JSON value.", pos_, pos_);
      return;
    }
    std::optional<Value> value = ParseAny(0);
    if (!value) return;
    SkipWhitespace();
    if (pos_ < text_.size()) {
      Fail("Unexpected " + Describe(text_, pos_) +
               " after the end of the JSON value; remove it or wrap both values in an array.",
           pos_, pos_ + 1);
      return;
    }
    result_.value = std::move(*value);
    if (options_.build_source_map) result_.source_map.SetRoot(last_node_, result_.value);
  }

 private:
  bool failed() const { return result_.error.has_value(); }

  void Fail(std::string message, size_t begin, size_t end) {
    if (failed()) return;
    end = std::min(end, text_.size());
    result_.error = ParseError{std::move(message),
                               Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}};
    result_.value = Value();
  }

  void SkipWhitespace() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        ++pos_;
      } else {
        break;
      }
    }
  }

  // Completes the source map node of the value that began at `begin` and ends at pos_; its
  // children are the ids that its items or members left on child_ids_ past `first_child`.
  void Record(SourceMap::NodeId node, size_t begin, const Span* key, size_t first_child) {
    NodeLocation location;
    location.value = {static_cast<uint32_t>(begin), static_cast<uint32_t>(pos_)};
    if (key != nullptr) {
      location.key = *key;
      location.has_key = true;
    }
    result_.source_map.Fill(node, location, child_ids_.data() + first_child,
                            child_ids_.size() - first_child);
    child_ids_.resize(first_child);
    last_node_ = node;
  }

  // The pointer of the value being parsed, built from path_ (for duplicate-key reports).
  std::string CurrentPointer() const {
    std::string pointer;
    for (const ParserStacks::PathStep& step : path_) {
      pointer += step.is_member ? AppendPointer("", member_stack_[step.position].key)
                                : AppendPointer("", step.position);
    }
    return pointer;
  }

  std::optional<Value> ParseAny(int depth) {
    const Span* key = pending_key_;
    pending_key_ = nullptr;
    size_t begin = pos_;
    SourceMap::NodeId node = 0;
    size_t first_child = child_ids_.size();
    if (options_.build_source_map) node = result_.source_map.Reserve();
    std::optional<Value> value;
    char c = text_[pos_];
    if (c == '{') {
      value = ParseObject(depth + 1);
    } else if (c == '[') {
      value = ParseArray(depth + 1);
    } else if (c == '"') {
      std::string s;
      if (ParseString(s)) value = Value(std::move(s));
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      value = ParseNumber();
    } else if (Literal("true")) {
      value = Value(true);
    } else if (Literal("false")) {
      value = Value(false);
    } else if (Literal("null")) {
      value = Value();
    } else {
      std::string found = Describe(text_, pos_);
      if (c == '\'') {
        Fail("Unexpected " + found + "; JSON strings use double quotes.", pos_, pos_ + 1);
      } else if (c == '}' || c == ']') {
        Fail("Unexpected " + found + "; expected a value (remove a trailing comma?).", pos_,
             pos_ + 1);
      } else {
        Fail("Unexpected " + found +
                 "; expected a value (an object, array, string, number, true, false or null).",
             pos_, pos_ + 1);
      }
    }
    if (!value || failed()) return std::nullopt;
    if (options_.build_source_map) Record(node, begin, key, first_child);
    return value;
  }

  bool Literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  bool CheckDepth(int depth) {
    if (depth <= options_.max_depth) return true;
    Fail("The document nests deeper than " + std::to_string(options_.max_depth) +
             " levels; flatten it.",
         pos_, pos_ + 1);
    return false;
  }

  std::optional<Value> ParseObject(int depth) {
    if (!CheckDepth(depth)) return std::nullopt;
    size_t open = pos_++;
    // The members gather on member_stack_ past `base` (nested objects use the stack above
    // them and leave it as they found it), so that the object is allocated once, at its size.
    const size_t base = member_stack_.size();
    // The key spans of the members kept gather past `key_base`. It differs from `base`: the
    // enclosing objects' pending members have their slot on member_stack_ but no span yet.
    const size_t key_base = key_span_stack_.size();
    // Duplicate keys are found by a linear scan while the object is small, by a hash table
    // (built on first need) once it is large.
    PositionTable index;
    SkipWhitespace();
    if (pos_ < text_.size() && text_[pos_] == '}') {
      ++pos_;
      return Value::TakeUniqueMembers({});
    }
    while (true) {
      SkipWhitespace();
      if (pos_ >= text_.size()) {
        Fail("The document ends inside the object opened here; add '}'.", open, open + 1);
        return std::nullopt;
      }
      if (text_[pos_] != '"') {
        if (text_[pos_] == '}') {
          Fail("Unexpected '}' after ','; remove the trailing comma.", pos_, pos_ + 1);
        } else {
          Fail("Unexpected " + Describe(text_, pos_) + "; expected a member name in double quotes.",
               pos_, pos_ + 1);
        }
        return std::nullopt;
      }
      // The key is read straight into its slot on member_stack_ (nested containers use the
      // stack above it, so the slot keeps its index; references to it do not survive).
      const size_t count = member_stack_.size() - base;
      const size_t slot = member_stack_.size();
      member_stack_.emplace_back();
      Span key_span{static_cast<uint32_t>(pos_), 0};
      if (!ParseString(member_stack_[slot].key)) return std::nullopt;
      key_span.end = static_cast<uint32_t>(pos_);
      SkipWhitespace();
      if (pos_ >= text_.size() || text_[pos_] != ':') {
        if (pos_ >= text_.size()) {
          Fail("The document ends after a member name; expected ':' and a value.", pos_, pos_);
        } else {
          Fail("Unexpected " + Describe(text_, pos_) + " after a member name; expected ':'.", pos_,
               pos_ + 1);
        }
        return std::nullopt;
      }
      ++pos_;
      SkipWhitespace();
      if (pos_ >= text_.size()) {
        Fail("The document ends before the value of \"" + member_stack_[slot].key + "\".", pos_,
             pos_);
        return std::nullopt;
      }
      path_.push_back({slot, true});
      pending_key_ = &key_span;
      std::optional<Value> value = ParseAny(depth);
      if (!value) return std::nullopt;
      std::optional<size_t> existing = FindMember(base, count, index, member_stack_[slot].key);
      if (!existing) {
        member_stack_[slot].value = std::move(*value);
        key_span_stack_.push_back(key_span);
        if (options_.build_source_map) child_ids_.push_back(last_node_);
      } else {
        result_.duplicate_keys.push_back(
            {CurrentPointer(), key_span, key_span_stack_[key_base + *existing]});
        member_stack_[base + *existing].value = std::move(*value);
        member_stack_.pop_back();
        // The later value's location takes the first one's place, as its value does.
        if (options_.build_source_map) {
          child_ids_[child_ids_.size() - count + *existing] = last_node_;
        }
      }
      path_.pop_back();
      SkipWhitespace();
      if (pos_ >= text_.size()) {
        Fail("The document ends inside the object opened here; add '}'.", open, open + 1);
        return std::nullopt;
      }
      if (text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (text_[pos_] == '}') {
        ++pos_;
        Value object = Value::TakeUniqueMembers(std::span(member_stack_).subspan(base));
        member_stack_.erase(member_stack_.begin() + base, member_stack_.end());
        key_span_stack_.resize(key_base);
        return object;
      }
      Fail("Unexpected " + Describe(text_, pos_) + " after a member; expected ',' or '}'.", pos_,
           pos_ + 1);
      return std::nullopt;
    }
  }

  // The position of `key` (the member at `base` + `count`) among the `count` members before
  // it on member_stack_ past `base`: a linear scan while the object is small; past that, a
  // hash table of their positions, built on first need, which takes in `key`'s position too
  // when the key is new.
  std::optional<size_t> FindMember(size_t base, size_t count, PositionTable& index,
                                   const std::string& key) const {
    constexpr size_t kLinearLimit = 16;
    if (count <= kLinearLimit) {
      for (size_t i = 0; i < count; ++i) {
        if (KeyEquals(member_stack_[base + i].key, key)) return i;
      }
      return std::nullopt;
    }
    if (index.empty()) {
      index.Reserve(count * 2, KeyAt(base));
      for (size_t i = 0; i < count; ++i) index.Insert(i, KeyAt(base));
    }
    return index.Insert(count, KeyAt(base));
  }
  // The accessor of the keys of the object whose members start at `base` on member_stack_.
  KeysFrom KeyAt(size_t base) const { return {&member_stack_, base}; }

  std::optional<Value> ParseArray(int depth) {
    if (!CheckDepth(depth)) return std::nullopt;
    size_t open = pos_++;
    const size_t base = item_stack_.size();  // The items gather past it, as members do.
    SkipWhitespace();
    if (pos_ < text_.size() && text_[pos_] == ']') {
      ++pos_;
      return Value::TakeItems({});
    }
    while (true) {
      SkipWhitespace();
      if (pos_ >= text_.size()) {
        Fail("The document ends inside the array opened here; add ']'.", open, open + 1);
        return std::nullopt;
      }
      path_.push_back({item_stack_.size() - base, false});
      std::optional<Value> value = ParseAny(depth);
      if (!value) return std::nullopt;
      path_.pop_back();
      item_stack_.push_back(std::move(*value));
      if (options_.build_source_map) child_ids_.push_back(last_node_);
      SkipWhitespace();
      if (pos_ >= text_.size()) {
        Fail("The document ends inside the array opened here; add ']'.", open, open + 1);
        return std::nullopt;
      }
      if (text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (text_[pos_] == ']') {
        ++pos_;
        Value array = Value::TakeItems(std::span(item_stack_).subspan(base));
        item_stack_.erase(item_stack_.begin() + base, item_stack_.end());
        return array;
      }
      Fail("Unexpected " + Describe(text_, pos_) + " after an array item; expected ',' or ']'.",
           pos_, pos_ + 1);
      return std::nullopt;
    }
  }

  int HexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  bool ParseHex4(size_t at, uint32_t& out) {
    if (at + 4 > text_.size()) return false;
    out = 0;
    for (size_t i = 0; i < 4; ++i) {
      int d = HexDigit(text_[at + i]);
      if (d < 0) return false;
      out = out * 16 + static_cast<uint32_t>(d);
    }
    return true;
  }

  // Parses a string at pos_ (which holds '"') into out; pos_ ends after the closing quote.
  bool ParseString(std::string& out) {
    size_t open = pos_++;
    while (true) {
      size_t run = pos_;
      const size_t size = text_.size();
      const char* data = text_.data();
      pos_ = SkipPlain(data, pos_, size);
      out.append(data + run, pos_ - run);
      if (pos_ >= text_.size()) {
        Fail("The document ends inside the string that starts here; add '\"'.", open, open + 1);
        return false;
      }
      unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c >= 0x80) {
        size_t n = Utf8SequenceLength(text_, pos_);
        if (n == 0) {
          Fail("Invalid UTF-8 (" + Describe(text_, pos_) + ") in a string; save the file as UTF-8.",
               pos_, pos_ + 1);
          return false;
        }
        out.append(text_.data() + pos_, n);
        pos_ += n;
        continue;
      }
      if (c < 0x20) {
        Fail(c == '\n' ? "A string cannot span lines; close it with '\"' or write \\n."
                       : "Control character (" + Describe(text_, pos_) +
                             ") in a string; escape it as \\u00XX.",
             pos_, pos_ + 1);
        return false;
      }
      // Backslash escape.
      if (pos_ + 1 >= text_.size()) {
        Fail("The document ends inside an escape sequence.", pos_, pos_ + 1);
        return false;
      }
      char e = text_[pos_ + 1];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out += e;
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          uint32_t cp;
          if (!ParseHex4(pos_ + 2, cp)) {
            Fail("Invalid \\u escape; write \\u followed by four hexadecimal digits.", pos_,
                 pos_ + 2);
            return false;
          }
          size_t length = 6;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t low;
            if (pos_ + 7 < text_.size() && text_[pos_ + 6] == '\\' && text_[pos_ + 7] == 'u' &&
                ParseHex4(pos_ + 8, low) && low >= 0xDC00 && low <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
              length = 12;
            } else {
              cp = 0xFFFD;  // Unpaired surrogate.
            }
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            cp = 0xFFFD;
          }
          AppendUtf8(out, cp);
          pos_ += length;
          continue;
        }
        default:
          // The message quotes the escape only when it is printable ASCII: a byte of a UTF-8
          // sequence on its own would make the message itself invalid UTF-8.
          Fail((e >= 0x20 && e < 0x7F
                    ? "Invalid escape '\\" + std::string(1, e) + "'"
                    : "Invalid escape: a backslash followed by " + Describe(text_, pos_ + 1)) +
                   " in a string; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX.",
               pos_, pos_ + 2);
          return false;
      }
      pos_ += 2;
    }
  }

  std::optional<Value> ParseNumber() {
    size_t begin = pos_;
    if (text_[pos_] == '-') ++pos_;
    auto digits = [&]() {
      size_t start = pos_;
      while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
      return pos_ - start;
    };
    if (pos_ >= text_.size() || !(text_[pos_] >= '0' && text_[pos_] <= '9')) {
      Fail("Invalid number; expected a digit after '-'.", begin, pos_ + 1);
      return std::nullopt;
    }
    if (text_[pos_] == '0') {
      ++pos_;
      if (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
        Fail("Invalid number; numbers cannot have leading zeros.", begin, pos_ + 1);
        return std::nullopt;
      }
    } else {
      digits();
    }
    bool integral = true;
    if (pos_ < text_.size() && text_[pos_] == '.') {
      ++pos_;
      integral = false;
      if (digits() == 0) {
        Fail("Invalid number; expected a digit after '.'.", begin, pos_ + 1);
        return std::nullopt;
      }
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      ++pos_;
      integral = false;
      if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
      if (digits() == 0) {
        Fail("Invalid number; expected a digit in the exponent.", begin, pos_ + 1);
        return std::nullopt;
      }
    }
    std::string_view digits_text = text_.substr(begin, pos_ - begin);
    size_t sign = digits_text[0] == '-' ? 1 : 0;
    if (integral && digits_text.size() - sign <= 18) {  // Fits in int64 without overflow.
      int64_t n = 0;
      for (size_t i = sign; i < digits_text.size(); ++i) n = n * 10 + (digits_text[i] - '0');
      return Value(sign ? -n : n);
    }
    std::string literal(digits_text);
    if (integral) {
      errno = 0;
      char* end = nullptr;
      long long i = std::strtoll(literal.c_str(), &end, 10);
      if (errno == 0 && end == literal.c_str() + literal.size()) return Value(int64_t{i});
    }
    errno = 0;
    double d = std::strtod(literal.c_str(), nullptr);
    if (!std::isfinite(d)) {
      Fail("Number " + literal + " is too large to represent.", begin, pos_);
      return std::nullopt;
    }
    return Value(d);
  }

  std::string_view text_;
  const ParseOptions& options_;
  ParseResult& result_;
  size_t pos_ = 0;
  const Span* pending_key_ = nullptr;
  ParserStacks& stacks_;
  // The stacks' vectors under their own names (references into stacks_).
  std::vector<ParserStacks::PathStep>& path_ = stacks_.path;
  std::vector<SourceMap::NodeId>& child_ids_ = stacks_.child_ids;
  SourceMap::NodeId last_node_ = 0;  // The id of the value that ended last.
  Members& member_stack_ = stacks_.members;
  std::vector<Span>& key_span_stack_ = stacks_.key_spans;
  Array& item_stack_ = stacks_.items;
};

}  // namespace

ParseResult Parse(std::string_view text, const ParseOptions& options) {
  ParseResult result;
  std::unique_ptr<ParserStacks> stacks = std::move(spare_stacks);
  if (!stacks) stacks = std::make_unique<ParserStacks>();
  Parser(text, options, result, *stacks).Run();
  // A failed parse leaves its stacks as they were when it stopped.
  stacks->Clear();
  if (stacks->WorthKeeping()) spare_stacks = std::move(stacks);
  return result;
}

std::optional<Value> ParseValue(std::string_view text, std::string* error) {
  ParseResult result = Parse(text);
  if (result.ok()) return std::move(result.value);
  if (error != nullptr) {
    diag::Position at = LineIndex(text).ToPosition(result.error->span.begin);
    *error = "line " + std::to_string(at.line) + ", column " + std::to_string(at.column) + ": " +
             result.error->message;
  }
  return std::nullopt;
}

}  // namespace asl::json
