#include "core/path/parser.h"

#include <charconv>
#include <string>
#include <utility>

#include "core/json/parser.h"
#include "core/path/text_cursor.h"

namespace asl::path {
namespace {

constexpr int kMaxFilterDepth = 32;
constexpr size_t kMaxVariableNameBytes = 80;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsIdentStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool IsIdentPart(char c) { return IsIdentStart(c) || IsDigit(c); }

// A recursive-descent parser over one path text. `in_filter` paths end at operators.
class Parser : public TextCursor {
 public:
  explicit Parser(std::string_view text) : TextCursor(text) {}

  std::variant<PathAst, PathProblem> ParseWhole() {
    PathAst ast;
    if (!ParsePathInto(ast, /*in_filter=*/false, 0)) return std::move(*problem_);
    if (pos_ < text_.size()) {
      Fail(std::string("Unexpected '") + text_[pos_] +
               "' in the path; use '.name' or '[...]' to select from a value.",
           pos_, 1);
      return std::move(*problem_);
    }
    return ast;
  }

 private:
  bool ParsePathInto(PathAst& ast, bool in_filter, int depth) {
    size_t start = pos_;
    if (Peek() == '@' && in_filter) {
      ast.root = Root::kCurrent;
      ++pos_;
    } else if (Peek() != '$') {
      return Fail(in_filter ? "Expected a path ('@' or '$') or a literal here."
                            : "A path must start with '$'; write '$' for the whole input or "
                              "'$.field' for one of its fields.",
                  pos_, 1);
    } else if (Peek(1) == '$') {
      ast.root = Root::kContext;
      pos_ += 2;
    } else if (IsIdentStart(Peek(1))) {
      ++pos_;
      size_t name_start = pos_;
      while (!AtEnd() && IsIdentPart(text_[pos_])) ++pos_;
      ast.root = Root::kVariable;
      ast.variable = std::string(text_.substr(name_start, pos_ - name_start));
      if (ast.variable.size() > kMaxVariableNameBytes) {
        return Fail(
            "A variable name can have at most 80 characters; shorten '$" + ast.variable + "'.",
            start, pos_ - start);
      }
    } else {
      ast.root = Root::kInput;
      ++pos_;
    }
    while (!AtEnd()) {
      char c = text_[pos_];
      if (c == '.') {
        if (!ParseDotSegment(ast, in_filter, depth)) return false;
      } else if (c == '[') {
        Segment segment;
        if (!ParseBracket(segment, depth)) return false;
        ast.segments.push_back(std::move(segment));
      } else {
        break;
      }
    }
    return true;
  }

  bool ParseDotSegment(PathAst& ast, bool in_filter, int depth) {
    size_t dot = pos_;
    Segment segment;
    if (Peek(1) == '.') {
      segment.descendant = true;
      pos_ += 2;
      if (Peek() == '[') {
        if (!ParseBracket(segment, depth)) return false;
        ast.segments.push_back(std::move(segment));
        return true;
      }
    } else {
      ++pos_;
    }
    if (Peek() == '*') {
      ++pos_;
      segment.kind = SegmentKind::kWildcard;
      ast.segments.push_back(std::move(segment));
      return true;
    }
    size_t name_start = pos_;
    while (!AtEnd() && !EndsDotName(text_[pos_], in_filter)) ++pos_;
    if (pos_ == name_start) {
      if (AtEnd()) {
        return Fail("The path ends with '" + std::string(text_.substr(dot)) +
                        "'; add a field name after it or remove it.",
                    dot, pos_ - dot);
      }
      return Fail("Expected a field name after '.' but found '" + std::string(1, text_[pos_]) +
                      "'; use ['name'] for names with special characters.",
                  pos_, 1);
    }
    if (Peek() == '(') {
      return Fail("JSONPath functions such as '" +
                      std::string(text_.substr(name_start, pos_ - name_start)) +
                      "()' are not supported inside filters; compare fields instead.",
                  name_start, pos_ - name_start + 1);
    }
    segment.kind = SegmentKind::kName;
    segment.name = std::string(text_.substr(name_start, pos_ - name_start));
    ast.segments.push_back(std::move(segment));
    return true;
  }

  // Outside filters AWS reads "length()" in "$.list.length()" as a field name (JSONPath
  // functions are not supported, so the path matches nothing at run time), so parentheses
  // belong to the name there.
  static bool EndsDotName(char c, bool in_filter) {
    if (c == '.' || c == '[' || IsJsonSpace(c)) return true;
    if (!in_filter) return false;
    return c == '(' || c == ')' || c == '=' || c == '!' || c == '<' || c == '>' || c == '&' ||
           c == '|' || c == ',' || c == ']' || c == '~';
  }

