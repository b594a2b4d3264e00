// The rubric model's own rules: slugs (ids that stay stable across imports),
// the framework's default rating scale, and the invariants every rubric keeps.
#include "rubric/rubric.hpp"

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/limits.hpp"
#include "base/text.hpp"
#include "base/utf8.hpp"
#include "base/vocabulary.hpp"

namespace scorecard {

const Competency* Rubric::find(const std::string& competency_id) const {
    for (const auto& c : competencies)
        if (c.id == competency_id) return &c;
    return nullptr;
}

int Rubric::total_minutes() const {
    int total = 0;
    for (const auto& c : competencies) total += c.minutes;
    return total;
}

namespace {

// Base letters for Latin-1 Supplement U+00C0..U+00FF ('\0' = not a letter to keep).
constexpr const char* kLatin1Fold[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// Base letters for Latin Extended-A U+0100..U+017F (IJ and OE are special-cased).
constexpr const char* kLatinExtAFold =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(std::char_traits<char>::length(kLatinExtAFold) == 128);

// The ASCII letters a code point folds to: "" when it is not a letter or digit we keep.
std::string fold(char32_t cp) {
    if (cp < 0x80) {
        char c = static_cast<char>(cp);
        if (c >= 'A' && c <= 'Z') return std::string(1, static_cast<char>(c - 'A' + 'a'));
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return std::string(1, c);
        return "";
    }
    if (cp >= 0xC0 && cp <= 0xFF) return kLatin1Fold[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F) {
        if (cp == 0x132 || cp == 0x133) return "ij";
        if (cp == 0x152 || cp == 0x153) return "oe";
        if (cp == 0x138) return "k";
        if (cp == 0x149) return "n";
        return std::string(1, kLatinExtAFold[cp - 0x100]);
    }
    return "";
}

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC; }

}  // namespace

std::string slugify(const std::string& text) {
    std::string out;
    bool pending_dash = false;
    for (size_t i = 0; i < text.size();) {
        char32_t cp = next_code_point(text, i);
        // "team's" reads as one word, so an apostrophe joins rather than separates.
        if (is_apostrophe(cp)) continue;
        std::string letters = fold(cp);
        if (letters.empty()) {
            pending_dash = !out.empty();
            continue;
        }
        if (pending_dash) out += '-';
        pending_dash = false;
        out += letters;
    }
    return out;
}

namespace {

// The index of the first item whose id an earlier item already has, or npos. Sorting
// views (n log n, no allocation per item) beats a hash set of 150,000 strings.
std::size_t first_repeat(const std::vector<std::string_view>& ids) {
    std::vector<std::size_t> order(ids.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ids[a] != ids[b] ? ids[a] < ids[b] : a < b; });
    std::size_t first = std::string_view::npos;
    for (std::size_t k = 1; k < order.size(); ++k)
        if (ids[order[k]] == ids[order[k - 1]]) first = std::min(first, order[k]);
    return first;
}

}  // namespace

void make_unique_ids(std::vector<std::string>& ids) {
    if (ids.size() < 2) return;
    if (ids.size() == 2) {
        if (ids[0] == ids[1]) ids[1] += "-2";
        return;
    }
    if (first_repeat(std::vector<std::string_view>(ids.begin(), ids.end())) == std::string_view::npos) return;
    // The first occurrence of each id keeps it, and ids already present win over
    // generated suffixes, so "a, a, a-2" gives "a, a-3, a-2". The views point at first
    // occurrences, which never change.
    std::unordered_set<std::string_view> firsts;
    firsts.reserve(ids.size());
    std::vector<std::size_t> repeats;
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (!firsts.insert(ids[i]).second) repeats.push_back(i);
    std::unordered_set<std::string> made;
    // Where the search for a free suffix of each id resumes: 95,000 repeats of one text
    // stay linear instead of trying -2, -3, ... from the start each time.
    std::unordered_map<std::string_view, int> next_suffix;
    for (std::size_t i : repeats) {
        std::string_view base = *firsts.find(ids[i]);
        int& n = next_suffix.try_emplace(base, 2).first->second;
        std::string candidate;
        do candidate = std::string(base) + "-" + std::to_string(n++);
        while (firsts.count(candidate) || made.count(candidate));
        ids[i] = candidate;
        made.insert(std::move(candidate));
    }
}

std::vector<ScaleLevel> default_scale() {
    // The framework's own rating words (root README, "How to rate yourself"), with
    // anchors phrased as evidence relative to the level being interviewed for.
    return {
        {1, "Improvement needed",
         "Little or no evidence of this at the scope expected of this level, or evidence that "
         "works against it; the gap is significant."},
        {2, "Maturing",
         "Some evidence, but inconsistent or at a narrower scope than this level expects; "
         "growth is needed, with a good trajectory."},
        {3, "Performing", "Evidence shows this consistently at the scope expected of this level."},
        {4, "Exceeding",
         "Evidence shows this consistently beyond the scope expected of this level, with impact "
         "that reaches further than the role requires."},
    };
}

