// The scorecard: one interviewer's ratings and evidence for one candidate against
// one rubric. Plain values; the file format, scoring, sealing and the summary live
// beside it (scorecard_json, scoring, seal, summary).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "rubric/rubric.hpp"

namespace scorecard {

struct Evidence {
    std::string behaviour;  // behaviour id within the competency
    std::string note;
    bool operator==(const Evidence&) const = default;
};

// What the interviewer noted under one suggested question, and which behaviours the
// answer showed. Questions are matched by their position in the rubric (the rubric's
// digest pins the version); the text travels along so a reader without the rubric
// still knows what was asked.
struct QuestionNote {
    int index = 0;         // position among the competency's suggested questions
    std::string question;  // that question's text
    bool asked = false;
    std::string note;
    std::vector<std::string> behaviours;  // behaviour ids the answer shows
    bool operator==(const QuestionNote&) const = default;
    bool empty() const;  // not asked, nothing noted, nothing tagged: not written to files
};

struct CompetencyScore {
    std::string id;                                  // competency id
    std::optional<int> score;                        // kMinScore..kMaxScore, unset when not rated
    std::optional<std::string> not_assessed_reason;  // set means "Not assessed"
    std::vector<Evidence> evidence;                  // non-empty notes only in files
    std::string notes;
    std::vector<QuestionNote> questions;             // by question index; empty ones not in files
    bool operator==(const CompetencyScore&) const = default;

    bool rated() const { return score.has_value(); }
    bool not_assessed() const { return not_assessed_reason.has_value(); }
    // Written evidence: behaviour notes and question notes that are not blank.
    int evidence_count() const;
    bool has_written_anything() const;  // evidence, a question note or free notes
    const QuestionNote* question(int index) const;
    QuestionNote* question(int index);
};

struct RubricRef {
    std::string id, title, digest;
    bool operator==(const RubricRef&) const = default;
};

struct ReopenEvent {
    std::string at;  // ISO 8601 UTC
    std::string reason;
    bool operator==(const ReopenEvent&) const = default;
};

// One signature of the file (docs/trust.md): the device key's public half and the
// signature, each base64 as in the file, and when it was made.
struct Signature {
    std::string public_key;  // base64 of the raw 32-byte Ed25519 public key
    std::string signed_at;   // ISO 8601 UTC
    std::string signature;   // base64 of the 64-byte Ed25519 signature
    bool operator==(const Signature&) const = default;
};

struct Scorecard {
    std::string id;  // uuid
    RubricRef rubric;
    std::string candidate;
    std::string interviewer;
    std::string date;                           // YYYY-MM-DD
    std::vector<std::string> covered;           // competency ids this interviewer covers; empty = all
    std::vector<CompetencyScore> competencies;  // in rubric order
    std::optional<std::string> recommendation;  // one of kRecommendations
    std::string rationale;
    std::string key_takeaways;
    std::optional<std::string> submitted_at;
    std::optional<std::string> digest;
    std::vector<ReopenEvent> reopened;  // each explicit reopening after a submit
    std::vector<Signature> signatures;  // one per signed submit, oldest first; kept across reopening
    bool operator==(const Scorecard&) const = default;

    bool sealed() const { return submitted_at.has_value(); }
    CompetencyScore* find(const std::string& competency_id);
    const CompetencyScore* find(const std::string& competency_id) const;
    bool is_required(const std::string& competency_id) const;  // covered or all
};

// A new draft with one entry per competency of the rubric, in rubric order.
Scorecard new_scorecard(const Rubric& rubric, const std::string& id, const std::string& date);
RubricRef rubric_ref(const Rubric& rubric);

// The competencies to walk in order: the rubric's, then any the scorecard has that the
// rubric lacks (a rubric edited since).
std::vector<std::string> competency_order(const Scorecard& sc, const Rubric& rubric);
// The rubric's title for a competency id, or the id when the rubric lacks it.
std::string competency_title(const Rubric* rubric, const std::string& id);

}  // namespace scorecard
