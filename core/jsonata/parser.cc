#include "core/jsonata/parser.h"

#include <optional>
#include <string>

#include "core/jsonata/ast_processor.h"
#include "core/jsonata/lexer.h"
#include "core/jsonata/regex.h"
#include "core/jsonata/signature.h"

namespace asl::jsonata {
namespace {

int BindingPower(const std::string& op) {
  static const std::pair<std::string_view, int> kPowers[] = {
      {".", 75},   {"[", 80},  {"{", 70},  {"(", 80},  {"@", 80},  {"#", 80},  {"?", 20},
      {"+", 50},   {"-", 50},  {"*", 60},  {"/", 60},  {"%", 60},  {"=", 40},  {"<", 40},
      {">", 40},   {"^", 40},  {":=", 10}, {"!=", 40}, {"<=", 40}, {">=", 40}, {"~>", 40},
      {"and", 30}, {"or", 25}, {"in", 40}, {"&", 50},  {"??", 40}, {"?:", 40}};
  for (auto [name, bp] : kPowers) {
    if (name == op) return bp;
  }
  return 0;
}

bool IsKnownOperator(const std::string& op) {
  static const std::string_view kKnown[] = {
      ".",  "[",  "]",  "{",  "}",  "(",  ")",   ",",  "@",  "#", ";",  ":",
      "?",  "+",  "-",  "*",  "/",  "%",  "|",   "=",  "<",  ">", "^",  "**",
      "..", ":=", "!=", "<=", ">=", "~>", "and", "or", "in", "&", "??", "?:"};
  for (std::string_view k : kKnown) {
    if (k == op) return true;
  }
  return false;
}

class Parser {
 public:
  explicit Parser(std::string_view source) : source_(source), lexer_(source) {}

  std::variant<NodePtr, Error> Run() {
    Advance();
    NodePtr expr = Expression(0);
    if (error_) return *error_;
    if (token_.type != TokenType::kEnd) {
      return MakeError("S0201", token_.position, token_.value);
    }
    return ProcessAst(expr);
  }

 private:
  // The reference's symbol id: operators are their text, others a class name.
  std::string Id(const Token& t) const {
    switch (t.type) {
      case TokenType::kOperator:
        return t.value;
      case TokenType::kEnd:
        return "(end)";
      case TokenType::kName:
      case TokenType::kVariable:
        return "(name)";
      case TokenType::kRegex:
        return "(regex)";
      default:
        return "(literal)";
    }
  }

  int Lbp(const Token& t) const {
    return t.type == TokenType::kOperator ? BindingPower(t.value) : 0;
  }

  void Fail(Error e) {
    if (!error_) error_ = std::move(e);
  }

  // Moves to the next token after checking that the current one is `id` (when given).
  void Advance(std::string_view id = {}, bool infix = false) {
    if (error_) return;
    if (!id.empty() && Id(token_) != id) {
      Error e = MakeError(token_.type == TokenType::kEnd ? "S0203" : "S0202", token_.position,
                          token_.value, "\"" + std::string(id) + "\"");
      Fail(std::move(e));
      return;
    }
    Error lex_error;
    std::optional<Token> next = lexer_.Next(infix, &lex_error);
    if (!next) {
      Fail(std::move(lex_error));
      return;
    }
    if (next->type == TokenType::kEnd) next->position = static_cast<int>(source_.size());
    if (next->type == TokenType::kOperator && !IsKnownOperator(next->value)) {
      Fail(MakeError("S0204", next->position, next->value));
      return;
    }
    token_ = std::move(*next);
  }

  NodePtr NewNode(NodeType type, const Token& t) {
    auto n = std::make_shared<Node>();
    n->type = type;
    n->value = t.value;
    n->position = t.position;
    n->literal = t.literal;
    return n;
  }

  NodePtr Expression(int rbp) {
    if (error_) return nullptr;
    if (++depth_ > kMaxParseDepth) {
      Fail(MakeCustomError("U1001", "Expression nested too deeply", token_.position));
      return nullptr;
    }
    Token t = token_;
    Advance({}, true);
    NodePtr left = Nud(t);
    while (!error_ && rbp < Lbp(token_)) {
      t = token_;
      Advance();
      left = Led(t, left);
    }
    --depth_;
    return error_ ? nullptr : left;
  }