std::vector<RecommendationLevel> default_recommendations() {
    std::vector<RecommendationLevel> out;
    for (const auto& c : kRecommendations) out.push_back({c.id, c.label});
    return out;
}

void apply_default_scales(Rubric& rubric) {
    if (rubric.scale.empty()) rubric.scale = default_scale();
    if (rubric.recommendations.empty()) rubric.recommendations = default_recommendations();
}

namespace {

using ErrorAt = std::function<Error(std::string field, std::string message)>;

std::optional<Error> check_competency(const Competency& c, const std::string& at, const ErrorAt& err) {
    if (c.title.empty()) return err(at + ".title", "competency title is empty");
    if (c.behaviours.empty()) return err(at + ".behaviours", "competency " + quote_input(c.title) + " has no behaviours");
    std::vector<std::string_view> ids;
    ids.reserve(c.behaviours.size());
    for (const auto& b : c.behaviours) ids.push_back(b.id);
    std::size_t repeat = first_repeat(ids);
    for (size_t b = 0; b < c.behaviours.size(); ++b) {
        std::string bat = at + ".behaviours[" + std::to_string(b) + "]";
        if (c.behaviours[b].id.empty()) return err(bat + ".id", "behaviour id is empty");
        if (b == repeat)
            return err(bat + ".id", "behaviour id " + quote_input(c.behaviours[b].id) + " is used twice");
        if (c.behaviours[b].text.empty()) return err(bat + ".text", "behaviour text is empty");
    }
    if (c.minutes < 0 || c.minutes > kMaxMinutes)
        return err(at + ".minutes", "minutes must be from 0 to " + std::to_string(kMaxMinutes));
    if (c.weight && !(*c.weight > 0 && *c.weight < kMaxWeight))
        return err(at + ".weight", "weight must be a positive number below " + std::to_string(int(kMaxWeight)));
    if (c.questions.size() > size_t(kMaxQuestions))
        return err(at + ".questions", "at most " + std::to_string(kMaxQuestions) + " questions per competency");
    for (size_t q = 0; q < c.questions.size(); ++q)
        if (c.questions[q].text.empty())
            return err(at + ".questions[" + std::to_string(q) + "].text", "question text is empty");
    return std::nullopt;
}

std::optional<Error> check_scales(const Rubric& rubric, const ErrorAt& err) {
    for (size_t i = 0; i < rubric.scale.size(); ++i) {
        const auto& s = rubric.scale[i];
        std::string at = "scale[" + std::to_string(i) + "]";
        if (s.label.empty()) return err(at + ".label", "scale label is empty");
        if (i > 0 && s.value <= rubric.scale[i - 1].value)
            return err(at + ".value", "scale values must be ascending and distinct");
        // Scorecards (format version 1) hold scores from kMinScore to kMaxScore.
        if (!is_score(s.value))
            return err(at + ".value", "scale values must be from " + std::to_string(kMinScore) + " to " +
                                          std::to_string(kMaxScore) + ", got " + std::to_string(s.value));
    }
    std::unordered_set<std::string> rec_ids;
    for (size_t i = 0; i < rubric.recommendations.size(); ++i) {
        const auto& r = rubric.recommendations[i];
        std::string at = "recommendations[" + std::to_string(i) + "]";
        if (r.id.empty()) return err(at + ".id", "recommendation id is empty");
        // Scorecards (format version 1) know exactly these recommendations.
        if (!is_recommendation(r.id))
            return err(at + ".id", "recommendation id must be one of " + recommendation_ids_text() + ", got " + quote_input(r.id));
        if (!rec_ids.insert(r.id).second) return err(at + ".id", "recommendation id " + quote_input(r.id) + " is used twice");
        if (r.label.empty()) return err(at + ".label", "recommendation label is empty");
    }
    return std::nullopt;
}

}  // namespace

std::optional<Error> check_rubric(const Rubric& rubric) {
    ErrorAt err = [&](std::string field, std::string message) {
        return Error{rubric.source, 0, std::move(field), std::move(message)};
    };
    if (rubric.id.empty()) return err("id", "rubric id is empty");
    if (rubric.title.empty()) return err("title", "rubric title is empty");
    if (rubric.competencies.empty()) return err("competencies", "rubric has no competency");
    std::vector<std::string_view> ids;
    ids.reserve(rubric.competencies.size());
    for (const auto& c : rubric.competencies) ids.push_back(c.id);
    std::size_t repeat = first_repeat(ids);
    for (size_t i = 0; i < rubric.competencies.size(); ++i) {
        const auto& c = rubric.competencies[i];
        std::string at = "competencies[" + std::to_string(i) + "]";
        if (c.id.empty()) return err(at + ".id", "competency id is empty");
        if (i == repeat) return err(at + ".id", "competency id " + quote_input(c.id) + " is used twice");
        if (auto e = check_competency(c, at, err)) return e;
    }
    return check_scales(rubric, err);
}

}  // namespace scorecard
