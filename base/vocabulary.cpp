// Lookups over the fixed vocabularies of vocabulary.hpp.
#include "base/vocabulary.hpp"

#include <iterator>

namespace scorecard {

namespace {
template <std::size_t N>
const Choice* find(const Choice (&choices)[N], std::string_view id) {
    for (const auto& c : choices)
        if (id == c.id) return &c;
    return nullptr;
}
}  // namespace

bool is_recommendation(std::string_view id) { return find(kRecommendations, id) != nullptr; }

bool recommends_hire(std::string_view id) {
    const Choice* c = find(kRecommendations, id);
    return c && (c - kRecommendations) >= long(std::size(kRecommendations) / 2);
}

std::string recommendation_label(std::string_view id) {
    const Choice* c = find(kRecommendations, id);
    return c ? c->label : "";
}

bool is_decision(std::string_view id) { return find(kDecisions, id) != nullptr; }

std::string decision_label(std::string_view id) {
    const Choice* c = find(kDecisions, id);
    return c ? c->label : "";
}

std::string recommendation_ids_text() {
    std::string out;
    for (const auto& c : kRecommendations) out += (out.empty() ? "" : ", ") + std::string(c.id);
    return out;
}

}  // namespace scorecard