  NodePtr Nud(const Token& t) {
    if (error_) return nullptr;
    switch (t.type) {
      case TokenType::kName:
        return NewNode(NodeType::kName, t);
      case TokenType::kVariable:
        return NewNode(NodeType::kVariable, t);
      case TokenType::kString:
        return NewNode(NodeType::kString, t);
      case TokenType::kNumber:
        return NewNode(NodeType::kNumber, t);
      case TokenType::kValue:
        return NewNode(NodeType::kValue, t);
      case TokenType::kRegex: {
        NodePtr n = NewNode(NodeType::kRegex, t);
        n->regex_flags = t.flags;
        auto compiled = Regex::Compile(t.value, t.flags);
        if (auto* message = std::get_if<std::string>(&compiled)) {
          Fail(MakeCustomError("S0303", *message, t.position));
          return nullptr;
        }
        n->regex = std::get<std::shared_ptr<Regex>>(compiled);
        return n;
      }
      case TokenType::kEnd:
        Fail(MakeError("S0207", t.position));
        return nullptr;
      case TokenType::kOperator:
        break;
    }
    const std::string& op = t.value;
    if (op == "and" || op == "or" || op == "in") return NewNode(NodeType::kOperator, t);
    if (op == "-") {
      NodePtr n = NewNode(NodeType::kUnary, t);
      n->expression = Expression(70);
      return n;
    }
    if (op == "*") return NewNode(NodeType::kWildcard, t);
    if (op == "**") return NewNode(NodeType::kDescendant, t);
    if (op == "%") return NewNode(NodeType::kParent, t);
    if (op == "(") {
      NodePtr n = NewNode(NodeType::kBlock, t);
      while (!error_ && Id(token_) != ")") {
        n->expressions.push_back(Expression(0));
        if (Id(token_) != ";") break;
        Advance(";");
      }
      Advance(")", true);
      return n;
    }
    if (op == "[") {
      NodePtr n = NewNode(NodeType::kUnary, t);
      if (Id(token_) != "]") {
        for (;;) {
          NodePtr item = Expression(0);
          if (error_) return nullptr;
          if (Id(token_) == "..") {
            NodePtr range = std::make_shared<Node>();
            range->type = NodeType::kBinary;
            range->value = "..";
            range->position = token_.position;
            range->lhs = item;
            Advance("..");
            range->rhs = Expression(0);
            item = range;
          }
          n->expressions.push_back(item);
          if (Id(token_) != ",") break;
          Advance(",");
        }
      }
      Advance("]", true);
      return n;
    }
    if (op == "{") {
      NodePtr n = NewNode(NodeType::kUnary, t);
      ParseObject(n.get());
      return n;
    }
    if (op == "|") {
      NodePtr n = NewNode(NodeType::kTransform, t);
      n->pattern = Expression(0);
      Advance("|");
      n->update = Expression(0);
      if (Id(token_) == ",") {
        Advance(",");
        n->remove = Expression(0);
      }
      Advance("|");
      return n;
    }
    Fail(MakeError("S0211", t.position, op));
    return nullptr;
  }

  void ParseObject(Node* n) {
    if (Id(token_) != "}") {
      for (;;) {
        NodePtr key = Expression(0);
        Advance(":");
        NodePtr value = Expression(0);
        if (error_) return;
        n->pairs.emplace_back(key, value);
        if (Id(token_) != ",") break;
        Advance(",");
      }
    }
    Advance("}", true);
  }

