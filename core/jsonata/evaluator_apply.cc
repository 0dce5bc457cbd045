// Function calls: invocation, the tail-call trampoline, partial application, `~>`
// chains and the transform operator.
#include "core/jsonata/evaluator.h"
#include "core/jsonata/parser.h"
#include "core/jsonata/regex.h"
#include "core/jsonata/signature.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

std::string ProcName(const Node* procedure) {
  if (procedure->type == NodeType::kPath && !procedure->steps.empty()) {
    return procedure->steps[0]->value;
  }
  return procedure->value;
}

const NodePtr& ChainAst() {
  static const NodePtr* chain = [] {
    auto parsed = Parse("function($f, $g) { function($x){ $g($f($x)) } }");
    return new NodePtr(std::get<NodePtr>(parsed));
  }();
  return *chain;
}

}  // namespace

int Function::Arity() const {
  switch (kind) {
    case Kind::kLambda:
      return static_cast<int>(params.size());
    case Kind::kNative:
      return arity;
    case Kind::kPartial: {
      int n = 0;
      for (const auto& b : bound) n += b.has_value() ? 0 : 1;
      return n;
    }
    case Kind::kTransform:
      return 1;
    case Kind::kRegex:
      return 1;
  }
  return 0;
}

Value Evaluator::EvalProcedure(const Node* expr, const Value& input,
                               const std::shared_ptr<Frame>& env, const char* forgot_dollar_code) {
  Value proc = Eval(expr->procedure.get(), input, env);
  if (failed()) return Value();
  // A name that is bound as a variable: the user probably forgot the leading '$'.
  const std::string name = ProcName(expr->procedure.get());
  if (proc.IsUndefined() && expr->procedure->type == NodeType::kPath &&
      env->Lookup(name) != nullptr) {
    Fail(MakeError(forgot_dollar_code, expr->position, name));
    return Value();
  }
  return proc;
}

Value Evaluator::EvalFunction(const Node* expr, const Value& input,
                              const std::shared_ptr<Frame>& env, const Value* applyto) {
  const std::string name = ProcName(expr->procedure.get());
  Value proc = EvalProcedure(expr, input, env, "T1005");
  if (failed()) return Value();
  std::vector<Value> args;
  args.reserve(expr->arguments.size() + 1);
  if (applyto != nullptr) args.push_back(*applyto);
  for (const NodePtr& arg : expr->arguments) {
    args.push_back(Eval(arg.get(), input, env));
    if (failed()) return Value();
  }
  Value result = Apply(proc, std::move(args), input, env);
  if (failed()) {
    if (error_->position < 0) error_->position = expr->position;
    if (error_->token.empty()) {
      error_->token = name;
      RenderMessage(*error_);
    }
    return Value();
  }
  return result;
}

Value Evaluator::Apply(const Value& fn, std::vector<Value> args, const Value& input,
                       const std::shared_ptr<Frame>& env) {
  Value result = ApplyInner(fn, std::move(args), input, env);
  while (!failed() && result.IsFunction() && result.function()->kind == Function::Kind::kLambda &&
         result.function()->thunk) {
    if (!CheckLimits(result.function()->node)) return Value();
    std::shared_ptr<Function> thunk = result.function_ptr();
    const Node* call = thunk->node->body.get();
    Value next = Eval(call->procedure.get(), thunk->input, thunk->env);
    if (failed()) return Value();
    std::vector<Value> next_args;
    for (const NodePtr& arg : call->arguments) {
      next_args.push_back(Eval(arg.get(), thunk->input, thunk->env));
      if (failed()) return Value();
    }
    result = ApplyInner(next, std::move(next_args), input, env);
    if (failed()) {
      if (error_->position < 0) error_->position = call->position;
      if (error_->token.empty()) error_->token = ProcName(call->procedure.get());
    }
  }
  return result;
}

Value Evaluator::ApplyInner(const Value& fn_value, std::vector<Value> args, const Value& input,
                            const std::shared_ptr<Frame>& env) {
  if (failed()) return Value();
  const Function* fn = fn_value.function();
  if (fn == nullptr) {
    Fail(MakeError("T1006"));
    return Value();
  }
  std::vector<Value> validated;
  const Signature* sig = fn->signature.get();
  if (sig != nullptr) {
    Error err;
    if (!sig->Validate(args, input, &validated, &err)) {
      if (fn->kind == Function::Kind::kNative) {
        err.token = fn->name;
        RenderMessage(err);
      }
      Fail(std::move(err));
      return Value();
    }
  } else {
    validated = std::move(args);
  }
  switch (fn->kind) {
    case Function::Kind::kLambda:
      return ApplyProcedure(*fn, validated);
    case Function::Kind::kNative: {
      NativeCall call{*this, input, env, validated};
      return fn->impl(call);
    }
    case Function::Kind::kPartial: {
      std::vector<Value> merged;
      size_t next = 0;
      for (const auto& b : fn->bound) {
        if (b.has_value()) {
          merged.push_back(*b);
        } else {
          merged.push_back(next < validated.size() ? validated[next] : Value());
          ++next;
        }
      }
      return Apply(Value(fn->target), std::move(merged), input, env);
    }
    case Function::Kind::kTransform: {
      Value obj = validated.empty() ? Value() : validated[0];
      if (obj.IsDefined() && !obj.IsObject() && !obj.IsArray()) {
        Fail(MakeError("T0410", -1, {}, FormatForMessage(obj)));
        return Value();
      }
      return RunTransform(*fn, obj);
    }
    case Function::Kind::kRegex: {
      Value str = validated.empty() ? Value() : validated[0];
      if (!str.IsString()) return Value();
      int64_t from = validated.size() > 1 && validated[1].IsNumber()
                         ? static_cast<int64_t>(Clamp(validated[1].AsNumber(), 0, 1e15))
                         : 0;
      return RegexMatchObject(*this, *fn, str.AsString(), from);
    }
  }
  return Value();
}

