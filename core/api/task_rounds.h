// The compact exchange of pending tasks between api::Session and a host that answers them in
// rounds (the asl-wasm run loop): the session lists what is pending after a run of steps, and
// the host answers the listed tasks in one call, by their place in the listing. Both texts are
// shaped so that JavaScript reads a listing with one JSON.parse and writes answers by joining
// strings; a Task state's name and resource cross once per execution, not once per task.
//
// Listing (a JSON array):
//   [state, kinds, kind, attempt, token, input, kind, attempt, token, input, ...]
//   state: 0 running (the step budget ran out), 1 waiting (nothing can run before an answer),
//          2 finished;
//   kinds: 0, or [[state name, resource], ...], the kinds of task first met in this listing,
//          numbered on from those of earlier listings (the first kind of an execution is 0);
//   then one (kind, attempt, token, input) group per pending task, in the engine's order.
// Answers: one item per listed task, from the first, separated by U+001E:
//   "R" + the result as JSON text | "F" + JSON [error, cause] | "S" (no answer yet: the task
//   stays pending). Fewer items than tasks leave the rest pending. A result that is not valid
//   JSON fails its task with States.Runtime; an answer to a task that is no longer pending (an
//   earlier answer ended its branch or the execution) is dropped.
#ifndef ASL_CORE_API_TASK_ROUNDS_H_
#define ASL_CORE_API_TASK_ROUNDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine/execution.h"
#include "core/json/value.h"

namespace asl::api {

class TaskRounds {
 public:
  // The listing of `execution` after a run of steps; `blocked`: the last step found nothing
  // to run. Remembers the listed tasks for Apply. The text is valid until the next List.
  const std::string& List(const engine::Execution& execution, bool blocked);
  // Applies `answers` to the tasks of the last listing, in order, once: a second Apply before
  // the next List answers nothing. Returns "" or what is malformed (nothing is applied then).
  std::string Apply(engine::Execution& execution, std::string_view answers);

 private:
  // The JSON strings of the requests that named the kind first (a state's requests share them).
  struct Kind {
    json::Value state;
    json::Value resource;
  };
  struct Listed {
    std::string token;
    size_t kind;
  };
  // One item of an answers text, read.
  struct Answer {
    enum class Kind { kResult, kFailure, kSkip } kind = Kind::kSkip;
    json::Value result;  // kResult with valid JSON.
    std::string error;   // kFailure: the ASL error; kResult: why the result is not JSON.
    std::string cause;
  };

  // Reads one item into `out`; "" or why it is malformed.
  static std::string ReadAnswer(std::string_view item, Answer& out);

  // The number of the kind of (state, resource), registering it (and appending it to
  // `new_kinds` as JSON) when it is new. Strings shared with a known kind match it at once.
  size_t KindOf(const json::Value& state, const json::Value& resource, std::string& new_kinds);

  std::vector<Kind> kinds_;
  size_t last_kind_ = 0;  // Where KindOf looks first: tasks of one state tend to follow.
  // The tasks of the last listing are the first `listed_count_` entries; the entries past it
  // are kept so that the next listing reuses their token strings (a round per task).
  std::vector<Listed> listed_;
  size_t listed_count_ = 0;
  std::string listing_;          // The last listing's text (its buffer is reused).
  std::vector<Answer> answers_;  // Apply's working list, empty between calls.
};

}  // namespace asl::api

#endif  // ASL_CORE_API_TASK_ROUNDS_H_
