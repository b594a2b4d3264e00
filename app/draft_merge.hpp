// Two tabs on one device, one interview: a three-way merge of what this tab holds
// (mine) and what another tab stored (theirs) since both last agreed (base). Fields
// changed in one tab only merge by themselves, and two edits to different parts of one
// text both apply. One text changed at once in both tabs keeps both texts, each under
// the name of the tab that typed it; a rating or a choice changed in both keeps this
// tab's and says what the other had. A submit in one tab seals that tab's content and
// keeps what the other typed meanwhile in the private notes. Nothing typed is lost.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/app_state.hpp"

namespace app {

struct MergeResult {
    Draft merged;
    std::vector<std::string> both_changed;  // fields both tabs typed in at once ("the rationale")
    std::vector<std::string> notes;         // decisions a person should know ("the rating of X: ...")
};

// `my_tab` and `their_tab` name the tabs ("14:05:10", when each was opened). Device-only
// state (position, clock, unknown members) comes from mine; the revision from theirs.
MergeResult merge_drafts(const Draft& base, const Draft& mine, const Draft& theirs, const scorecard::Rubric* rubric,
                         const std::string& my_tab, const std::string& their_tab);

// "the tab opened at 14:05:10": how a tab is named to the interviewer.
std::string tab_name(const std::string& tab);
// Both texts of a field typed in two tabs at once, each under its tab's name.
std::string both_texts(const std::string& mine, const std::string& my_tab, const std::string& theirs,
                       const std::string& their_tab);
// A merge of one text edited in two places: both edits when they touch different parts
// of the base text, else nullopt.
std::optional<std::string> merge_text(const std::string& base, const std::string& mine, const std::string& theirs);

}  // namespace app
