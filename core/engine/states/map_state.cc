// Map (ASL "Map State"): InputPath, ItemsPath selects the items (JSONata: Items, default the
// state input), each item (through ItemSelector, with $$.Map.Item) runs the ItemProcessor as its
// own frame, or each batch of items with ItemBatcher, at most MaxConcurrency at a time (0 = no
// bound); the result is the array of iteration outputs. INLINE iterations appear in the history
// (MapIteration*); DISTRIBUTED child executions do not (MapRunStarted / MapRunSucceeded). A
// failed iteration fails the state with its error unless ToleratedFailureCount /
// ToleratedFailurePercentage allow it; the iterations still running are then aborted
// (MapIterationAborted each, by index). ItemReader sources (Amazon S3 objects, listings) are not
// available offline: a Map with ItemReader fails with States.Runtime naming the state (the
// items of a Distributed Map without ItemReader come from the input as for an inline Map).
// ResultWriter: see map_result_writer.h.
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/io_processing.h"
#include "core/engine/jsonata_fields.h"
#include "core/engine/payload_template.h"
#include "core/engine/states/child_results.h"
#include "core/engine/states/error_recovery.h"
#include "core/engine/states/item_batcher.h"
#include "core/engine/states/map_result_writer.h"
#include "core/engine/states/state_handlers.h"
#include "core/json/writer.h"
#include "core/path/path.h"

namespace asl::engine {
namespace {

constexpr uint8_t kRetrying = 1;

struct MapProgress final : ChildResults {
  explicit MapProgress(json::Value items_in)
      : ChildResults(items_in.size()), items(std::move(items_in)) {}
  json::Value items;
  json::Value input;  // $ for ItemSelector.
  size_t next_item = 0;
  bool preselected = false;  // `items` are already ItemSelector's results (ItemBatcher).
  int64_t max_concurrency = 0;
  std::optional<int64_t> tolerated_count;
  std::optional<double> tolerated_percentage;
  bool distributed = false;
  std::string map_run_arn;  // Distributed with ResultWriter.
};

std::string Shown(const json::Value& v) {
  return v.is_string() ? v.as_string() : json::Serialize(v);
}

// A number field that may be given literally or through a path (MaxConcurrencyPath, ...).
// Path values may be numbers or numeric strings, as the service accepts.
std::optional<double> ReadNumber(Interpreter& in, Frame& frame, const json::Value& input,
                                 const std::optional<json::Value>& literal,
                                 const std::optional<std::string>& path_text,
                                 std::string_view path_field, bool integer, std::string* problem) {
  if (literal) {
    if (literal->is_number()) return literal->as_double();
    *problem = std::string(path_field.substr(0, path_field.size() - 4)) + " must be a number.";
    return std::nullopt;
  }
  if (!path_text) return std::nullopt;
  auto parsed = path::Path::Parse(*path_text);
  std::optional<json::Value> value;
  if (auto* p = std::get_if<path::Path>(&parsed)) value = p->Evaluate(in.Environment(frame, input));
  if (!value) {
    *problem = "Invalid path '" + *path_text + "' : the path matches nothing.";
    return std::nullopt;
  }
  std::optional<double> number;
  if (value->is_int() || (value->is_double() && !integer)) number = value->as_double();
  if (value->is_string()) {
    const std::string& text = value->as_string();
    char* end = nullptr;
    double parsed_number = std::strtod(text.c_str(), &end);
    if (!text.empty() && end == text.c_str() + text.size() &&
        (!integer || parsed_number == std::floor(parsed_number))) {
      number = parsed_number;
    }
  }
  if (!number) {
    *problem = "The " + std::string(path_field) + " field refers to value \"" + Shown(*value) +
               "\" which is not a valid " + (integer ? "integer" : "float") + ": " + *path_text;
  }
  return number;
}

class Map final : public StateHandler {
 public:
  void Run(Interpreter& in, Frame& frame) const override {
    const CompiledState& state = in.Current(frame);
    const auto& map = *state.model->As<model::MapState>();
    if (map.item_reader) {
      return Recover(in, frame, in.RuntimeError(frame, kItemReaderUnavailable));
    }
    if (state.jsonata) return RunJsonata(in, frame);
    DataFlowRecord* flow = in.Flow(frame);
    ValueOrError effective = ApplyInputPath(in, frame, frame.input);
    if (auto* e = std::get_if<StateError>(&effective)) return Recover(in, frame, std::move(*e));
    const json::Value& input = std::get<json::Value>(effective);
    if (flow) flow->after_input_path = input;
    json::Value items = input;
    if (map.items_path && *map.items_path != "$") {
      auto parsed = path::Path::Parse(*map.items_path);
      if (auto* p = std::get_if<path::PathProblem>(&parsed)) {
        return Recover(in, frame, in.RuntimeError(frame, "Invalid ItemsPath: " + p->message));
      }
      const path::Path& path = std::get<path::Path>(parsed);
      std::optional<json::Value> selected = path.Evaluate(in.Environment(frame, input));
      if (!selected) {
        return Recover(in, frame,
                       in.RuntimeError(frame, "Invalid path '" + path.text() +
                                                  "' : " + path.DescribeMiss(input)));
      }
      items = std::move(*selected);
    }
    if (!items.is_array()) {
      return Recover(in, frame,
                     in.RuntimeError(frame, "Map state input must be an array but was: " +
                                                json::Serialize(items)));
    }
    auto progress = std::make_unique<MapProgress>(items);
    progress->input = input;
    progress->distributed = map.processor_config.mode == model::ProcessorMode::kDistributed;
    // The service checks MaxConcurrency before recording MapStateStarted, the tolerated
    // failures after.
    std::string problem;
    auto max_concurrency =
        ReadNumber(in, frame, input, map.max_concurrency, map.max_concurrency_path,
                   "MaxConcurrencyPath", true, &problem);
    if (!problem.empty()) return Recover(in, frame, in.RuntimeError(frame, problem));
    EmitStarted(in, frame, items.size());
    auto count =
        ReadNumber(in, frame, input, map.tolerated_failure_count, map.tolerated_failure_count_path,
                   "ToleratedFailureCountPath", true, &problem);
    std::optional<double> percentage;
    if (problem.empty()) {
      percentage = ReadNumber(in, frame, input, map.tolerated_failure_percentage,
                              map.tolerated_failure_percentage_path,
                              "ToleratedFailurePercentagePath", false, &problem);
    }
    if (problem.empty() && count && *count < 0) {
      problem = "ToleratedFailureCount cannot be negative.";
    }
    if (problem.empty() && percentage && (*percentage < 0 || *percentage > 100)) {
      problem = "ToleratedFailurePercentage must be between 0 and 100.";
    }
    if (!problem.empty()) return Recover(in, frame, in.RuntimeError(frame, problem));
    Launch(in, frame, std::move(progress), max_concurrency, count, percentage);
  }

