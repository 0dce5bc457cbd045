#include "core/cli/history_table.h"

#include <algorithm>
#include <string>

#include "core/timestamp/timestamp.h"

namespace asl::cli {

void PrintHistoryTable(std::ostream& out, const engine::EventList& events) {
  size_t type_width = 4;
  for (const engine::HistoryEvent& e : events) {
    type_width = std::max(type_width, engine::EventTypeName(e.type).size());
  }
  auto pad = [](std::string s, size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
  };
  out << pad("ID", 6) << "  " << pad("TIME", 24) << "  " << pad("TYPE", type_width) << "  STATE\n";
  for (const engine::HistoryEvent& e : events) {
    std::string id = std::to_string(e.id);
    out << std::string(id.size() < 6 ? 6 - id.size() : 0, ' ') << id << "  "
        << pad(timestamp::FormatTimestamp(e.timestamp_ms), 24) << "  ";
    std::string type(engine::EventTypeName(e.type));
    if (e.name.is_string()) {
      out << pad(type, type_width) << "  " << e.name.as_string() << "\n";
    } else {
      out << type << "\n";
    }
  }
}

}  // namespace asl::cli
