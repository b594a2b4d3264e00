// Lookup by id in constant time over a vector of items that carry an `id` (rubric
// competencies, scored competencies, behaviours). Loops that look up every item of
// another list use it, so 60,000 competencies stay linear instead of quadratic.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace scorecard {

template <typename T>
class IdIndex {
public:
    IdIndex() = default;
    // Refers into `items`, which must outlive the index unchanged. The first of two
    // items with one id wins, as a linear search would find it.
    explicit IdIndex(const std::vector<T>& items) {
        map_.reserve(items.size());
        for (const auto& x : items) map_.emplace(std::string_view(x.id), &x);
    }
    const T* find(std::string_view id) const {
        auto it = map_.find(id);
        return it == map_.end() ? nullptr : it->second;
    }

private:
    std::unordered_map<std::string_view, const T*> map_;
};

}  // namespace scorecard