  bool ParseBracket(Segment& segment, int depth) {
    size_t open = pos_;
    ++pos_;  // '['
    SkipSpaces();
    if (AtEnd()) return Fail("Unclosed '['; add the closing ']'.", open, 1);
    char c = Peek();
    if (c == '*') {
      ++pos_;
      segment.kind = SegmentKind::kWildcard;
    } else if (c == '\'' || c == '"') {
      if (!ParseNameList(segment)) return false;
    } else if (c == '?') {
      if (!ParseFilterSegment(segment, depth)) return false;
    } else if (IsDigit(c) || c == '-' || c == ':') {
      if (!ParseIndexOrSlice(segment)) return false;
    } else {
      return Fail("Unexpected '" + std::string(1, c) +
                      "' inside '[...]'; write a quoted name, an index, a slice, '*' or a "
                      "filter '?(...)'.",
                  pos_, 1);
    }
    SkipSpaces();
    if (Peek() != ']') {
      if (AtEnd()) return Fail("Unclosed '['; add the closing ']'.", open, 1);
      return Fail("Expected ']' but found '" + std::string(1, Peek()) + "'.", pos_, 1);
    }
    ++pos_;
    return true;
  }

  bool ParseQuoted(std::string& out) {
    size_t open = pos_;
    char quote = text_[pos_++];
    // A backslash escapes only the enclosing quote; elsewhere it is kept, as AWS keeps it
    // (recorded: $['Test\""Name"'] selects the key Test\""Name").
    while (!AtEnd() && text_[pos_] != quote) {
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size() && text_[pos_ + 1] == quote) ++pos_;
      out.push_back(text_[pos_++]);
    }
    if (AtEnd()) {
      return Fail(std::string("Unterminated string; add the closing ") + quote + ".", open,
                  pos_ - open);
    }
    ++pos_;
    return true;
  }

  bool ParseNameList(Segment& segment) {
    std::vector<std::string> names;
    while (true) {
      SkipSpaces();
      if (Peek() != '\'' && Peek() != '"') {
        return Fail("Expected a quoted name in the list.", pos_, 1);
      }
      std::string name;
      if (!ParseQuoted(name)) return false;
      names.push_back(std::move(name));
      SkipSpaces();
      if (Peek() != ',') break;
      ++pos_;
    }
    if (names.size() == 1) {
      segment.kind = SegmentKind::kName;
      segment.name = std::move(names[0]);
    } else {
      segment.kind = SegmentKind::kNames;
      segment.names = std::move(names);
    }
    return true;
  }

  bool ParseInt(int64_t& out) {
    size_t start = pos_;
    if (Peek() == '-') ++pos_;
    while (!AtEnd() && IsDigit(text_[pos_])) ++pos_;
    auto [ptr, ec] = std::from_chars(text_.data() + start, text_.data() + pos_, out);
    if (ec != std::errc() || ptr != text_.data() + pos_) {
      return Fail("Expected an integer index here.", start, pos_ - start);
    }
    return true;
  }

  bool ParseIndexOrSlice(Segment& segment) {
    std::optional<int64_t> parts[3];
    int colons = 0;
    std::vector<int64_t> indexes;
    while (true) {
      SkipSpaces();
      if (Peek() == '-' || IsDigit(Peek())) {
        int64_t value = 0;
        if (!ParseInt(value)) return false;
        if (colons > 0 || indexes.empty()) parts[colons] = value;
        if (colons == 0) indexes.push_back(value);
      }
      SkipSpaces();
      if (Peek() == ':') {
        if (colons == 2 || indexes.size() > 1) {
          return Fail("A slice has at most three parts: [start:end:step].", pos_, 1);
        }
        ++colons;
        ++pos_;
        continue;
      }
      if (Peek() == ',' && colons == 0) {
        ++pos_;
        SkipSpaces();
        if (!(Peek() == '-' || IsDigit(Peek()))) {
          return Fail("Expected an index after ','.", pos_, 1);
        }
        continue;
      }
      break;
    }
    if (colons > 0) {
      segment.kind = SegmentKind::kSlice;
      segment.slice_start = parts[0];
      segment.slice_end = parts[1];
      if (parts[2]) {
        if (*parts[2] <= 0) return Fail("A slice step must be a positive integer.", pos_, 1);
        segment.slice_step = *parts[2];
      }
    } else if (indexes.size() == 1) {
      segment.kind = SegmentKind::kIndex;
      segment.index = indexes[0];
    } else {
      segment.kind = SegmentKind::kIndexes;
      segment.indexes = std::move(indexes);
    }
    return true;
  }

