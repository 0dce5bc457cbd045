#include "core/engine/task_resource.h"

namespace asl::engine {
namespace {

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

TaskResource ClassifyResource(std::string_view arn) {
  TaskResource out;
  out.resource = json::Value(arn);
  constexpr std::string_view kService = "arn:aws:states:::";
  if (arn.substr(0, kService.size()) == kService) {
    std::string_view rest = arn.substr(kService.size());
    size_t colon = rest.find(':');
    if (colon != std::string_view::npos) {
      out.resource_type = json::Value(rest.substr(0, colon));
      out.resource = json::Value(rest.substr(colon + 1));
    }
    if (EndsWith(arn, ".sync") || arn.find(".sync:") != std::string_view::npos) {
      out.pattern = IntegrationPattern::kSync;
    } else if (EndsWith(arn, ".waitForTaskToken")) {
      out.pattern = IntegrationPattern::kWaitForTaskToken;
    }
    return out;
  }
  if (arn.substr(0, 15) == "arn:aws:lambda:" && arn.find(":function:") != std::string_view::npos) {
    out.family = TaskResource::Family::kLambdaFunction;
    return out;
  }
  if (arn.substr(0, 15) == "arn:aws:states:" && arn.find(":activity:") != std::string_view::npos) {
    out.family = TaskResource::Family::kActivity;
  }
  return out;
}

}  // namespace asl::engine
