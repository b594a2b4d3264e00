// The panel session's keys and signatures (PanelTrust in panel_session.hpp): the roster
// and the remembered first keys, and the browser's asynchronous verdicts, which the
// loader reads through a verifier that answers "not yet" and asks for the check.
#include "app/panel_session.hpp"

#include "base/sha256.hpp"

namespace app {

using scorecard::Json;

std::string check_id(const scorecard::Ed25519Check& c) {
    return scorecard::sha256_hex(c.public_key) + scorecard::sha256_hex(c.signature) + scorecard::sha256_hex(c.message);
}

scorecard::TrustContext PanelSession::trust_context() {
    scorecard::TrustContext t;
    t.roster = trust_.roster;
    t.remembered = trust_.remembered;
    t.remembers = true;
    t.verify = [this](const scorecard::Ed25519Check& c) -> std::optional<bool> {
        std::string id = check_id(c);
        if (auto it = trust_.verified.find(id); it != trust_.verified.end()) return it->second;
        if (trust_.asked.insert(id).second) trust_.pending.push_back(c);
        return std::nullopt;
    };
    return t;
}

void PanelSession::remember_new_keys() {
    for (const auto& l : loaded_)
        if (l.signer && l.signer->remember && trust_.remembered.by_name(l.scorecard->interviewer).empty()) {
            trust_.remembered.add({l.scorecard->interviewer, l.signer->status.public_key, trust_.today});
            trust_.dirty = true;
        }
}

std::vector<scorecard::Ed25519Check> PanelSession::take_pending_checks() { return std::exchange(trust_.pending, {}); }

void PanelSession::set_verified(const std::vector<scorecard::Ed25519Check>& checks, const std::vector<bool>& valid,
                                const AppState& state) {
    for (std::size_t i = 0; i < checks.size() && i < valid.size(); ++i) {
        std::string id = check_id(checks[i]);
        trust_.verified[id] = valid[i];
        trust_.asked.erase(id);
    }
    revalidate(state);
}

bool PanelSession::add_to_roster(const scorecard::Roster& more, const AppState& state) {
    bool changed = false;
    for (const auto& k : more.people) changed = trust_.roster.add({k.name, k.public_key, ""}) || changed;
    if (!changed) return false;
    trust_.dirty = true;
    revalidate(state);
    return true;
}

bool PanelSession::trust_signer(const std::string& scorecard_id, const AppState& state) {
    for (const auto& l : loaded_)
        if (l.scorecard && l.scorecard->id == scorecard_id && l.signer &&
            l.signer->status.state == scorecard::SignatureState::Intact)
            return add_to_roster({{{l.scorecard->interviewer, l.signer->status.public_key, ""}}}, state);
    return false;
}

void PanelSession::clear_roster(const AppState& state) {
    trust_.roster = {};
    trust_.dirty = true;
    revalidate(state);
}

bool PanelSession::take_roster(const scorecard::NamedText& file, const AppState& state) {
    auto j = scorecard::parse_json_text(file.second, file.first);
    if (!j || !scorecard::looks_like_roster(*j)) return false;
    auto r = scorecard::roster_from_json(*j, file.first);
    if (!r) return false;  // a broken roster stays among the files, which say what is wrong
    add_to_roster(*r, state);
    return true;
}

void PanelSession::restore_keys(const Json* roster, const Json* remembered, const std::string& today, const AppState& state) {
    trust_.today = today;
    if (roster)
        if (auto r = scorecard::roster_from_json(*roster)) trust_.roster = *r;
    if (remembered)
        if (auto r = scorecard::roster_from_json(*remembered)) trust_.remembered = *r;
    revalidate(state);
}

}  // namespace app
