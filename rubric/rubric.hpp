// The rubric model: what a structured interview for one role level asks about and
// how answers are rated. Plain value types; import, JSON and digest live beside it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"

namespace scorecard {

struct Behaviour {
    std::string id;    // slug of the text, unique within its competency
    std::string text;  // "I guide managers and senior engineers to lead effectively ..."
    bool operator==(const Behaviour&) const = default;
};

struct Question {
    std::string text;                 // the structured behavioural question
    std::vector<std::string> probes;  // follow-up probes
    bool operator==(const Question&) const = default;
};

struct Competency {
    std::string id;     // slug of the title, unique within the rubric
    std::string title;  // "I lead and support other leaders"
    std::string summary;                   // optional one-paragraph intent
    std::vector<Behaviour> behaviours;     // at least one
    std::vector<std::string> examples;     // optional, from a <details> Examples block
    std::vector<Question> questions;       // suggested interview questions
    std::optional<double> weight;          // unset means 1 in the weighted mean
    int minutes = 0;                       // time budget, 0 when none is set
    bool operator==(const Competency&) const = default;
};

struct ScaleLevel {
    int value = 0;            // kMinScore..kMaxScore
    std::string label;        // "Performing"
    std::string anchor;       // what this value means at this level
    bool operator==(const ScaleLevel&) const = default;
};

struct RecommendationLevel {
    std::string id;     // one of kRecommendations (base/vocabulary.hpp)
    std::string label;  // "Strong no"
    bool operator==(const RecommendationLevel&) const = default;
};

struct MetadataEntry {
    std::string key;    // "Planning horizon"
    std::string value;  // "6-12 months"
    bool operator==(const MetadataEntry&) const = default;
};

struct Rubric {
    std::string id;       // slug, e.g. "l5-senior-support-manager"
    std::string title;    // "L5: Senior Support Manager"
    std::string level;    // "L5"
    std::string role;     // "Senior Support Manager"
    std::string track;    // "Support" when known, else ""
    std::string summary;  // the "> I am ..." profile quote
    std::vector<MetadataEntry> metadata;
    std::vector<std::string> impact;     // "## Impact" bullets (context, not rated)
    std::vector<Competency> competencies;
    std::string hiring_bar_intro;        // paragraph under "What success looks like"
    std::vector<std::string> hiring_bar; // its bullets
    std::vector<ScaleLevel> scale;       // ascending by value
    std::vector<RecommendationLevel> recommendations;  // no neutral, ascending
    std::string source;   // where it came from: "built-in", a file name
    bool operator==(const Rubric&) const = default;

    const Competency* find(const std::string& competency_id) const;
    int total_minutes() const;
};

// Lower-case ASCII slug: letters and digits joined by single '-'. Emoji, markup
// and punctuation vanish; Latin letters with diacritics fold to their base letter.
std::string slugify(const std::string& text);

// Gives every item of `ids` a unique slug by suffixing -2, -3, ... to repeats.
void make_unique_ids(std::vector<std::string>& ids);

// The framework's own rating words with anchors relative to the level, and the
// four-point recommendation scale with no neutral.
std::vector<ScaleLevel> default_scale();
std::vector<RecommendationLevel> default_recommendations();

// Sets scale/recommendations to the defaults where they are empty.
void apply_default_scales(Rubric& rubric);

// Checks the invariants (importers call apply_default_scales first):
// non-empty title, at least one competency, each with at least one behaviour,
// unique ids. Returns the first problem found.
std::optional<Error> check_rubric(const Rubric& rubric);

}  // namespace scorecard
