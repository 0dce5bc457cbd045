// Registration of the built-in function library (functions.js of the reference).
#ifndef ASL_CORE_JSONATA_BUILTINS_H_
#define ASL_CORE_JSONATA_BUILTINS_H_

#include <memory>
#include <string>
#include <string_view>

#include "core/jsonata/error.h"
#include "core/jsonata/frame.h"
#include "core/jsonata/function.h"

namespace asl::jsonata {

// A native function value. `signature` uses the reference's syntax ("<s-n?:s>", or ""
// for none); `arity` is what higher-order functions see (the JavaScript parameter count).
Value MakeNative(std::string name, std::string_view signature, int arity, NativeImpl impl);

// Binds `name` (without '$') to a native function in `frame`.
void AddBuiltin(Frame& frame, std::string name, std::string_view signature, int arity,
                NativeImpl impl);

// The frame holding every built-in; built once, shared by all evaluations.
std::shared_ptr<Frame> BuiltinFrame();

void RegisterStringFunctions(Frame& frame);
void RegisterNumericFunctions(Frame& frame);
void RegisterArrayFunctions(Frame& frame);
void RegisterObjectFunctions(Frame& frame);
void RegisterRegexFunctions(Frame& frame);
void RegisterDateTimeFunctions(Frame& frame);
void RegisterFormatFunctions(Frame& frame);

// Helpers shared by the function families.
inline Value Arg(const NativeCall& c, size_t i) { return i < c.args.size() ? c.args[i] : Value(); }
Value FailWith(NativeCall& c, Error e);
// fn.string: undefined for undefined; fails with D3001 on non-finite numbers.
Value ToStringValue(NativeCall& c, const Value& v, bool prettify = false);
// Applies `fn` to hofFuncArgs(fn, a1, a2, a3) (extra arguments only up to its arity).
Value ApplyHof(NativeCall& c, const Value& fn, const Value& a1, const Value& a2, const Value& a3);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_BUILTINS_H_
