// RFC 6901 JSON pointers: building and splitting them.
#ifndef ASL_CORE_JSON_POINTER_H_
#define ASL_CORE_JSON_POINTER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace asl::json {

// Escapes one reference token ('~' -> "~0", '/' -> "~1").
std::string EscapePointerToken(std::string_view token);
// base + "/" + escaped token.
std::string AppendPointer(std::string_view base, std::string_view token);
std::string AppendPointer(std::string_view base, size_t index);
// Two steps at once, in one allocation: base + "/" + escaped key + "/" + escaped token (or
// index), e.g. the pointer of a state ("/States", name) or of a list item ("Retry", 0).
std::string AppendPointer(std::string_view base, std::string_view key, std::string_view token);
std::string AppendPointer(std::string_view base, std::string_view key, size_t index);
// For writers into their own buffers: the size of `token` escaped, and writing it escaped at
// `out` (which has room for `escaped_size` == EscapedTokenSize(token) bytes; returns the end).
size_t EscapedTokenSize(std::string_view token);
char* WriteEscapedToken(char* out, std::string_view token, size_t escaped_size);
// The size of `index` in decimal, and writing it at `out` (returns the end).
size_t IndexTokenSize(size_t index);
char* WriteIndexToken(char* out, size_t index);
// The unescaped reference tokens of a pointer ("" has none).
std::vector<std::string> SplitPointer(std::string_view pointer);
// The pointer of the enclosing value ("" for "" and for a top-level member).
std::string_view ParentPointer(std::string_view pointer);

}  // namespace asl::json

#endif  // ASL_CORE_JSON_POINTER_H_
