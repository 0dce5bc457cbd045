// The typed view of an ASL definition (the top-level machine, a Parallel branch, or a Map
// ItemProcessor — all share this type).
//
// Shape: a State carries the fields every state type may have plus a std::variant `body`
// with the fields of its type (PassState, TaskState, ...; see states.h). States are kept in
// definition order, with a name → index map. Each state and nested machine keeps its RFC 6901
// JSON pointer so that diagnostics and the engine can refer to the source.
//
// The model is built tolerantly (BuildStateMachine in build.h): wrongly typed or unknown
// fields are skipped, not reported. Only the validator reports problems; the engine should
// run a model only after validation found no errors.
#ifndef ASL_CORE_MODEL_STATE_MACHINE_H_
#define ASL_CORE_MODEL_STATE_MACHINE_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "core/json/position_table.h"
#include "core/json/value.h"
#include "core/model/boxed.h"
#include "core/model/path_field.h"
#include "core/model/pointer_arena.h"
#include "core/model/query_language.h"
#include "core/model/state_field.h"
#include "core/model/states.h"

namespace asl::model {

struct State {
  std::string name;
  // e.g. "/States/Check" or "/States/P/Branches/0/States/Inner" (in the model's PointerArena).
  std::string_view pointer;
  StateType type = StateType::kPass;
  // False when "Type" is missing or not one of the eight types; `type` and `body` are then
  // an empty Pass state and only the validator's Type check applies.
  bool type_valid = true;
  // The effective language: the state's own QueryLanguage, else its machine's.
  QueryLanguage query_language = QueryLanguage::kJsonPath;
  std::optional<std::string> comment;
  std::optional<std::string> next;
  bool end = false;
  PathField input_path;
  PathField output_path;
  std::optional<json::Value> assign;  // "Assign" (variables), both languages.
  std::optional<json::Value> output;  // JSONata "Output".
  json::Value raw;                    // The state's JSON object as written.
  StateFieldSlots fields;             // Where raw's known fields stand (see Field).
  // The type's own fields; the large ones are boxed (StoredBody), so read them with As<T>().
  std::variant<StoredBody<PassState>, StoredBody<TaskState>, StoredBody<ChoiceState>,
               StoredBody<WaitState>, StoredBody<SucceedState>, StoredBody<FailState>,
               StoredBody<ParallelState>, StoredBody<MapState>>
      body;

  // The member `field` of raw, or nullptr when absent: the same as raw.Find(name), without
  // a search.
  const json::Value* Field(StateField field) const { return fields.Find(raw, field); }

  // The body when it is a T, else nullptr.
  template <typename T>
  const T* As() const {
    const StoredBody<T>* stored = std::get_if<StoredBody<T>>(&body);
    if constexpr (std::is_same_v<StoredBody<T>, T>) {
      return stored;
    } else {
      return stored != nullptr ? stored->get() : nullptr;
    }
  }
  // Makes the body a fresh T and returns it (the model builder's side).
  template <typename T>
  T& EmplaceBody() {
    StoredBody<T>& stored = body.template emplace<StoredBody<T>>();
    if constexpr (std::is_same_v<StoredBody<T>, T>) {
      return stored;
    } else {
      return *stored.get();
    }
  }
};

struct StateMachine {
  // "" for the definition; "/States/P/Branches/0", "/States/M/ItemProcessor".
  std::string_view pointer;
  // Holds the text of every pointer of the model (shared by all of its machines).
  std::shared_ptr<const PointerArena> pointers;
  std::string start_at;
  std::optional<std::string> comment;
  std::optional<std::string> version;                       // Top level only.
  std::optional<json::Value> timeout_seconds;               // Top level only.
  QueryLanguage query_language = QueryLanguage::kJsonPath;  // Effective for this machine.
  bool query_language_explicit = false;  // Whether this machine's JSON sets QueryLanguage.
  json::Value raw;                       // The machine's JSON object as written.
  std::vector<State> states;             // Definition order.
  // Name → position in `states` (built over `states` once they are in place; names are
  // unique within a machine, as the keys of its "States" object).
  json::PositionTable index;
  // False when the builder stopped descending because the nesting exceeded kMaxNesting.
  bool complete = true;

  // The accessor `index` was built with.
  auto NameOf() const {
    return [this](size_t i) -> std::string_view { return states[i].name; };
  }
  // The position of the state named `name` in `states`, or nullopt.
  std::optional<size_t> IndexOf(std::string_view name) const { return index.Find(name, NameOf()); }
  const State* Find(std::string_view name) const {
    std::optional<size_t> i = IndexOf(name);
    return i ? &states[*i] : nullptr;
  }
};

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_STATE_MACHINE_H_
