// History event types, spelled as the service's GetExecutionHistory spells them.
#ifndef ASL_CORE_ENGINE_EVENT_TYPE_H_
#define ASL_CORE_ENGINE_EVENT_TYPE_H_

#include <cstdint>
#include <string_view>

namespace asl::engine {

#define ASL_ENGINE_EVENT_TYPES(X)                                                                  \
  X(ExecutionStarted, kExecutionInput)                                                             \
  X(ExecutionSucceeded, kOutput) X(ExecutionFailed, kErrorCause) X(                                \
      ExecutionTimedOut, kErrorCause) X(ExecutionAborted, kErrorCause)                             \
      X(PassStateEntered, kStateEntered) X(PassStateExited, kStateExited) X(                       \
          TaskStateEntered, kStateEntered) X(TaskStateExited, kStateExited) X(TaskStateAborted,    \
                                                                              kNone)               \
          X(ChoiceStateEntered, kStateEntered) X(ChoiceStateExited, kStateExited) X(               \
              WaitStateEntered, kStateEntered) X(WaitStateExited,                                  \
                                                 kStateExited) X(WaitStateAborted, kNone)          \
              X(SucceedStateEntered, kStateEntered) X(SucceedStateExited, kStateExited) X(         \
                  FailStateEntered, kStateEntered) X(ParallelStateEntered, kStateEntered)          \
                  X(ParallelStateExited, kStateExited) X(ParallelStateStarted, kNone) X(           \
                      ParallelStateSucceeded, kNone) X(ParallelStateFailed,                        \
                                                       kNone) X(ParallelStateAborted, kNone)       \
                      X(MapStateEntered, kStateEntered) X(MapStateExited, kStateExited) X(         \
                          MapStateStarted, kMapStarted) X(MapStateSucceeded,                       \
                                                          kNone) X(MapStateFailed, kNone)          \
                          X(MapStateAborted, kNone) X(MapIterationStarted, kMapIteration) X(       \
                              MapIterationSucceeded, kMapIteration) X(MapIterationFailed,          \
                                                                      kMapIteration)               \
                              X(MapIterationAborted, kMapIteration) X(                             \
                                  MapRunStarted, kMapRunStarted) X(MapRunSucceeded, kNone)         \
                                  X(MapRunFailed, kErrorCause) X(MapRunAborted, kErrorCause) X(    \
                                      TaskScheduled, kTaskScheduled) X(TaskStarted, kTaskResource) \
                                      X(TaskSubmitted, kTaskOutput) X(TaskSucceeded, kTaskOutput)  \
                                          X(TaskFailed, kTaskError) X(TaskTimedOut, kTaskError) X( \
                                              TaskStartFailed, kTaskError) X(TaskSubmitFailed,     \
                                                                             kTaskError)           \
                                              X(LambdaFunctionScheduled, kLambdaScheduled) X(      \
                                                  LambdaFunctionStarted,                           \
                                                  kNone) X(LambdaFunctionSucceeded, kOutput)       \
                                                  X(LambdaFunctionFailed, kErrorCause) X(          \
                                                      LambdaFunctionTimedOut, kErrorCause)         \
                                                      X(LambdaFunctionStartFailed, kErrorCause) X( \
                                                          LambdaFunctionScheduleFailed,            \
                                                          kErrorCause) X(ActivityScheduled,        \
                                                                         kLambdaScheduled)         \
                                                          X(ActivityStarted, kNone)                \
                                                              X(ActivitySucceeded, kOutput) X(     \
                                                                  ActivityFailed, kErrorCause)     \
                                                                  X(ActivityTimedOut, kErrorCause) \
                                                                      X(ActivityScheduleFailed,    \
                                                                        kErrorCause)               \
                                                                          X(EvaluationFailed,      \
                                                                            kEvaluationFailed)

// How an event type's `*EventDetails` object is shaped.
enum class DetailsShape : uint8_t {
  kNone,              // No details object.
  kExecutionInput,    // input, inputDetails (+ extra members such as roleArn).
  kOutput,            // output, outputDetails.
  kErrorCause,        // error, cause.
  kStateEntered,      // "stateEnteredEventDetails": name, input, inputDetails.
  kStateExited,       // "stateExitedEventDetails": name, output, outputDetails, assignedVariables.
  kTaskScheduled,     // resourceType, resource, region, parameters, timeoutInSeconds...
  kTaskResource,      // resourceType, resource.
  kTaskOutput,        // resourceType, resource, output, outputDetails.
  kTaskError,         // resourceType, resource, error, cause.
  kLambdaScheduled,   // resource, input, inputDetails, timeoutInSeconds (also activities).
  kMapStarted,        // length.
  kMapIteration,      // name, index.
  kMapRunStarted,     // mapRunArn.
  kEvaluationFailed,  // error, cause, location, state.
};

enum class EventType : uint8_t {
#define ASL_ENGINE_EVENT_ENUM(name, shape) k##name,
  ASL_ENGINE_EVENT_TYPES(ASL_ENGINE_EVENT_ENUM)
#undef ASL_ENGINE_EVENT_ENUM
};

// "PassStateEntered", ...
std::string_view EventTypeName(EventType type);
DetailsShape EventDetailsShape(EventType type);
// The member holding the details: "stateEnteredEventDetails" for every *StateEntered type,
// "stateExitedEventDetails" for every *StateExited type, otherwise the type name in lower camel
// case + "EventDetails" ("taskScheduledEventDetails"); empty for kNone.
std::string_view EventDetailsKey(EventType type);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_EVENT_TYPE_H_
