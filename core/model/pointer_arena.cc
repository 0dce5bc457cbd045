#include "core/model/pointer_arena.h"

#include <cstring>

#include "core/json/pointer.h"

namespace asl::model {

std::string_view PointerArena::Append(std::string_view base, std::string_view token) {
  scratch_.assign(base);
  json::AppendStep(scratch_, token);
  return Keep();
}

std::string_view PointerArena::Append(std::string_view base, size_t index) {
  scratch_.assign(base);
  json::AppendStep(scratch_, index);
  return Keep();
}

std::string_view PointerArena::Append(std::string_view base, std::string_view key,
                                      std::string_view token) {
  scratch_.assign(base);
  json::AppendStep(scratch_, key);
  json::AppendStep(scratch_, token);
  return Keep();
}

std::string_view PointerArena::Append(std::string_view base, std::string_view key,
                                      size_t index) {
  scratch_.assign(base);
  json::AppendStep(scratch_, key);
  json::AppendStep(scratch_, index);
  return Keep();
}

std::string_view PointerArena::Keep() {
  const size_t size = scratch_.size();
  if (size > free_bytes_) {
    // A pointer longer than a block gets a block of its own.
    const size_t block = size > kBlockBytes ? size : kBlockBytes;
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(block));
    free_ = blocks_.back().get();
    free_bytes_ = block;
  }
  char* kept = free_;
  std::memcpy(kept, scratch_.data(), size);
  free_ += size;
  free_bytes_ -= size;
  return {kept, size};
}

}  // namespace asl::model
