// The query language of a state machine or state (ASL 2024: "QueryLanguage").
#ifndef ASL_CORE_MODEL_QUERY_LANGUAGE_H_
#define ASL_CORE_MODEL_QUERY_LANGUAGE_H_

#include <optional>
#include <string_view>

namespace asl::model {

// JSONPath is the default when neither the state nor any enclosing machine sets one.
enum class QueryLanguage { kJsonPath, kJsonata };

// "JSONPath" | "JSONata".
std::string_view QueryLanguageName(QueryLanguage language);
// The language spelled exactly as ASL spells it, or nullopt.
std::optional<QueryLanguage> ParseQueryLanguage(std::string_view name);

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_QUERY_LANGUAGE_H_
