// The panel session (panel_session.hpp): changes, what is derived from them, the
// independent-first rule and the stored form.
#include "app/panel_session.hpp"

#include <algorithm>

#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "panel/decision.hpp"

namespace app {

using scorecard::Json;
using scorecard::JsonReader;

namespace {
namespace field {
constexpr const char* kVersion = "version";
constexpr const char* kFiles = "files";
constexpr const char* kName = "name";
constexpr const char* kText = "text";
constexpr const char* kRevealed = "revealed";
constexpr const char* kMine = "mine";
constexpr const char* kIncluded = "included";
constexpr const char* kCandidate = "candidate";
constexpr const char* kDecisions = "decisions";
constexpr const char* kDecision = "decision";
constexpr const char* kOtherLevel = "otherLevel";
constexpr const char* kRationale = "rationale";
constexpr const char* kAttendees = "attendees";
}  // namespace field
}  // namespace

scorecard::PanelDecision to_decision(const DecisionDraft& d) {
    scorecard::PanelDecision out;
    out.decision = d.decision;
    out.other_level = d.decision == scorecard::kDecisionOtherLevel ? scorecard::trim(d.other_level) : "";
    out.rationale = d.rationale;
    out.attendees = scorecard::parse_attendees(d.attendees);
    return out;
}

DecisionDraft PanelSession::decision(const std::string& candidate_key) const {
    auto it = decisions_.find(candidate_key);
    return it == decisions_.end() ? DecisionDraft{} : it->second;
}

const scorecard::CandidateGroup* PanelSession::shown_group() const {
    for (const auto& g : groups_)
        if (g.key == candidate_) return &g;
    return nullptr;
}

std::optional<scorecard::Panel> PanelSession::decided_panel() const {
    if (!panel_ || !*panel_) return std::nullopt;
    scorecard::Panel p = panel_->value();
    p.decision = to_decision(decision(candidate_));
    return p;
}

std::vector<scorecard::Panel> PanelSession::all_panels(const AppState& state) const {
    std::vector<scorecard::Panel> out;
    for (const auto& g : groups_) {
        std::vector<scorecard::Scorecard> theirs;
        for (const auto* sc : g.scorecards) theirs.push_back(*sc);
        auto p = scorecard::consolidate(theirs, state.rubric_for(theirs.front().rubric));
        if (!p) continue;
        p->decision = to_decision(decision(g.key));
        scorecard::attach_files(*p, loaded_, true);
        out.push_back(std::move(*p));
    }
    return out;
}

void PanelSession::revalidate(const AppState& state) {
    // Many candidates on one rubric make one view: another candidate is not a problem,
    // a duplicate interviewer and the date rule are per candidate (the core's many_candidates).
    auto trust = trust_context();
    loaded_ = scorecard::load_scorecards(files_, nullptr, true, {included_.begin(), included_.end()}, &trust);
    remember_new_keys();
    cards_.clear();
    for (const auto& l : loaded_)
        if (l.usable()) cards_.push_back(*l.scorecard);
    groups_ = scorecard::group_by_candidate(cards_);
    if (!groups_.empty() && !shown_group()) candidate_ = groups_.front().key;
    derive_panel(state);
}

void PanelSession::derive_panel(const AppState& state) {
    const scorecard::CandidateGroup* g = shown_group();
    rubric_ = nullptr;
    panel_.reset();
    comparison_ = {};
    if (!g) return;
    rubric_ = state.rubric_for(g->scorecards.front()->rubric);
    std::vector<scorecard::Scorecard> theirs;
    for (const auto* sc : g->scorecards) theirs.push_back(*sc);
    panel_ = scorecard::consolidate(theirs, rubric_);
    if (*panel_) scorecard::attach_files(panel_->value(), loaded_, true);
    if (groups_.size() > 1) comparison_ = scorecard::compare_candidates(cards_, rubric_);
}

void PanelSession::refresh(const AppState& state) { revalidate(state); }

void PanelSession::add_files(const std::vector<scorecard::NamedText>& files, const AppState& state) {
    for (const auto& f : files)
        if (!take_roster(f, state)) files_.push_back(f);
    revalidate(state);
    dirty_ = true;
}

void PanelSession::remove_file(std::size_t index, const AppState& state) {
    if (index >= files_.size()) return;
    files_.erase(files_.begin() + long(index));
    revalidate(state);
    dirty_ = true;
}

void PanelSession::clear() {
    PanelTrust keep = std::move(trust_);
    *this = PanelSession{};
    trust_ = std::move(keep);
    dirty_ = true;
}

void PanelSession::set_revealed(bool on) {
    revealed_ = on;
    dirty_ = true;
}

void PanelSession::set_mine(const std::string& scorecard_id, bool on) {
    if (on) mine_.insert(scorecard_id);
    else mine_.erase(scorecard_id);
    dirty_ = true;
}

void PanelSession::set_included(const std::string& scorecard_id, bool on, const AppState& state) {
    if (on == is_included(scorecard_id)) return;
    if (on) included_.insert(scorecard_id);
    else included_.erase(scorecard_id);
    revalidate(state);
    dirty_ = true;
}

void PanelSession::select_candidate(const std::string& key, const AppState& state) {
    if (candidate_ == key) return;
    candidate_ = key;
    cell_competency_.clear();
    cell_scorecard_.clear();
    derive_panel(state);
    dirty_ = true;
}

void PanelSession::show_evidence(const std::string& competency, const std::string& scorecard_id) {
    cell_competency_ = competency;
    cell_scorecard_ = scorecard_id;
}

void PanelSession::set_decision(const std::string& candidate_key, const DecisionDraft& d) {
    if (decision(candidate_key) == d) return;
    decisions_[candidate_key] = d;
    dirty_ = true;
}

Json PanelSession::to_json() const {
    Json files = Json::array(), decisions = Json::object();
    for (const auto& [name, text] : files_) files.push_back({{field::kName, name}, {field::kText, text}});
    for (const auto& [k, d] : decisions_)
        decisions[k] = {{field::kDecision, d.decision}, {field::kOtherLevel, d.other_level},
                        {field::kRationale, d.rationale}, {field::kAttendees, d.attendees}};
    return {{field::kVersion, kVersion},     {field::kFiles, files},         {field::kRevealed, revealed_},
            {field::kMine, mine_},           {field::kIncluded, included_},  {field::kCandidate, candidate_},
            {field::kDecisions, decisions}};
}

bool PanelSession::restore(const Json& j, const AppState& state) {
    PanelTrust keep = std::move(trust_);
    *this = PanelSession{};
    trust_ = std::move(keep);
    const Json* v = JsonReader::member(j, field::kVersion);
    if (!v || *v != kVersion) return false;
    std::vector<scorecard::Error> ignored;
    JsonReader rd("", ignored);
    rd.objects(j, field::kFiles, "", JsonReader::Need::optional, [&](const Json& f, const std::string& at) {
        scorecard::NamedText file;
        rd.string(f, field::kName, at, file.first);
        rd.string(f, field::kText, at, file.second);
        files_.push_back(std::move(file));
    });
    if (const Json* r = JsonReader::member(j, field::kRevealed); r && r->is_boolean()) revealed_ = r->get<bool>();
    std::vector<std::string> mine;
    rd.string_array(j, field::kMine, "", mine);
    mine_.insert(mine.begin(), mine.end());
    std::vector<std::string> included;
    rd.string_array(j, field::kIncluded, "", included);
    included_.insert(included.begin(), included.end());
    rd.string(j, field::kCandidate, "", candidate_);
    if (const Json* ds = rd.object(j, field::kDecisions, ""))
        for (auto it = ds->begin(); it != ds->end(); ++it) {
            DecisionDraft d;
            rd.string(*it, field::kDecision, "", d.decision);
            rd.string(*it, field::kOtherLevel, "", d.other_level);
            rd.string(*it, field::kRationale, "", d.rationale);
            rd.string(*it, field::kAttendees, "", d.attendees);
            decisions_[it.key()] = d;
        }
    revalidate(state);
    return true;
}

bool submitted_here(const AppState& state, const std::string& scorecard_id) {
    const Draft* d = state.find_draft(scorecard_id);
    return d && d->card.sealed();
}

bool own_committed(const AppState& state, const PanelSession& panel, const std::string& candidate_key) {
    for (const auto& d : state.drafts)
        if (d.card.sealed() && scorecard::name_key(d.card.candidate) == candidate_key) return true;
    for (const auto& l : panel.loaded())
        if (l.scorecard && l.scorecard->sealed() && panel.is_mine(l.scorecard->id) &&
            scorecard::name_key(l.scorecard->candidate) == candidate_key)
            return true;
    return false;
}

bool scores_visible(const AppState& state, const PanelSession& panel, const std::string& candidate_key) {
    return panel.revealed() || own_committed(state, panel, candidate_key);
}

bool comparison_visible(const AppState& state, const PanelSession& panel) {
    return std::all_of(panel.candidates().begin(), panel.candidates().end(),
                       [&](const auto& g) { return scores_visible(state, panel, g.key); });
}

}  // namespace app