  bool ParseFilterSegment(Segment& segment, int depth) {
    size_t start = pos_;
    ++pos_;  // '?'
    SkipSpaces();
    if (Peek() != '(') return Fail("A filter is written '[?(<condition>)]'.", start, 1);
    ++pos_;
    auto node = ParseOr(depth + 1);
    if (!node) return false;
    SkipSpaces();
    if (Peek() != ')') {
      if (AtEnd()) return Fail("Unclosed filter; add ')]'.", start, pos_ - start);
      return Fail("Unexpected '" + std::string(1, Peek()) + "' in the filter condition.", pos_, 1);
    }
    ++pos_;
    segment.kind = SegmentKind::kFilter;
    segment.filter = std::shared_ptr<const FilterNode>(std::move(node));
    return true;
  }

  std::unique_ptr<FilterNode> ParseOr(int depth) {
    if (depth > kMaxFilterDepth) {
      Fail("The filter is nested too deeply; simplify it.", pos_, 1);
      return nullptr;
    }
    auto left = ParseAnd(depth);
    while (left) {
      SkipSpaces();
      if (!(Peek() == '|' && Peek(1) == '|')) break;
      pos_ += 2;
      auto right = ParseAnd(depth);
      if (!right) return nullptr;
      auto node = std::make_unique<FilterNode>();
      node->kind = FilterNode::Kind::kOr;
      node->left = std::move(left);
      node->right = std::move(right);
      left = std::move(node);
    }
    return left;
  }

  std::unique_ptr<FilterNode> ParseAnd(int depth) {
    auto left = ParseUnary(depth);
    while (left) {
      SkipSpaces();
      if (!(Peek() == '&' && Peek(1) == '&')) break;
      pos_ += 2;
      auto right = ParseUnary(depth);
      if (!right) return nullptr;
      auto node = std::make_unique<FilterNode>();
      node->kind = FilterNode::Kind::kAnd;
      node->left = std::move(left);
      node->right = std::move(right);
      left = std::move(node);
    }
    return left;
  }

  std::unique_ptr<FilterNode> ParseUnary(int depth) {
    SkipSpaces();
    if (depth > kMaxFilterDepth) {
      Fail("The filter is nested too deeply; simplify it.", pos_, 1);
      return nullptr;
    }
    if (Peek() == '!' && Peek(1) != '=') {
      ++pos_;
      auto inner = ParseUnary(depth + 1);
      if (!inner) return nullptr;
      auto node = std::make_unique<FilterNode>();
      node->kind = FilterNode::Kind::kNot;
      node->left = std::move(inner);
      return node;
    }
    if (Peek() == '(') {
      size_t open = pos_;
      ++pos_;
      auto inner = ParseOr(depth + 1);
      if (!inner) return nullptr;
      SkipSpaces();
      if (Peek() != ')') {
        Fail("Unclosed '(' in the filter; add ')'.", open, 1);
        return nullptr;
      }
      ++pos_;
      return inner;
    }
    return ParseComparison(depth);
  }

  std::unique_ptr<FilterNode> ParseComparison(int depth) {
    auto node = std::make_unique<FilterNode>();
    if (!ParseOperand(node->lhs, depth)) return nullptr;
    SkipSpaces();
    size_t op_start = pos_;
    std::optional<CompareOp> op = ReadOperator();
    if (!op) {
      if (!node->lhs.path) {
        Fail(
            "A literal alone is not a condition; compare it with a path, as in "
            "'@.field == 1'.",
            op_start, 1);
        return nullptr;
      }
      node->kind = FilterNode::Kind::kExists;
      return node;
    }
    node->kind = FilterNode::Kind::kCompare;
    node->op = *op;
    SkipSpaces();
    if (*op == CompareOp::kRegex) {
      if (!ParseRegex(node->rhs)) return nullptr;
      return node;
    }
    if (!ParseOperand(node->rhs, depth)) return nullptr;
    return node;
  }

  std::optional<CompareOp> ReadOperator() {
    auto take = [&](std::string_view token, CompareOp op) -> std::optional<CompareOp> {
      if (text_.substr(pos_, token.size()) != token) return std::nullopt;
      pos_ += token.size();
      return op;
    };
    for (auto [token, op] : {std::pair{"=~", CompareOp::kRegex},
                             {"==", CompareOp::kEq},
                             {"!=", CompareOp::kNe},
                             {"<=", CompareOp::kLe},
                             {">=", CompareOp::kGe},
                             {"<", CompareOp::kLt},
                             {">", CompareOp::kGt}}) {
      if (auto found = take(token, op)) return found;
    }
    for (auto [token, op] : {std::pair{"nin", CompareOp::kNin},
                             {"in", CompareOp::kIn},
                             {"subsetof", CompareOp::kSubsetOf},
                             {"anyof", CompareOp::kAnyOf},
                             {"noneof", CompareOp::kNoneOf},
                             {"size", CompareOp::kSize},
                             {"empty", CompareOp::kEmpty}}) {
      std::string_view word(token);
      if (text_.substr(pos_, word.size()) == word && pos_ + word.size() < text_.size() &&
          !IsIdentPart(text_[pos_ + word.size()])) {
        pos_ += word.size();
        return op;
      }
    }
    return std::nullopt;
  }