Value Evaluator::ApplyProcedure(const Function& fn, const std::vector<Value>& args) {
  auto frame = NewFrame(fn.env);
  for (size_t i = 0; i < fn.params.size(); ++i) {
    frame->vars.emplace_back(fn.params[i], i < args.size() ? args[i] : Value());
  }
  return Eval(fn.node->body.get(), fn.input, frame);
}

Value Evaluator::EvalPartial(const Node* expr, const Value& input,
                             const std::shared_ptr<Frame>& env) {
  std::vector<std::optional<Value>> bound;
  for (const NodePtr& arg : expr->arguments) {
    if (arg->type == NodeType::kPlaceholder) {
      bound.emplace_back(std::nullopt);
    } else {
      bound.emplace_back(Eval(arg.get(), input, env));
      if (failed()) return Value();
    }
  }
  const std::string name = ProcName(expr->procedure.get());
  Value proc = EvalProcedure(expr, input, env, "T1007");
  if (failed()) return Value();
  if (!proc.IsFunction()) {
    Fail(MakeError("T1008", expr->position, name));
    return Value();
  }
  auto fn = std::make_shared<Function>();
  fn->kind = Function::Kind::kPartial;
  fn->target = proc.function_ptr();
  fn->bound = std::move(bound);
  return Value(fn);
}

Value Evaluator::EvalApplyExpr(const Node* expr, const Value& input,
                               const std::shared_ptr<Frame>& env) {
  Value lhs = Eval(expr->lhs.get(), input, env);
  if (failed()) return Value();
  if (expr->rhs->type == NodeType::kFunction) {
    Value result = EvalFunction(expr->rhs.get(), input, env, &lhs);
    if (expr->rhs->keep_array && result.IsSequence()) {
      result.mutable_array_node()->keep_singleton = true;
    }
    return result;
  }
  Value func = Eval(expr->rhs.get(), input, env);
  if (failed()) return Value();
  if (!func.IsFunction()) {
    Fail(MakeError("T2006", expr->position, {}, FormatForMessage(func)));
    return Value();
  }
  if (lhs.IsFunction()) {
    Value chain = Eval(ChainAst().get(), Value(), env);
    if (failed()) return Value();
    return Apply(chain, {lhs, func}, Value(), env);
  }
  return Apply(func, {lhs}, input, env);
}

Value Evaluator::EvalTransform(const Node* expr, const Value& input,
                               const std::shared_ptr<Frame>& env) {
  auto fn = std::make_shared<Function>();
  fn->kind = Function::Kind::kTransform;
  fn->node = expr;
  fn->input = input;
  fn->env = env;
  return Value(fn);
}

Value Evaluator::RunTransform(const Function& fn, const Value& obj) {
  if (obj.IsUndefined()) return Value();
  const Node* expr = fn.node;
  const Value* clone_fn = fn.env->Lookup("clone");
  if (clone_fn != nullptr && !clone_fn->IsFunction()) {
    Fail(MakeError("T2013", expr->position));
    return Value();
  }
  Value result = DeepClone(obj);
  Value matches = Eval(expr->pattern.get(), result, fn.env);
  if (failed()) return Value();
  if (matches.IsUndefined()) return result;
  std::vector<Value> list;
  if (matches.IsArray()) {
    for (size_t i = 0, n = matches.Size(); i < n; ++i) list.push_back(matches.At(i));
  } else {
    list.push_back(matches);
  }
  for (const Value& match : list) {
    Value update = Eval(expr->update.get(), match, fn.env);
    if (failed()) return Value();
    if (update.IsDefined()) {
      if (!update.IsObject()) {
        Fail(MakeError("T2011", expr->update->position, {}, FormatForMessage(update)));
        return Value();
      }
      if (ObjectNode* target = match.mutable_object_node()) {
        for (const std::string& key : update.Keys()) target->Set(key, update.Get(key));
      }
    }
    if (expr->remove) {
      Value deletions = Eval(expr->remove.get(), match, fn.env);
      if (failed()) return Value();
      if (deletions.IsDefined()) {
        Value list_value = deletions.IsArray() ? deletions : Value();
        std::vector<Value> keys;
        if (deletions.IsArray()) {
          for (size_t i = 0, n = deletions.Size(); i < n; ++i) keys.push_back(deletions.At(i));
        } else {
          keys.push_back(deletions);
        }
        for (const Value& k : keys) {
          if (!k.IsString()) {
            Fail(MakeError("T2012", expr->remove->position, {}, FormatForMessage(deletions)));
            return Value();
          }
        }
        if (ObjectNode* target = match.mutable_object_node()) {
          for (const Value& k : keys) target->Erase(k.AsString());
        }
      }
    }
  }
  return result;
}

}  // namespace asl::jsonata
