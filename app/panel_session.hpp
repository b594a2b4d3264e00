// The panel screen's session: every file loaded (and why each is counted or not), which
// candidate is shown, the debrief lead's reveal, which scorecards are one's own, which
// held-back scorecards the lead included on purpose, and the decision typed for each
// candidate. What the screen shows (the panel for the chosen candidate, the comparison)
// is derived when these change, never per frame.
// Stored under kPanelKey, so a reload during the debrief loses nothing.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "panel/comparison.hpp"
#include "panel/load.hpp"
#include "panel/panel.hpp"
#include "panel/trust.hpp"

namespace app {

// What the panel decides for one candidate, as typed (attendees stay one line of text).
struct DecisionDraft {
    std::string decision;  // "" or one of scorecard::kDecisions
    std::string other_level, rationale, attendees;
    bool operator==(const DecisionDraft&) const = default;
};
scorecard::PanelDecision to_decision(const DecisionDraft& d);

// What the panel knows about keys (docs/trust.md), kept across clearing the panel: the
// lead's roster, the first key this device saw per name, and the browser's verdicts on
// signatures (it verifies asynchronously: each check is asked once, answered later).
struct PanelTrust {
    scorecard::Roster roster, remembered;
    std::map<std::string, bool> verified;  // check_id -> verdict
    std::set<std::string> asked;           // check ids sent to the platform, not answered yet
    std::vector<scorecard::Ed25519Check> pending;  // to send
    std::string today;                     // "since" of a newly remembered key
    bool dirty = false;                    // roster or remembered keys to store
};
// One check's identity: the key, the signature and the message's hash.
std::string check_id(const scorecard::Ed25519Check& c);

class PanelSession {
public:
    static constexpr int kVersion = 1;
    PanelSession() = default;
    // Derived groups point into the session's own scorecards: moved, never copied.
    PanelSession(const PanelSession&) = delete;
    PanelSession& operator=(const PanelSession&) = delete;
    PanelSession(PanelSession&&) = default;
    PanelSession& operator=(PanelSession&&) = default;

    // ---- what the user did (stored) ----
    const std::vector<scorecard::NamedText>& files() const { return files_; }
    const std::vector<scorecard::LoadedScorecard>& loaded() const { return loaded_; }
    bool revealed() const { return revealed_; }
    bool is_mine(const std::string& scorecard_id) const { return mine_.count(scorecard_id) > 0; }
    const std::string& candidate() const { return candidate_; }  // name key of the candidate shown
    DecisionDraft decision(const std::string& candidate_key) const;
    // Held-back scorecards (by id) the lead counts on purpose: "same application".
    bool is_included(const std::string& scorecard_id) const { return included_.count(scorecard_id) > 0; }
    const std::string& evidence_competency() const { return cell_competency_; }
    const std::string& evidence_scorecard() const { return cell_scorecard_; }

    // ---- derived (recomputed by refresh) ----
    const std::vector<scorecard::Scorecard>& usable() const { return cards_; }
    const std::vector<scorecard::CandidateGroup>& candidates() const { return groups_; }
    const scorecard::CandidateGroup* shown_group() const;
    const scorecard::Rubric* rubric() const { return rubric_; }  // of the shown candidate, when this device has it
    // The shown candidate's panel, or the reason there is none; null when nothing is loaded.
    const scorecard::Result<scorecard::Panel>* panel() const { return panel_ ? &*panel_ : nullptr; }
    // The panel with the typed decision, as exported.
    std::optional<scorecard::Panel> decided_panel() const;
    // Every candidate's panel with its decision, in candidate order (made on demand, for an export).
    std::vector<scorecard::Panel> all_panels(const AppState& state) const;
    const scorecard::Comparison& comparison() const { return comparison_; }

    // ---- changes; each marks the session for storing ----
    void add_files(const std::vector<scorecard::NamedText>& files, const AppState& state);
    void remove_file(std::size_t index, const AppState& state);
    void clear();
    void set_revealed(bool on);
    void set_mine(const std::string& scorecard_id, bool on);
    void set_included(const std::string& scorecard_id, bool on, const AppState& state);
    void select_candidate(const std::string& key, const AppState& state);
    void show_evidence(const std::string& competency, const std::string& scorecard_id);
    void set_decision(const std::string& candidate_key, const DecisionDraft& d);
    // ---- keys and signatures (panel_trust.cpp) ----
    const PanelTrust& trust() const { return trust_; }
    std::vector<scorecard::Ed25519Check> take_pending_checks();
    void set_verified(const std::vector<scorecard::Ed25519Check>& checks, const std::vector<bool>& valid, const AppState& state);
    // Adds people to the roster (a roster file, or one interviewer's copied key); false when nothing new.
    bool add_to_roster(const scorecard::Roster& more, const AppState& state);
    // Puts the interviewer of a loaded, signed scorecard in the roster with its key.
    bool trust_signer(const std::string& scorecard_id, const AppState& state);
    void clear_roster(const AppState& state);
    void restore_keys(const scorecard::Json* roster, const scorecard::Json* remembered, const std::string& today,
                      const AppState& state);
    bool keys_dirty() const { return trust_.dirty; }
    void mark_keys_stored() { trust_.dirty = false; }

    // After the app's rubrics or drafts changed: recompute what is derived.
    void refresh(const AppState& state);

    bool dirty() const { return dirty_; }
    void mark_stored() { dirty_ = false; }
    scorecard::Json to_json() const;
    // Reads a stored session; a member of the wrong type reads as empty (a bad store
    // must never cost the user the app). False when it is no panel session of this
    // version at all: the caller keeps it aside before anything overwrites it.
    bool restore(const scorecard::Json& j, const AppState& state);

private:
    std::vector<scorecard::NamedText> files_;
    std::vector<scorecard::LoadedScorecard> loaded_;
    bool revealed_ = false;
    std::set<std::string> mine_;
    std::set<std::string> included_;
    std::string candidate_;
    std::map<std::string, DecisionDraft> decisions_;
    std::string cell_competency_, cell_scorecard_;
    bool dirty_ = false;
    PanelTrust trust_;

    std::vector<scorecard::Scorecard> cards_;
    std::vector<scorecard::CandidateGroup> groups_;
    const scorecard::Rubric* rubric_ = nullptr;
    std::optional<scorecard::Result<scorecard::Panel>> panel_;
    scorecard::Comparison comparison_;

    void revalidate(const AppState& state);
    scorecard::TrustContext trust_context();
    void remember_new_keys();
    bool take_roster(const scorecard::NamedText& file, const AppState& state);  // a roster among panel files
    void derive_panel(const AppState& state);
};

// The independent-first rule: one's own judgement on a candidate is committed when a
// SUBMITTED scorecard for them is one's own, sealed in this device's interviews or a
// loaded sealed file marked as mine. A draft does not count: it can still move after
// seeing the others.
bool own_committed(const AppState& state, const PanelSession& panel, const std::string& candidate_key);
// Whether another interviewer's scores for this candidate may be shown now.
bool scores_visible(const AppState& state, const PanelSession& panel, const std::string& candidate_key);
// Comparing candidates shows everyone's scores: only once every candidate is visible.
bool comparison_visible(const AppState& state, const PanelSession& panel);
// Whether this scorecard was submitted in this device's interviews (it is mine already).
bool submitted_here(const AppState& state, const std::string& scorecard_id);

}  // namespace app
