// A value kept in its own heap block: a State stores its large type-specific fields this way
// so that every State stays small (a definition's states are walked, copied and freed as one
// array, and their size is what those walks touch).
#ifndef ASL_CORE_MODEL_BOXED_H_
#define ASL_CORE_MODEL_BOXED_H_

#include <cstddef>
#include <memory>
#include <type_traits>

namespace asl::model {

// Contract: a Boxed<T> behaves as a T value (copies copy the T; it always holds one) except
// after it was moved from, when it holds none and get() is null.
template <typename T>
class Boxed {
 public:
  Boxed() : value_(std::make_unique<T>()) {}
  Boxed(const Boxed& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  ~Boxed() = default;

  T* get() { return value_.get(); }
  const T* get() const { return value_.get(); }

 private:
  std::unique_ptr<T> value_;
};

// How a body of type T is stored: in place up to kInlineBodyBytes, boxed when larger.
inline constexpr size_t kInlineBodyBytes = 128;
template <typename T>
using StoredBody = std::conditional_t<(sizeof(T) > kInlineBodyBytes), Boxed<T>, T>;

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_BOXED_H_