  void OnChildDone(Interpreter& in, Frame& frame, Frame& child) const override {
    auto& progress = static_cast<MapProgress&>(*frame.progress);
    frame.last_event_id = child.last_event_id;
    uint32_t index = child.child_index;
    std::optional<StateError> error = child.error;
    progress.Finished(in, child);
    if (error) {
      if (!progress.distributed) IterationEvent(in, frame, EventType::kMapIterationFailed, index);
      if (!Tolerated(progress)) {
        AbortIterations(in, frame, progress);
        if (progress.distributed) {
          error = StateError{std::string(kStatesExceedToleratedFailureThreshold),
                             "The specified tolerated failure threshold was exceeded", false};
          HistoryEvent run_failed;
          run_failed.type = EventType::kMapRunFailed;
          in.Emit(frame, std::move(run_failed));
        }
        frame.progress.reset();
        return Recover(in, frame, std::move(*error), EventType::kMapStateFailed);
      }
    } else if (!progress.distributed) {
      IterationEvent(in, frame, EventType::kMapIterationSucceeded, index);
    }
    LaunchMore(in, frame);
  }

 private:
  // Items (default: the state input), MaxConcurrency, ToleratedFailureCount and
  // ToleratedFailurePercentage as literals or JSONata expressions with $states.input.
  static void RunJsonata(Interpreter& in, Frame& frame) {
    const CompiledJsonata& fields = *in.Current(frame).jsonata;
    const auto& map = *in.Current(frame).model->As<model::MapState>();
    jsonata::Bindings bindings = JsonataBindings(in, frame, {frame.input});
    auto fail = [&](StateError error) {
      Recover(in, frame, std::move(error), EventType::kMapStateFailed);
    };
    json::Value items = frame.input;
    if (fields.items.present()) {
      ValueOrError evaluated = EvaluateJsonata(in, frame, fields.items, bindings);
      if (auto* e = std::get_if<StateError>(&evaluated)) return fail(std::move(*e));
      items = std::get<json::Value>(std::move(evaluated));
      if (!items.is_array()) {
        return fail(UnexpectedResultType(in, frame, fields.items, "Items", "array", items));
      }
    } else if (!items.is_array()) {
      return fail(QueryEvaluationError(
          in, frame, "Map state input must be an array but was: " + json::Serialize(items),
          "Items"));
    }
    auto progress = std::make_unique<MapProgress>(items);
    progress->input = frame.input;
    progress->distributed = map.processor_config.mode == model::ProcessorMode::kDistributed;
    NumberField max_concurrency = EvaluateNumberField(in, frame, fields.max_concurrency,
                                                      "MaxConcurrency", bindings, true, false);
    if (max_concurrency.error) return fail(std::move(*max_concurrency.error));
    EmitStarted(in, frame, items.size());
    NumberField count = EvaluateNumberField(in, frame, fields.tolerated_failure_count,
                                            "ToleratedFailureCount", bindings, true, false);
    if (count.error) return fail(std::move(*count.error));
    NumberField percentage =
        EvaluateNumberField(in, frame, fields.tolerated_failure_percentage,
                            "ToleratedFailurePercentage", bindings, false, false);
    if (percentage.error) return fail(std::move(*percentage.error));
    if (percentage.value && *percentage.value > 100) {
      return fail(QueryEvaluationError(in, frame,
                                       "The field 'ToleratedFailurePercentage' must be between "
                                       "0 and 100.",
                                       "ToleratedFailurePercentage"));
    }
    Launch(in, frame, std::move(progress), max_concurrency.value, count.value, percentage.value);
  }

