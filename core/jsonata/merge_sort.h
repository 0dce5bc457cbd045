// The reference implementation's stable merge sort. Unlike std::sort it stays well
// defined for inconsistent comparators (user lambdas) and stops early on an error.
#ifndef ASL_CORE_JSONATA_MERGE_SORT_H_
#define ASL_CORE_JSONATA_MERGE_SORT_H_

#include <utility>
#include <vector>

namespace asl::jsonata {

// Sorts so that b precedes a whenever swap(a, b) is true for a left run item a and a right
// run item b. `stop()` is polled to abandon the sort after an error.
template <typename T, typename Swap, typename Stop>
void MergeSort(std::vector<T>& items, Swap swap, Stop stop) {
  const size_t n = items.size();
  std::vector<T> buffer(n);
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        if (swap(items[i], items[j])) {
          buffer[k++] = items[j++];
        } else {
          buffer[k++] = items[i++];
        }
        if (stop()) return;
      }
      while (i < mid) buffer[k++] = items[i++];
      while (j < hi) buffer[k++] = items[j++];
    }
    std::swap(items, buffer);
  }
}

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_MERGE_SORT_H_
