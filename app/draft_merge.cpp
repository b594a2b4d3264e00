// The three-way merge of two tabs' drafts (draft_merge.hpp). One walk over every field
// of a scorecard serves two purposes: merging (Merger) and, when one tab submitted,
// listing what the other typed meanwhile (Leftovers), so both see the same fields.
#include "app/draft_merge.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "app/edits.hpp"
#include "base/id_index.hpp"
#include "base/text.hpp"
#include "base/vocabulary.hpp"

namespace app {

using scorecard::CompetencyScore;
using scorecard::Scorecard;

std::string tab_name(const std::string& tab) { return tab.empty() ? "another tab" : "the tab opened at " + tab; }

namespace {

std::string marker(const std::string& tab) { return tab.empty() ? "[another tab]" : "[tab opened at " + tab + "]"; }

// How values read in a sentence about them.
std::string shown(const std::string& s) { return s.empty() ? "nothing" : scorecard::quote_input(s); }
std::string shown(const std::optional<int>& s) { return s ? std::to_string(*s) : "no rating"; }
std::string shown(const std::optional<std::string>& s) {
    return s ? std::string(scorecard::recommendation_label(*s)) : "no recommendation";
}
std::string shown(const std::vector<std::string>& ids) {
    return ids.empty() ? "all competencies" : std::to_string(ids.size()) + " competencies";
}

// One replaced stretch of a text: base[start, end) became `text`.
struct Hunk {
    std::size_t start = 0, end = 0;
    std::string text;
};

bool continuation(const std::string& s, std::size_t i) { return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; }

Hunk hunk_of(const std::string& base, const std::string& other) {
    std::size_t pre = 0, max = std::min(base.size(), other.size());
    while (pre < max && base[pre] == other[pre]) ++pre;
    while (pre > 0 && (continuation(base, pre) || continuation(other, pre))) --pre;  // whole characters only
    std::size_t suf = 0;
    while (suf < max - pre && base[base.size() - 1 - suf] == other[other.size() - 1 - suf]) ++suf;
    while (suf > 0 && (continuation(base, base.size() - suf) || continuation(other, other.size() - suf))) --suf;
    return {pre, base.size() - suf, other.substr(pre, other.size() - suf - pre)};
}

// The walk over a scorecard's fields asks its visitor about each text field (text) and
// each other value (choice: a rating, a name, a list), with the name a person knows it by.
template <typename V>
std::optional<std::string> optional_text(V& v, const std::string& name, const std::optional<std::string>& b,
                                         const std::optional<std::string>& m, const std::optional<std::string>& t) {
    // Present in both: the texts merge; present in one: whether it is set is the choice.
    if (m && t) return v.text(name, b.value_or(""), *m, *t);
    auto as_flag = [](const std::optional<std::string>& x) { return x.has_value(); };
    bool set = v.choice(name, as_flag(b), as_flag(m), as_flag(t), [](bool f) { return std::string(f ? "set" : "not set"); });
    if (!set) return std::nullopt;
    return m ? m : t;
}

// The names the walk uses for competencies and behaviours.
struct Names {
    scorecard::IdIndex<scorecard::Competency> competencies;
    explicit Names(const scorecard::Rubric* r) {
        if (r) competencies = scorecard::IdIndex<scorecard::Competency>(r->competencies);
    }
    std::string competency(const std::string& id) const {
        const auto* c = competencies.find(id);
        return scorecard::quote_input(c ? c->title : id);
    }
    std::string behaviour(const std::string& competency_id, const std::string& id) const {
        if (const auto* c = competencies.find(competency_id))
            for (const auto& b : c->behaviours)
                if (b.id == id) return scorecard::quote_input(b.text);
        return scorecard::quote_input(id);
    }
};

const CompetencyScore kNone{};

template <typename V>
std::vector<scorecard::Evidence> walk_evidence(V& v, const Names& names, const std::string& cid, const CompetencyScore& b,
                                               const CompetencyScore& m, const CompetencyScore& t) {
    // A note is known by its behaviour and, should a file hold one behaviour twice, by
    // which of them it is: the k-th note on a behaviour in one side pairs with the k-th in the other.
    using Key = std::pair<std::string, int>;
    auto notes_of = [](const CompetencyScore& c) {
        std::map<Key, std::string> out;
        std::unordered_map<std::string, int> seen;
        for (const auto& e : c.evidence) out[{e.behaviour, seen[e.behaviour]++}] = e.note;
        return out;
    };
    const auto nb = notes_of(b), nm = notes_of(m), nt = notes_of(t);
    auto note = [](const std::map<Key, std::string>& n, const Key& k) {
        auto it = n.find(k);
        return it == n.end() ? std::string() : it->second;
    };
    std::vector<Key> order;
    std::set<Key> listed;
    for (const auto* side : {&m, &t}) {
        std::unordered_map<std::string, int> seen;
        for (const auto& e : side->evidence)
            if (Key k{e.behaviour, seen[e.behaviour]++}; listed.insert(k).second) order.push_back(k);
    }
    std::vector<scorecard::Evidence> out;
    for (const auto& k : order) {
        std::string name = "the evidence for " + names.behaviour(cid, k.first) + " (" + names.competency(cid) + ")";
        out.push_back({k.first, v.text(name, note(nb, k), note(nm, k), note(nt, k))});
    }
    return out;
}

// The question notes of one competency, by question index: whether it was asked and what
// it showed are choices, its note a text.
template <typename V>
std::vector<scorecard::QuestionNote> walk_questions(V& v, const Names& names, const std::string& cid, const CompetencyScore& b,
                                                    const CompetencyScore& m, const CompetencyScore& t) {
    std::vector<int> order;
    for (const auto* side : {&m, &t})
        for (const auto& q : side->questions) order.push_back(q.index);
    std::sort(order.begin(), order.end());
    order.erase(std::unique(order.begin(), order.end()), order.end());
    static const scorecard::QuestionNote none{};
    auto of = [](const CompetencyScore& c, int i) -> const scorecard::QuestionNote& {
        const scorecard::QuestionNote* q = c.question(i);
        return q ? *q : none;
    };
    std::vector<scorecard::QuestionNote> out;
    for (int i : order) {
        const scorecard::QuestionNote &qb = of(b, i), &qm = of(m, i), &qt = of(t, i);
        std::string name = "question " + std::to_string(i + 1) + " of " + names.competency(cid);
        scorecard::QuestionNote q;
        q.index = i;
        q.question = qm.question.empty() ? qt.question : qm.question;
        q.asked = v.choice("whether " + name + " was asked", qb.asked, qm.asked, qt.asked,
                           [](bool asked) { return std::string(asked ? "asked" : "not asked"); });
        q.note = v.text("the note on " + name, qb.note, qm.note, qt.note);
        q.behaviours = v.tags("what " + name + " showed", qb.behaviours, qm.behaviours, qt.behaviours);
        out.push_back(std::move(q));
    }
    return out;
}

template <typename V>
CompetencyScore walk_competency(V& v, const Names& names, const std::string& id, const CompetencyScore& b,
                                const CompetencyScore& m, const CompetencyScore& t) {
    CompetencyScore c;
    c.id = id;
    std::string title = names.competency(id);
    c.score = v.choice("the rating of " + title, b.score, m.score, t.score, [](const auto& x) { return shown(x); });
    c.not_assessed_reason = optional_text(v, "the reason " + title + " was not assessed", b.not_assessed_reason,
                                          m.not_assessed_reason, t.not_assessed_reason);
    // One tab rated it while the other marked it not assessed: this tab's kind wins.
    if (c.score && c.not_assessed_reason) {
        if (m.score) c.not_assessed_reason.reset();
        else c.score.reset();
    }
    c.evidence = walk_evidence(v, names, id, b, m, t);
    c.questions = walk_questions(v, names, id, b, m, t);
    c.notes = v.text("the notes on " + title, b.notes, m.notes, t.notes);
    return c;
}

template <typename V>
void walk_competencies(V& v, const Names& names, const Scorecard& b, const Scorecard& m, const Scorecard& t, Scorecard& out) {
    scorecard::IdIndex<CompetencyScore> bi(b.competencies), mi(m.competencies), ti(t.competencies);
    auto or_none = [](const CompetencyScore* c) -> const CompetencyScore& { return c ? *c : kNone; };
    out.competencies.clear();
    std::unordered_set<std::string> seen;
    for (const auto* side : {&m, &t})
        for (const auto& c : side->competencies)
            if (seen.insert(c.id).second)
                out.competencies.push_back(
                    walk_competency(v, names, c.id, or_none(bi.find(c.id)), or_none(mi.find(c.id)), or_none(ti.find(c.id))));
}

// Every field of a scorecard but its seal, which the merge decides on its own.
template <typename V>
Scorecard walk_card(V& v, const Names& names, const Scorecard& b, const Scorecard& m, const Scorecard& t) {
    Scorecard out = m;
    auto show = [](const auto& x) { return shown(x); };
    out.candidate = v.choice("the candidate's name", b.candidate, m.candidate, t.candidate, show);
    out.interviewer = v.choice("the interviewer's name", b.interviewer, m.interviewer, t.interviewer, show);
    out.date = v.choice("the date", b.date, m.date, t.date, show);
    out.covered = v.choice("which competencies you cover", b.covered, m.covered, t.covered, show);
    out.recommendation = v.choice("the recommendation", b.recommendation, m.recommendation, t.recommendation, show);
    out.rationale = v.text("the rationale", b.rationale, m.rationale, t.rationale);
    out.key_takeaways = v.text("the key takeaways", b.key_takeaways, m.key_takeaways, t.key_takeaways);
    walk_competencies(v, names, b, m, t, out);
    return out;
}

// Merges each field: one side's change wins over no change, two changes to one text
// both apply or both stay, two choices keep this tab's.
struct Merger {
    std::string my_tab, their_tab;
    MergeResult& out;

