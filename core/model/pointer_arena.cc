#include "core/model/pointer_arena.h"

#include <cstring>

#include "core/json/pointer.h"

namespace asl::model {
namespace {

// Writes `base` at `out` and returns the end.
char* WriteBase(char* out, std::string_view base) {
  if (!base.empty()) std::memcpy(out, base.data(), base.size());
  return out + base.size();
}

}  // namespace

std::string_view PointerArena::Append(std::string_view base, std::string_view token) {
  const size_t token_size = json::EscapedTokenSize(token);
  const size_t size = base.size() + 1 + token_size;
  char* begin = Allocate(size);
  char* out = WriteBase(begin, base);
  *out++ = '/';
  json::WriteEscapedToken(out, token, token_size);
  return {begin, size};
}

std::string_view PointerArena::Append(std::string_view base, size_t index) {
  const size_t size = base.size() + 1 + json::IndexTokenSize(index);
  char* begin = Allocate(size);
  char* out = WriteBase(begin, base);
  *out++ = '/';
  json::WriteIndexToken(out, index);
  return {begin, size};
}

std::string_view PointerArena::Append(std::string_view base, std::string_view key,
                                      std::string_view token) {
  const size_t key_size = json::EscapedTokenSize(key);
  const size_t token_size = json::EscapedTokenSize(token);
  const size_t size = base.size() + 2 + key_size + token_size;
  char* begin = Allocate(size);
  char* out = WriteBase(begin, base);
  *out++ = '/';
  out = json::WriteEscapedToken(out, key, key_size);
  *out++ = '/';
  json::WriteEscapedToken(out, token, token_size);
  return {begin, size};
}

std::string_view PointerArena::Append(std::string_view base, std::string_view key, size_t index) {
  const size_t key_size = json::EscapedTokenSize(key);
  const size_t size = base.size() + 2 + key_size + json::IndexTokenSize(index);
  char* begin = Allocate(size);
  char* out = WriteBase(begin, base);
  *out++ = '/';
  out = json::WriteEscapedToken(out, key, key_size);
  *out++ = '/';
  json::WriteIndexToken(out, index);
  return {begin, size};
}

char* PointerArena::Allocate(size_t size) {
  if (size > free_bytes_) {
    // A pointer longer than a block gets a block of its own.
    const size_t block = size > kBlockBytes ? size : kBlockBytes;
    blocks_.push_back(std::unique_ptr<char[]>(new char[block]));  // Left uninitialised.
    free_ = blocks_.back().get();
    free_bytes_ = block;
  }
  char* begin = free_;
  free_ += size;
  free_bytes_ -= size;
  return begin;
}

}  // namespace asl::model
