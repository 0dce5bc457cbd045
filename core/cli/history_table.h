// The execution history as a table for a terminal: id, virtual time, event type, state.
#ifndef ASL_CORE_CLI_HISTORY_TABLE_H_
#define ASL_CORE_CLI_HISTORY_TABLE_H_

#include <ostream>
#include <vector>

#include "core/engine/history.h"

namespace asl::cli {

void PrintHistoryTable(std::ostream& out, const engine::EventList& events);

}  // namespace asl::cli

#endif  // ASL_CORE_CLI_HISTORY_TABLE_H_
