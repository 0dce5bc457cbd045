#include "core/model/query_language.h"

namespace asl::model {

std::string_view QueryLanguageName(QueryLanguage language) {
  return language == QueryLanguage::kJsonata ? "JSONata" : "JSONPath";
}

std::optional<QueryLanguage> ParseQueryLanguage(std::string_view name) {
  if (name == "JSONPath") return QueryLanguage::kJsonPath;
  if (name == "JSONata") return QueryLanguage::kJsonata;
  return std::nullopt;
}

}  // namespace asl::model
