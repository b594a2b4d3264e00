// libFuzzer: a draft as this tab finds it in the browser's storage, written by another
// tab, an older or newer version of Scorecard, or a damaged profile. A draft that reads
// survives being stored and read again (members this build does not know included),
// and a merge of two tabs never loses a note either of them typed.
#include <cstdint>
#include <set>

#include "app/app_state.hpp"
#include "app/draft_merge.hpp"
#include "base/text.hpp"
#include "fuzz_checks.hpp"
#include "rubric/library.hpp"

using namespace app;

namespace {

// Every text a person typed into a draft.
std::set<std::string> typed(const Draft& d) {
    std::set<std::string> out;
    auto add = [&](const std::string& s) {
        if (!scorecard::is_blank(s)) out.insert(s);
    };
    add(d.private_notes);
    add(d.card.rationale);
    add(d.card.key_takeaways);
    for (const auto& c : d.card.competencies) {
        add(c.notes);
        for (const auto& e : c.evidence) add(e.note);
        for (const auto& q : c.questions) add(q.note);
    }
    return out;
}

void expect_kept(const Draft& from, const Draft& merged, const char* property) {
    std::set<std::string> after = typed(merged);
    for (const auto& t : typed(from)) fuzz::expect(after.count(t) > 0, property, t);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto d = parse_stored_draft(fuzz::text_of(data, size), "draft:fuzz");
    if (!d) {
        fuzz::check_error(d.error());
        return 0;
    }
    std::string stored = draft_to_json(*d).dump();
    auto back = parse_stored_draft(stored, "draft:fuzz");
    fuzz::expect(back.ok(), "a stored draft's own JSON reads back", back.ok() ? "" : back.error().to_string());
    fuzz::expect(back->card == d->card && back->revision == d->revision, "a draft stored and read again is unchanged");
    fuzz::expect(draft_to_json(*back).dump() == stored, "storing a draft twice writes the same text (unknown members kept)");
    const scorecard::Rubric* rubric = &scorecard::default_rubric();
    MergeResult same = merge_drafts(*d, *d, *d, rubric, "09:00:00", "09:05:00");
    fuzz::expect(same.both_changed.empty(), "merging a draft with itself finds no conflict");
    expect_kept(*d, same.merged, "merging a draft with itself keeps every note");
    // The other tab typed all of it since an empty start; this tab typed nothing.
    Draft empty = *d;
    empty.card.competencies.clear();
    empty.card.rationale.clear();
    empty.card.key_takeaways.clear();
    empty.private_notes.clear();
    expect_kept(*d, merge_drafts(empty, empty, *d, rubric, "09:00:00", "09:05:00").merged, "the other tab's notes survive a merge");
    expect_kept(*d, merge_drafts(empty, *d, empty, rubric, "09:00:00", "09:05:00").merged, "this tab's notes survive a merge");
    return 0;
}