  static void EmitStarted(Interpreter& in, Frame& frame, size_t items) {
    HistoryEvent started;
    started.type = EventType::kMapStateStarted;
    started.number = static_cast<int64_t>(items);
    in.Emit(frame, std::move(started));
  }

  static void Launch(Interpreter& in, Frame& frame, std::unique_ptr<MapProgress> progress,
                     std::optional<double> max_concurrency, std::optional<double> count,
                     std::optional<double> percentage) {
    if (in.Current(frame).model->As<model::MapState>()->item_batcher) {
      std::variant<std::unique_ptr<MapProgress>, StateError> batched =
          Batched(in, frame, *progress);
      if (auto* e = std::get_if<StateError>(&batched)) {
        std::optional<EventType> failed;
        if (in.Current(frame).jsonata) failed = EventType::kMapStateFailed;
        return Recover(in, frame, std::move(*e), failed);
      }
      progress = std::get<std::unique_ptr<MapProgress>>(std::move(batched));
    }
    progress->max_concurrency = max_concurrency ? static_cast<int64_t>(*max_concurrency) : 0;
    if (count) progress->tolerated_count = static_cast<int64_t>(*count);
    progress->tolerated_percentage = percentage;
    if (progress->distributed) {
      HistoryEvent run;
      run.type = EventType::kMapRunStarted;
      if (in.Current(frame).model->As<model::MapState>()->result_writer) {
        progress->map_run_arn = NewMapRunArn(in, frame);
        run.details = json::Value(json::Members{{"mapRunArn", json::Value(progress->map_run_arn)}});
      }
      in.Emit(frame, std::move(run));
    }
    frame.progress = std::move(progress);
    frame.status = FrameStatus::kWaitingChildren;
    LaunchMore(in, frame);
  }

  // Every item through ItemSelector, then grouped by ItemBatcher: one iteration per batch.
  static std::variant<std::unique_ptr<MapProgress>, StateError> Batched(
      Interpreter& in, Frame& frame, const MapProgress& progress) {
    auto settings = ReadBatchSettings(in, frame, progress.input);
    if (auto* e = std::get_if<StateError>(&settings)) return std::move(*e);
    json::Array selected;
    selected.reserve(progress.count());
    for (size_t i = 0; i < progress.count(); ++i) {
      ValueOrError item = SelectItem(in, frame, progress, static_cast<uint32_t>(i));
      if (auto* e = std::get_if<StateError>(&item)) return std::move(*e);
      selected.push_back(std::get<json::Value>(std::move(item)));
    }
    auto batched =
        std::make_unique<MapProgress>(BatchItems(selected, std::get<BatchSettings>(settings)));
    batched->input = progress.input;
    batched->distributed = progress.distributed;
    batched->preselected = true;
    return batched;
  }