  NodePtr Led(const Token& t, NodePtr left) {
    if (error_) return nullptr;
    const std::string& op = t.value;
    const int bp = BindingPower(op);
    if (op == "(") return ParseCall(t, left);
    if (op == "[") {
      if (Id(token_) == "]") {
        Node* step = left.get();
        while (step != nullptr && step->type == NodeType::kBinary && step->value == "[") {
          step = step->lhs.get();
        }
        if (step != nullptr) step->keep_array = true;
        Advance("]");
        return left;
      }
      NodePtr n = NewNode(NodeType::kBinary, t);
      n->lhs = left;
      n->rhs = Expression(0);
      Advance("]", true);
      return n;
    }
    if (op == "^") {
      Advance("(");
      NodePtr n = NewNode(NodeType::kBinary, t);
      for (;;) {
        SortTerm term;
        if (Id(token_) == "<") {
          Advance("<");
        } else if (Id(token_) == ">") {
          term.descending = true;
          Advance(">");
        }
        term.expr = Expression(0);
        if (error_) return nullptr;
        n->terms.push_back(std::move(term));
        if (Id(token_) != ",") break;
        Advance(",");
      }
      Advance(")");
      n->lhs = left;
      return n;
    }
    if (op == "{") {
      NodePtr n = NewNode(NodeType::kBinary, t);
      n->lhs = left;
      ParseObject(n.get());
      return n;
    }
    if (op == ":=") {
      if (left->type != NodeType::kVariable) {
        Fail(MakeError("S0212", left->position, left->value));
        return nullptr;
      }
      NodePtr n = NewNode(NodeType::kBinary, t);
      n->lhs = left;
      n->rhs = Expression(bp - 1);
      return n;
    }
    if (op == "@" || op == "#") {
      NodePtr n = NewNode(NodeType::kBinary, t);
      n->lhs = left;
      n->rhs = Expression(bp);
      if (error_) return nullptr;
      if (n->rhs->type != NodeType::kVariable) {
        Fail(MakeError("S0214", n->rhs->position, op));
        return nullptr;
      }
      return n;
    }
    if (op == "??" || op == "?:") {
      NodePtr n = NewNode(NodeType::kCondition, t);
      n->condition = left;
      n->otherwise = Expression(0);
      return n;
    }
    if (op == "?") {
      NodePtr n = NewNode(NodeType::kCondition, t);
      n->condition = left;
      n->then = Expression(0);
      if (Id(token_) == ":") {
        Advance(":");
        n->otherwise = Expression(0);
      }
      return n;
    }
    NodePtr n = NewNode(NodeType::kBinary, t);
    n->lhs = left;
    n->rhs = Expression(bp);
    return n;
  }

  NodePtr ParseCall(const Token& t, NodePtr left) {
    NodePtr n = NewNode(NodeType::kFunction, t);
    n->procedure = left;
    if (Id(token_) != ")") {
      for (;;) {
        if (token_.type == TokenType::kOperator && token_.value == "?") {
          n->type = NodeType::kPartial;
          NodePtr placeholder = NewNode(NodeType::kPlaceholder, token_);
          n->arguments.push_back(placeholder);
          Advance("?");
        } else {
          n->arguments.push_back(Expression(0));
        }
        if (error_) return nullptr;
        if (Id(token_) != ",") break;
        Advance(",");
      }
    }
    Advance(")", true);
    if (error_) return nullptr;
    if (left->type == NodeType::kName && (left->value == "function" || left->value == "\u03BB")) {
      for (size_t i = 0; i < n->arguments.size(); ++i) {
        const NodePtr& arg = n->arguments[i];
        if (arg->type != NodeType::kVariable) {
          Fail(MakeError("S0208", arg->position, arg->value, std::to_string(i + 1)));
          return nullptr;
        }
      }
      n->type = NodeType::kLambda;
      if (Id(token_) == "<") {
        const int sig_pos = token_.position;
        int depth = 1;
        std::string sig = "<";
        while (!error_ && depth > 0 && Id(token_) != "{" && Id(token_) != "(end)") {
          Advance();
          if (Id(token_) == ">") {
            --depth;
          } else if (Id(token_) == "<") {
            ++depth;
          }
          sig += token_.value;
        }
        Advance(">");
        if (error_) return nullptr;
        auto parsed = Signature::Parse(sig);
        if (std::holds_alternative<Error>(parsed)) {
          Error e = std::get<Error>(parsed);
          e.position = sig_pos + e.position;
          Fail(std::move(e));
          return nullptr;
        }
        n->signature = std::get<std::shared_ptr<Signature>>(parsed);
      }
      Advance("{");
      n->body = Expression(0);
      Advance("}");
    }
    return n;
  }

  std::string_view source_;
  Lexer lexer_;
  Token token_;
  std::optional<Error> error_;
  int depth_ = 0;
};

}  // namespace

std::variant<NodePtr, Error> Parse(std::string_view source) { return Parser(source).Run(); }

}  // namespace asl::jsonata
