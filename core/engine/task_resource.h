// How a Task's Resource shows in the history: which event family and which
// resourceType / resource the service reports
// (https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html).
#ifndef ASL_CORE_ENGINE_TASK_RESOURCE_H_
#define ASL_CORE_ENGINE_TASK_RESOURCE_H_

#include <string>
#include <string_view>

#include "core/json/value.h"

namespace asl::engine {

enum class IntegrationPattern { kRequestResponse, kSync, kWaitForTaskToken };

struct TaskResource {
  enum class Family { kTask, kLambdaFunction, kActivity };
  Family family = Family::kTask;
  IntegrationPattern pattern = IntegrationPattern::kRequestResponse;
  json::Value resource_type;  // "lambda" for arn:aws:states:::lambda:invoke; null otherwise.
  json::Value resource;       // "invoke" (service integrations) or the whole ARN.
};

// "arn:aws:states:::lambda:invoke" -> Task events, resourceType "lambda", resource "invoke";
// "arn:aws:states:::sqs:sendMessage.waitForTaskToken" -> resource "sendMessage.waitForTaskToken";
// "arn:aws:lambda:REGION:ACCOUNT:function:NAME" -> LambdaFunction events;
// "arn:aws:states:REGION:ACCOUNT:activity:NAME" -> Activity events.
TaskResource ClassifyResource(std::string_view arn);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_TASK_RESOURCE_H_
