// Filter expressions of JSONPath ("[?(@.price < 10 && @.category == 'fiction')]"): the
// PathParser members that read them.
#include <memory>
#include <string>
#include <utility>

#include "core/json/parser.h"
#include "core/json/utf8.h"
#include "core/path/path_parser.h"

namespace asl::path::internal {

bool PathParser::ParseFilterSegment(Segment& segment, int depth) {
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
    return Fail("Unexpected '" + json::CharacterAt(text_, pos_) + "' in the filter condition.",
                pos_, 1);
  }
  ++pos_;
  segment.kind = SegmentKind::kFilter;
  segment.filter = std::shared_ptr<const FilterNode>(std::move(node));
  return true;
}

std::unique_ptr<FilterNode> PathParser::ParseOr(int depth) {
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

std::unique_ptr<FilterNode> PathParser::ParseAnd(int depth) {
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

std::unique_ptr<FilterNode> PathParser::ParseUnary(int depth) {
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

std::unique_ptr<FilterNode> PathParser::ParseComparison(int depth) {
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

std::optional<CompareOp> PathParser::ReadOperator() {
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

bool PathParser::ParseOperand(FilterOperand& operand, int depth) {
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
bool PathParser::ParseRegex(FilterOperand& operand) {
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

bool PathParser::ParseJsonLiteral(FilterOperand& operand, size_t start, char close) {
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

}  // namespace asl::path::internal