  bool ParseOperand(FilterOperand& operand, int depth) {
    SkipSpaces();
    char c = Peek();
    if (c == '@' || c == '$') {
      auto ast = std::make_shared<PathAst>();
      if (!ParsePathInto(*ast, /*in_filter=*/true, depth)) return false;
      operand.path = std::move(ast);
      return true;
    }
    if (c == '\'' || c == '"') {
      std::string text;
      if (!ParseQuoted(text)) return false;
      operand.literal = json::Value(std::move(text));
      return true;
    }
    size_t start = pos_;
    if (c == '[') return ParseJsonLiteral(operand, start, ']');
    if (c == '{') return ParseJsonLiteral(operand, start, '}');
    while (!AtEnd() && !IsJsonSpace(text_[pos_]) && text_[pos_] != ')' && text_[pos_] != '&' &&
           text_[pos_] != '|' && text_[pos_] != '=' && text_[pos_] != '!' && text_[pos_] != '<' &&
           text_[pos_] != '>') {
      ++pos_;
    }
    std::string_view word = text_.substr(start, pos_ - start);
    if (word.empty()) {
      return Fail(AtEnd() ? "The filter ends early; complete the condition and close it with ')]'."
                          : "Expected a path or a literal here.",
                  start, 1);
    }
    auto value = json::ParseValue(word);
    if (!value || value->is_array() || value->is_object() || value->is_string()) {
      return Fail("'" + std::string(word) +
                      "' is not a literal; write strings in quotes, numbers, true, false or null.",
                  start, word.size());
    }
    operand.literal = std::move(*value);
    return true;
  }

  // A Jayway regular-expression literal: /pattern/flags, '\/' escaping a slash.
  bool ParseRegex(FilterOperand& operand) {
    size_t start = pos_;
    if (Peek() != '/') {
      return Fail("'=~' takes a regular expression written /pattern/, as in =~ /^a.*/i.", pos_, 1);
    }
    ++pos_;
    std::string pattern;
    while (!AtEnd() && text_[pos_] != '/') {
      if (text_[pos_] == '\\' && Peek(1) == '/') {
        ++pos_;
      } else if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) {
        pattern.push_back(text_[pos_++]);
      }
      pattern.push_back(text_[pos_++]);
    }
    if (AtEnd()) {
      return Fail("Unterminated regular expression; close it with '/'.", start, pos_ - start);
    }
    ++pos_;
    size_t flags_start = pos_;
    while (!AtEnd() && ((Peek() >= 'a' && Peek() <= 'z') || (Peek() >= 'A' && Peek() <= 'Z'))) {
      ++pos_;
    }
    auto compiled = Regex::Compile(pattern, text_.substr(flags_start, pos_ - flags_start));
    if (auto* error = std::get_if<std::string>(&compiled)) {
      return Fail(std::move(*error), start, pos_ - start);
    }
    operand.regex = std::make_shared<const Regex>(std::move(std::get<Regex>(compiled)));
    return true;
  }

  bool ParseJsonLiteral(FilterOperand& operand, size_t start, char close) {
    int nesting = 0;
    bool in_string = false;
    char quote = 0;
    std::string json_text;
    while (!AtEnd()) {
      char c = text_[pos_++];
      if (in_string) {
        if (c == '\\' && !AtEnd()) {
          json_text.push_back(c);
          c = text_[pos_++];
        } else if (c == quote) {
          in_string = false;
          c = '"';
        } else if (c == '"') {
          json_text.push_back('\\');
        }
        json_text.push_back(c);
        continue;
      }
      if (c == '\'' || c == '"') {
        in_string = true;
        quote = c;
        json_text.push_back('"');
        continue;
      }
      json_text.push_back(c);
      if (c == '[' || c == '{') ++nesting;
      if (c == ']' || c == '}') {
        if (--nesting == 0) break;
      }
    }
    auto value = json::ParseValue(json_text);
    if (nesting != 0 || !value) {
      return Fail(std::string("Invalid literal; write a JSON ") +
                      (close == ']' ? "array" : "object") + " here.",
                  start, pos_ - start);
    }
    operand.literal = std::move(*value);
    return true;
  }
};

}  // namespace

std::variant<PathAst, PathProblem> ParsePath(std::string_view text) {
  return Parser(text).ParseWhole();
}

bool IsValidVariableName(std::string_view name) {
  if (name.empty() || name.size() > kMaxVariableNameBytes || !IsIdentStart(name[0])) return false;
  for (char c : name) {
    if (!IsIdentPart(c)) return false;
  }
  return true;
}

}  // namespace asl::path
