// Loading many scorecard files for a panel: each file is validated on its own, then
// against the set (same rubric version, same candidate, one scorecard per interviewer,
// interviews of one application). A bad file never blocks the good ones, and every file
// that is not counted says why.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/result.hpp"
#include "panel/panel.hpp"
#include "panel/trust.hpp"
#include "rubric/rubric.hpp"
#include "scorecard/scorecard.hpp"

namespace scorecard {

// Interviews of one candidate further apart than this are probably two applications:
// the scorecards outside the panel's window are held back until the lead includes them.
inline constexpr long long kSameApplicationDays = 30;

// One loaded file: its name, what became of it, and why.
struct LoadedScorecard {
    std::string file;
    FileStatus status = FileStatus::Refused;
    std::optional<Scorecard> scorecard;  // set when the file itself is valid (also drafts and held back)
    std::vector<Error> problems;         // why it is refused
    std::vector<Error> warnings;         // why it is not counted or held back
    // Its signature and signer, for a valid submitted file (docs/trust.md).
    std::optional<Signer> signer;
    // Held back by the signature or the date rule: why ("date: ... same application?"). Kept when the lead
    // included the file on purpose, so the record says what was overridden.
    std::optional<Error> held_back;
    std::string held_back_fact;  // its first part, for people: "interviewed 2026-12-01, 637 days after ..."
    bool included_on_purpose = false;
    // Refused only because it disagrees with the set (another rubric or candidate):
    // the CLI cannot tell which side is right, so no panel is made.
    bool conflicts = false;
    bool usable() const { return status == FileStatus::Counted; }  // counts in the panel
};

using NamedText = std::pair<std::string, std::string>;  // file name, file text

// Validates each file on its own (format, version, schema, types, score range,
// digest matching content); a draft is valid but not counted. Then the submitted
// ones against the set: rubric digest against `panel_rubric` (or the first valid
// file's), same candidate, no repeated scorecard id; the date rule per candidate (the
// largest group of interviews within kSameApplicationDays is the panel, the most recent
// on a tie; the others are held back unless their scorecard id or file name is in
// `included`); and one scorecard per interviewer among the counted ones.
// With `many_candidates` (the app's panel view, and the CLI's long CSV, which cover
// every candidate on one rubric) another candidate is not a problem: the checks are
// then per candidate, while the rubric and the scorecard id stay checked across the set.
// Signatures: a signed file whose signature fails, or whose key the roster gives to
// someone else, is held back like a file out of the date window (and included the same
// way); with no `trust` (or no verifier in it), signed files stay "checking".
std::vector<LoadedScorecard> load_scorecards(const std::vector<NamedText>& files, const Rubric* panel_rubric = nullptr,
                                             bool many_candidates = false,
                                             const std::vector<std::string>& included = {},
                                             const TrustContext* trust = nullptr);

// The files not counted, with their reasons; with `candidate_key` (a name_key) only the
// ones naming that candidate and the ones that could not be read far enough to say.
std::vector<ExcludedFile> excluded_files(const std::vector<LoadedScorecard>& loaded,
                                         const std::string* candidate_key = nullptr);
// What a panel built from `loaded` records about them: the excluded files and the
// scorecards included on purpose (Panel::excluded, Panel::included_on_purpose); all_warnings
// then lists the excluded files too.
void attach_files(Panel& panel, const std::vector<LoadedScorecard>& loaded, bool this_candidate_only);
// How the panel file records a counted file's signature.
SignatureRecord signature_record(const Signer& s);

}  // namespace scorecard