  // The input of iteration `index`: ItemSelector (with $$.Map.Item / $states.context.Map.Item)
  // or the item itself.
  static ValueOrError SelectItem(Interpreter& in, Frame& frame, const MapProgress& progress,
                                 uint32_t index) {
    const CompiledState& state = in.Current(frame);
    const json::Value& item = *progress.items.At(index);
    if (progress.preselected) return item;
    bool selects =
        state.jsonata ? state.jsonata->item_selector.present() : state.parameters.present();
    if (!selects) return item;
    frame.map_item =
        json::Value(json::Members{{"Index", json::Value(int64_t{index})}, {"Value", item}});
    ValueOrError selected = state.jsonata
                                ? EvaluateJsonata(in, frame, state.jsonata->item_selector,
                                                  JsonataBindings(in, frame, {progress.input}))
                                : ApplyPayloadTemplate(in, frame, state.parameters, progress.input);
    frame.map_item = json::Value();
    return selected;
  }

  static bool Tolerated(const MapProgress& progress) {
    auto failed = static_cast<int64_t>(progress.failed());
    bool by_count = progress.tolerated_count && failed <= *progress.tolerated_count;
    bool by_percentage =
        progress.tolerated_percentage && progress.count() > 0 &&
        100.0 * static_cast<double>(failed) / static_cast<double>(progress.count()) <=
            *progress.tolerated_percentage;
    return by_count || by_percentage;
  }

  static void IterationEvent(Interpreter& in, Frame& frame, EventType type, uint32_t index) {
    HistoryEvent e;
    e.type = type;
    e.name = in.Current(frame).name;
    e.number = index;
    in.Emit(frame, std::move(e));
  }

  // Starts iterations while MaxConcurrency allows; completes the state when all are done.
  static void LaunchMore(Interpreter& in, Frame& frame) {
    const CompiledState& state = in.Current(frame);
    auto& progress = static_cast<MapProgress&>(*frame.progress);
    while (progress.next_item < progress.count() &&
           (progress.max_concurrency <= 0 ||
            static_cast<int64_t>(progress.running()) < progress.max_concurrency)) {
      auto index = static_cast<uint32_t>(progress.next_item++);
      ValueOrError selected = SelectItem(in, frame, progress, index);
      std::optional<StateError> error;
      if (auto* e = std::get_if<StateError>(&selected)) {
        error = std::move(*e);
      } else {
        error = in.CheckPayloadSize(frame, std::get<json::Value>(selected));
      }
      if (error) {
        AbortIterations(in, frame, progress);
        frame.progress.reset();
        return Recover(in, frame, std::move(*error));
      }
      json::Value item_input = std::get<json::Value>(std::move(selected));
      if (!progress.distributed) IterationEvent(in, frame, EventType::kMapIterationStarted, index);
      int64_t started_event = frame.last_event_id;
      Frame& child = in.SpawnChild(frame, *state.children[0], std::move(item_input), index,
                                   progress.distributed);
      progress.Started(child.id);
      frame.last_event_id = started_event;
      if (in.finished()) return;
    }
    if (progress.finished() < progress.count()) return;
    json::Value results = progress.TakeResults();
    bool distributed = progress.distributed;
    const auto& map = *state.model->As<model::MapState>();
    if (distributed && map.result_writer) {
      results = ResultWriterOutput(in, frame, *map.result_writer, progress.input,
                                   progress.map_run_arn, std::move(results));
    }
    frame.progress.reset();
    if (distributed) {
      HistoryEvent run;
      run.type = EventType::kMapRunSucceeded;
      in.Emit(frame, std::move(run));
    }
    HistoryEvent succeeded;
    succeeded.type = EventType::kMapStateSucceeded;
    in.Emit(frame, std::move(succeeded));
    FinishWithResult(in, frame, std::move(results), map.retry, map.catch_, kRetrying);
  }

  // Abandons the iterations still running; an inline Map records MapIterationAborted for each,
  // by index, before the state's failure.
  static void AbortIterations(Interpreter& in, Frame& frame, MapProgress& progress) {
    if (!progress.distributed) {
      for (uint32_t index : progress.RunningIndexes(in)) {
        IterationEvent(in, frame, EventType::kMapIterationAborted, index);
      }
    }
    progress.AbortRunning(in);
  }

  static void Recover(Interpreter& in, Frame& frame, StateError error,
                      std::optional<EventType> failed_event = std::nullopt) {
    const auto& map = *in.Current(frame).model->As<model::MapState>();
    RecoverOrFail(in, frame, std::move(error), map.retry, map.catch_, kRetrying, failed_event);
  }
};

}  // namespace

const StateHandler& MapHandler() {
  static const Map handler;
  return handler;
}

}  // namespace asl::engine