    std::string text(const std::string& name, const std::string& b, const std::string& m, const std::string& t) {
        if (m == t || t == b) return m;
        if (m == b) return t;
        if (auto x = merge_text(b, m, t)) return *x;
        out.both_changed.push_back(name);
        return both_texts(m, my_tab, t, their_tab);
    }
    template <typename T, typename Show>
    T choice(const std::string& name, const T& b, const T& m, const T& t, Show show) {
        if (m == t || t == b) return m;
        if (m == b) return t;
        out.notes.push_back(name + ": both tabs changed it; this tab's " + show(m) + " is kept (" + tab_name(their_tab) +
                            " had " + show(t) + ")");
        return m;
    }
    // Behaviour tags merge one by one: each tag is as the tab that changed it left it.
    std::vector<std::string> tags(const std::string&, const std::vector<std::string>& b, const std::vector<std::string>& m,
                                  const std::vector<std::string>& t) {
        std::unordered_set<std::string> in_b(b.begin(), b.end()), in_m(m.begin(), m.end()), in_t(t.begin(), t.end());
        std::vector<std::string> out;
        std::unordered_set<std::string> seen;
        for (const auto* side : {&m, &t, &b})
            for (const auto& x : *side) {
                bool was = in_b.count(x), mine = in_m.count(x), theirs = in_t.count(x);
                if (seen.insert(x).second && (mine == was ? theirs : mine)) out.push_back(x);
            }
        return out;
    }
};

// What one tab changed since the base, as lines for the private notes.
struct Leftovers {
    std::vector<std::string> lines;
    std::string text(const std::string& name, const std::string& b, const std::string& m, const std::string&) {
        if (m != b && !scorecard::is_blank(m)) lines.push_back(name + ": " + m);
        return m;
    }
    template <typename T, typename Show>
    T choice(const std::string& name, const T& b, const T& m, const T&, Show show) {
        if (!(m == b)) lines.push_back(name + ": " + show(m));
        return m;
    }
    std::vector<std::string> tags(const std::string& name, const std::vector<std::string>& b, const std::vector<std::string>& m,
                                  const std::vector<std::string>&) {
        if (m == b) return m;
        std::string list;
        for (const auto& x : m) list += (list.empty() ? "" : ", ") + x;
        lines.push_back(name + ": " + (list.empty() ? std::string("nothing") : list));
        return m;
    }
};

struct Seal {
    std::optional<std::string> submitted_at, digest;
    std::vector<scorecard::ReopenEvent> reopened;
    bool operator==(const Seal&) const = default;
};
Seal seal_of(const Scorecard& sc) { return {sc.submitted_at, sc.digest, sc.reopened}; }
void set_seal(Scorecard& sc, const Seal& s) {
    sc.submitted_at = s.submitted_at;
    sc.digest = s.digest;
    sc.reopened = s.reopened;
}

void sort_by_rubric(Scorecard& sc, const scorecard::Rubric* rubric) {
    if (!rubric) return;
    scorecard::IdIndex<scorecard::Competency> comps(rubric->competencies);
    for (auto& c : sc.competencies)
        if (const auto* rc = comps.find(c.id)) sort_evidence(c, *rc);
}

}  // namespace

std::string both_texts(const std::string& mine, const std::string& my_tab, const std::string& theirs,
                       const std::string& their_tab) {
    return marker(my_tab) + " " + mine + "\n\n" + marker(their_tab) + " " + theirs;
}

std::optional<std::string> merge_text(const std::string& base, const std::string& mine, const std::string& theirs) {
    Hunk a = hunk_of(base, mine), b = hunk_of(base, theirs);
    // Edits that touch (overlap, meet, or insert at one place) cannot be ordered safely.
    if (a.start <= b.end && b.start <= a.end) return std::nullopt;
    const Hunk& first = a.start < b.start ? a : b;
    const Hunk& second = a.start < b.start ? b : a;
    return base.substr(0, first.start) + first.text + base.substr(first.end, second.start - first.end) + second.text +
           base.substr(second.end);
}

MergeResult merge_drafts(const Draft& base, const Draft& mine, const Draft& theirs, const scorecard::Rubric* rubric,
                         const std::string& my_tab, const std::string& their_tab) {
    MergeResult r;
    r.merged = mine;
    r.merged.revision = theirs.revision;
    Names names(rubric);
    Merger merger{my_tab, their_tab, r};
    Seal sb = seal_of(base.card), sm = seal_of(mine.card), st = seal_of(theirs.card);
    // Whose submit or reopen counts: the side that changed it (this tab's when both did).
    bool theirs_wins = sm == sb && !(st == sb);
    const Draft& winner = theirs_wins ? theirs : mine;
    const Draft& loser = theirs_wins ? mine : theirs;
    std::string private_notes = merger.text("your private notes", base.private_notes, mine.private_notes, theirs.private_notes);
    if (winner.card.sealed() && !(sm == st)) {
        // A sealed scorecard is exactly what was submitted; the other tab's typing since is kept aside.
        r.merged.card = winner.card;
        Leftovers left;
        walk_card(left, names, base.card, loser.card, winner.card);
        const std::string& loser_tab = theirs_wins ? my_tab : their_tab;
        if (!left.lines.empty()) {
            private_notes += (private_notes.empty() ? "" : "\n\n") + marker(loser_tab) + " typed after " +
                             tab_name(theirs_wins ? their_tab : my_tab) + " submitted this scorecard:";
            for (const auto& l : left.lines) private_notes += "\n" + l;
            r.notes.push_back("the scorecard was submitted in " + tab_name(theirs_wins ? their_tab : my_tab) + "; what " +
                              (theirs_wins ? std::string("this tab") : tab_name(their_tab)) +
                              " typed after that is kept in the private notes");
        }
    } else {
        r.merged.card = walk_card(merger, names, base.card, mine.card, theirs.card);
        set_seal(r.merged.card, seal_of(winner.card));
        sort_by_rubric(r.merged.card, rubric);
    }
    r.merged.private_notes = private_notes;
    r.merged.updated_at = std::max(mine.updated_at, theirs.updated_at);
    r.merged.exported = false;
    return r;
}

}  // namespace app
