// The scorecard: one interviewer's ratings and evidence for one candidate against
// one rubric, its file format (version 1, docs/scorecard-format.md), scoring,
// sealing and the checks that a review screen and a panel run on it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "result.hpp"
#include "rubric.hpp"

namespace scorecard {

inline constexpr int kScorecardFormatVersion = 1;

struct Evidence {
    std::string behaviour;  // behaviour id within the competency
    std::string note;
    bool operator==(const Evidence&) const = default;
};

struct CompetencyScore {
    std::string id;                              // competency id
    std::optional<int> score;                    // 1..4, unset when not rated
    std::optional<std::string> not_assessed_reason;  // set means "Not assessed"
    std::vector<Evidence> evidence;              // non-empty notes only in files
    std::string notes;
    bool operator==(const CompetencyScore&) const = default;

    bool rated() const { return score.has_value(); }
    bool not_assessed() const { return not_assessed_reason.has_value(); }
    int evidence_count() const;  // evidence items with a non-blank note
};

struct RubricRef {
    std::string id, title, digest;
    bool operator==(const RubricRef&) const = default;
};

struct ReopenEvent {
    std::string at;      // ISO 8601 UTC
    std::string reason;
    bool operator==(const ReopenEvent&) const = default;
};

struct Scorecard {
    std::string id;  // uuid
    RubricRef rubric;
    std::string candidate;
    std::string interviewer;
    std::string date;  // YYYY-MM-DD
    std::vector<std::string> covered;  // competency ids this interviewer covers; empty = all
    std::vector<CompetencyScore> competencies;  // in rubric order
    std::optional<std::string> recommendation;  // strong_no|no|yes|strong_yes
    std::string rationale;
    std::string key_takeaways;
    std::optional<std::string> submitted_at;
    std::optional<std::string> digest;
    std::vector<ReopenEvent> reopened;  // each explicit reopening after a submit
    bool operator==(const Scorecard&) const = default;

    bool sealed() const { return submitted_at.has_value(); }
    CompetencyScore* find(const std::string& competency_id);
    const CompetencyScore* find(const std::string& competency_id) const;
    bool is_required(const std::string& competency_id) const;  // covered or all
};

// A new draft with one entry per competency of the rubric, in rubric order.
Scorecard new_scorecard(const Rubric& rubric, const std::string& id, const std::string& date);
RubricRef rubric_ref(const Rubric& rubric);

// The score: mean of rated competencies, weighted by rubric weights where set.
struct ScoreSummary {
    std::optional<double> mean;  // unset when nothing is rated
    int rated = 0;               // competencies with a score
    int not_assessed = 0;
    int total = 0;               // competencies in the scorecard
};
ScoreSummary compute_score(const Scorecard& sc, const Rubric* rubric = nullptr);

// What blocks a submit, in rubric order, each one sentence for the review screen.
struct Missing {
    std::string competency;  // id, "" for scorecard-level items
    std::string message;
};
std::vector<Missing> missing_for_submit(const Scorecard& sc, const Rubric& rubric);
// Warnings that do not block (a rating without any evidence).
std::vector<Missing> submit_warnings(const Scorecard& sc, const Rubric& rubric);

// JSON (version 1). Private notes are not part of the model: they never leave the device.
nlohmann::json scorecard_to_json(const Scorecard& sc);
// Strict validation of shape, types and ranges; unknown members are ignored.
// Errors name `file` and the field path ("competencies[1].score").
Result<Scorecard> scorecard_from_json(const nlohmann::json& j, const std::string& file = "");
Result<Scorecard> parse_scorecard(const std::string& text, const std::string& file = "");
// Every problem of one scorecard document (scorecard_from_json reports the first),
// so a panel or the CLI can show one line per problem. Empty when valid.
std::vector<Error> validate_scorecard_json(const nlohmann::json& j, const std::string& file = "");

// "sha256:" of the canonical JSON of scorecard_to_json without "digest".
std::string scorecard_digest(const Scorecard& sc);
// Seals: sets submitted_at (given, ISO 8601 UTC) and digest. Returns the blocking problems instead when any.
std::vector<Missing> seal(Scorecard& sc, const Rubric& rubric, const std::string& now_iso);
// Reopens a sealed scorecard, recording when and why; clears submitted_at and digest.
void reopen(Scorecard& sc, const std::string& now_iso, const std::string& reason);
// True when sealed and the stored digest matches the content.
bool digest_matches(const Scorecard& sc);

// "<candidate>-<interviewer>-<date>.scorecard.json", slugged.
std::string scorecard_file_name(const Scorecard& sc);
// Markdown summary for pasting into an applicant tracking system.
std::string scorecard_markdown(const Scorecard& sc, const Rubric& rubric);

// A real calendar date written YYYY-MM-DD (what the file format's "date" accepts).
bool is_valid_date(const std::string& s);

// Labels for recommendation ids, "" when unknown.
std::string recommendation_label(const std::string& id);

}  // namespace scorecard
