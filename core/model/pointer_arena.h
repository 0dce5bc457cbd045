// The JSON pointers of a model (its machines, states, Choice rules, retriers and catchers),
// stored side by side in a few blocks instead of one allocation each.
#ifndef ASL_CORE_MODEL_POINTER_ARENA_H_
#define ASL_CORE_MODEL_POINTER_ARENA_H_

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace asl::model {

// Contract: a view returned by Append stays valid, unchanged, while the arena lives (blocks
// never move or change). Every StateMachine of a model shares its arena (shared_ptr), so the
// pointers of a model's parts are valid while any machine of the model lives.
class PointerArena {
 public:
  PointerArena() = default;
  PointerArena(const PointerArena&) = delete;
  PointerArena& operator=(const PointerArena&) = delete;

  // base + "/" + escaped token; base + "/" + index; and the same with two steps at once
  // (base + "/" + escaped key + "/" + escaped token or index).
  std::string_view Append(std::string_view base, std::string_view token);
  std::string_view Append(std::string_view base, size_t index);
  std::string_view Append(std::string_view base, std::string_view key, std::string_view token);
  std::string_view Append(std::string_view base, std::string_view key, size_t index);

 private:
  // `size` bytes at the free end of the last block (a new block when they do not fit).
  char* Allocate(size_t size);

  static constexpr size_t kBlockBytes = 8192;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;  // The unused end of the last block.
  size_t free_bytes_ = 0;
};

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_POINTER_ARENA_H_
