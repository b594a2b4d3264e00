// Signing on submit and the keys the panel trusts (docs/trust.md): the device key signs
// what next_signing_message says, the seal waits for the signature, and the roster and
// remembered keys are stored beside the panel.
#include "app/app.hpp"
#include "app/storage_keys.hpp"
#include "panel/trust.hpp"
#include "scorecard/scoring.hpp"
#include "scorecard/seal.hpp"

namespace app {

void App::submit_draft(const std::string& id) {
    Draft* d = state_.find_draft(id);
    const scorecard::Rubric* rubric = d ? state_.rubric_for(*d) : nullptr;
    if (!d || !rubric || d->card.sealed()) return;
    if (!signing_.draft.empty()) return;  // one submit at a time; the review says it is signing
    auto missing = scorecard::missing_for_submit(d->card, *rubric);
    if (!missing.empty()) {
        notify(Notice::Error, missing.front().message);
        return;
    }
    std::string now = platform_.now_iso_utc();
    scorecard::Scorecard sealed = d->card;
    scorecard::seal(sealed, *rubric, now);
    signing_ = {next_request_++, id, now, d->card};
    platform_.sign(signing_.request, scorecard::next_signing_message(sealed));
}

void App::on_signature(const SignatureMade& s) {
    if (s.request != signing_.request || signing_.draft.empty()) return;  // an answer nobody waits for
    Signing was = std::exchange(signing_, {});
    Draft* d = state_.find_draft(was.draft);
    if (!d) return;
    if (!s.error.empty()) {
        notify(Notice::Error, "Not submitted: this device could not sign the scorecard (" + s.error +
                                  "). Nothing was sealed: the draft is kept and can still be exported.", 0);
        return;
    }
    if (d->card != was.card) {
        notify(Notice::Error, "Not submitted: the scorecard changed while it was being signed. Submit again.", 0);
        return;
    }
    device_key_ = s.public_key;
    edit(was.draft, Submit{was.now, scorecard::Signature{s.public_key, was.now, s.signature}});
}

void App::copy_public_key() {
    if (device_key_.empty()) return;
    // A one-person roster: the lead pastes it into the panel to add this interviewer.
    std::string name = state_.session.interviewer.empty() ? "Interviewer" : state_.session.interviewer;
    scorecard::Roster me{{{name, device_key_, ""}}};
    platform_.copy_to_clipboard(scorecard::roster_to_json(me).dump(2) + "\n");
    notify(Notice::Success, "Copied your public key, as " + name + ", for the panel's roster");
}

void App::export_roster() {
    const auto& roster = panel_.trust().roster;
    if (roster.people.empty()) return;
    platform_.save_file("team.roster.json", "application/json", scorecard::roster_to_json(roster).dump(2) + "\n");
    notify(Notice::Success, "Exported team.roster.json");
}

void App::send_pending_checks() {
    // Signatures the panel could not judge yet go to the platform, once each.
    auto checks = panel_.take_pending_checks();
    if (!checks.empty()) platform_.verify(next_request_++, checks);
}

void App::restore_keys() {
    // The roster and the known keys are rewritten by this tab, so one it cannot read is kept aside first.
    auto read = [&](const char* key, const char* what) -> std::optional<scorecard::Json> {
        auto text = platform_.load(key);
        if (!text) return std::nullopt;
        auto j = scorecard::parse_json_text(*text, key, scorecard::kMaxStoredBytes);
        auto r = j ? scorecard::roster_from_json(*j, key) : scorecard::Result<scorecard::Roster>(j.error());
        if (r) return *j;
        keep_aside(key, *text, what, r.error());
        return std::nullopt;
    };
    auto roster = read(kRosterKey, "the stored team roster"), known = read(kKnownKeysKey, "the stored list of known keys");
    panel_.restore_keys(roster ? &*roster : nullptr, known ? &*known : nullptr, platform_.today_local(), state_);
    platform_.request_device_key();
    send_pending_checks();
}

void App::store_keys() {
    if (!panel_.keys_dirty()) return;
    panel_.mark_keys_stored();
    const auto& t = panel_.trust();
    StoreResult r = StoreResult::Stored;
    if (!kept_aside_.count(kRosterKey)) r = platform_.store(kRosterKey, scorecard::roster_to_json(t.roster).dump());
    if (r == StoreResult::Stored && !kept_aside_.count(kKnownKeysKey))
        r = platform_.store(kKnownKeysKey, scorecard::roster_to_json(t.remembered, true).dump());
    if (r != StoreResult::Stored)
        notify(Notice::Error, storage_problem(r) + ": the team roster and known keys are not saved on this device.", 0);
}

}  // namespace app
