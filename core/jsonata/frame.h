// A scope of variable bindings, chained to its enclosing scope.
#ifndef ASL_CORE_JSONATA_FRAME_H_
#define ASL_CORE_JSONATA_FRAME_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/jsonata/value.h"

namespace asl::jsonata {

struct Frame {
  explicit Frame(std::shared_ptr<Frame> enclosing) : parent(std::move(enclosing)) {}

  // The nearest binding of `name`, or nullptr.
  const Value* Lookup(std::string_view name) const {
    for (const Frame* f = this; f != nullptr; f = f->parent.get()) {
      for (const auto& [key, value] : f->vars) {
        if (key == name) return &value;
      }
    }
    return nullptr;
  }

  void Bind(std::string_view name, Value value) {
    for (auto& [key, v] : vars) {
      if (key == name) {
        v = std::move(value);
        return;
      }
    }
    vars.emplace_back(std::string(name), std::move(value));
  }

  std::shared_ptr<Frame> parent;
  std::vector<std::pair<std::string, Value>> vars;
};

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_FRAME_H_
