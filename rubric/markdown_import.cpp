// Career-framework Markdown to Rubric. md4c does the CommonMark parsing; this file
// first flattens its callbacks into top-level blocks (heading, paragraph, quote,
// list, raw HTML) with their source lines, then reads the document's shape from
// those blocks. The accepted shape is described in docs/rubric-format.md.
#include "rubric/markdown_import.hpp"

#include <md4c.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "base/json_document.hpp"
#include "base/text.hpp"
#include "base/utf8.hpp"
#include "rubric/rubric_json.hpp"

namespace scorecard {

namespace {

// ---- text cleanup ---------------------------------------------------------------

bool is_emoji(char32_t cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) ||  // pictographs, emoticons, flags, symbols
           (cp >= 0x2600 && cp <= 0x27BF) ||    // miscellaneous symbols, dingbats
           (cp >= 0x2B00 && cp <= 0x2BFF) ||    // stars, arrows used as emoji
           (cp >= 0x2300 && cp <= 0x23FF) ||    // watches, hourglasses, media controls
           (cp >= 0xFE00 && cp <= 0xFE0F) ||    // variation selectors
           (cp >= 0xE0000 && cp <= 0xE007F) ||  // tag sequences
           cp == 0x200D || cp == 0x20E3 || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
}

// Removes emoji code points; the input is valid UTF-8 (checked before parsing).
std::string strip_emoji(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
        size_t start = i;
        char32_t cp = next_code_point(s, i);
        if (!is_emoji(cp)) out.append(s, start, i - start);
    }
    return out;
}

// GitHub emoji shortcodes (":owl:") written as text rather than as characters.
std::string strip_shortcodes(const std::string& s) {
    std::string out;
    size_t i = 0;
    while (i < s.size()) {
        if (s[i] == ':' && (i == 0 || is_space(s[i - 1]))) {
            size_t j = i + 1;
            while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= '0' && s[j] <= '9') || s[j] == '_' ||
                                    s[j] == '+' || s[j] == '-'))
                ++j;
            if (j > i + 1 && j < s.size() && s[j] == ':' && (j + 1 == s.size() || is_space(s[j + 1]))) {
                i = j + 1;
                continue;
            }
        }
        out += s[i++];
    }
    return out;
}

// Readable text for titles and list items: no emoji, single spaces, trimmed.
std::string clean(const std::string& s) { return collapse_whitespace(strip_shortcodes(strip_emoji(s))); }

std::string trim_chars(const std::string& s, const char* chars) {
    size_t b = s.find_first_not_of(chars);
    if (b == std::string::npos) return "";
    size_t e = s.find_last_not_of(chars);
    return s.substr(b, e - b + 1);
}

// The entities a framework document plausibly uses; others stay as written.
void append_entity(std::string& out, const std::string& e) {
    if (e.size() > 3 && e[1] == '#') {
        bool hex = e[2] == 'x' || e[2] == 'X';
        unsigned long cp = 0;
        for (size_t i = hex ? 3 : 2; i + 1 < e.size(); ++i) {
            char c = e[i];
            int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                   : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0 || cp > 0x10FFFF) return out.append(e), void();
            cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d);
        }
        return append_utf8(out, cp > 0x10FFFF ? kReplacementChar : static_cast<char32_t>(cp));
    }
    static const std::pair<const char*, unsigned long> named[] = {
        {"&amp;", '&'},      {"&lt;", '<'},       {"&gt;", '>'},       {"&quot;", '"'},     {"&apos;", '\''},
        {"&nbsp;", ' '},     {"&ndash;", 0x2013}, {"&mdash;", 0x2014}, {"&rsquo;", 0x2019}, {"&lsquo;", 0x2018},
        {"&rdquo;", 0x201D}, {"&ldquo;", 0x201C}, {"&hellip;", 0x2026}};
    for (const auto& [name, cp] : named)
        if (e == name) return append_utf8(out, static_cast<char32_t>(cp));
    out += e;
}

// ---- md4c callbacks to flat blocks ------------------------------------------------

struct Item {
    std::string text;
    int line = 0;
    size_t key_end = 0;  // > 0 when the item opens with a bold key ("**Planning horizon**: ...")
    bool located = false;
};

struct Block {
    enum Kind { Heading, Paragraph, Quote, List, Html, Other } kind = Other;
    int level = 0;  // heading level
    int line = 0;   // 1-based line of the block's first text
    std::string text;        // heading, paragraph, quote
    std::string raw;         // HTML block source
    std::vector<Item> items; // list items (top level of the list only)
    bool located = false;    // line set from the block's own text
};

struct Collector {
    const char* base = nullptr;
    size_t size = 0;
    int line_offset = 0;                // added to computed lines (nested parses)
    std::vector<size_t> line_starts;    // byte offset of each line
    std::vector<Block> blocks;
    int depth = 0;                      // block nesting; 1 = child of the document
    int list_depth = 0;                 // lists open inside a top-level list
    bool in_item = false;               // inside a direct item of a top-level list
    bool item_starts_bold = false;
    int suppress = 0;                   // inside images or struck-out text
    int last_line = 1;

    int line_of(const char* p) {
        if (p < base || p >= base + size) return last_line;
        size_t off = static_cast<size_t>(p - base);
        auto it = std::upper_bound(line_starts.begin(), line_starts.end(), off);
        last_line = static_cast<int>(it - line_starts.begin()) + line_offset;
        return last_line;
    }

    Block* top() { return depth >= 1 && !blocks.empty() ? &blocks.back() : nullptr; }

    std::string* target() {
        Block* b = top();
        if (!b) return nullptr;
        if (b->kind == Block::List) return in_item && list_depth == 1 && !b->items.empty() ? &b->items.back().text : nullptr;
        if (b->kind == Block::Heading || b->kind == Block::Paragraph || b->kind == Block::Quote) return &b->text;
        return nullptr;
    }

    void separate() {  // paragraphs inside quotes and loose items read as one text
        if (std::string* t = target(); t && !t->empty()) *t += ' ';
    }

    static int enter_block(MD_BLOCKTYPE type, void* detail, void* ud) {
        auto* c = static_cast<Collector*>(ud);
        if (type == MD_BLOCK_DOC) return 0;
        ++c->depth;
        if (c->depth == 1) {
            Block b;
            b.line = c->last_line;
            switch (type) {
                case MD_BLOCK_H:
                    b.kind = Block::Heading;
                    b.level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
                    break;
                case MD_BLOCK_P: b.kind = Block::Paragraph; break;
                case MD_BLOCK_QUOTE: b.kind = Block::Quote; break;
                case MD_BLOCK_UL:
                case MD_BLOCK_OL: b.kind = Block::List; break;
                case MD_BLOCK_HTML: b.kind = Block::Html; break;
                default: b.kind = Block::Other; break;
            }
            c->blocks.push_back(std::move(b));
            if (type == MD_BLOCK_UL || type == MD_BLOCK_OL) c->list_depth = 1;
            return 0;
        }
        Block* b = c->top();
        if (!b) return 0;
        if (b->kind == Block::List) {
            if (type == MD_BLOCK_UL || type == MD_BLOCK_OL) ++c->list_depth;
            if (type == MD_BLOCK_LI && c->list_depth == 1) {
                b->items.push_back(Item{"", c->last_line, 0, false});
                c->in_item = true;
                c->item_starts_bold = false;
            }
            if (type == MD_BLOCK_P && c->list_depth == 1) c->separate();
        } else if (b->kind == Block::Quote && type == MD_BLOCK_P) {
            c->separate();
        }
        return 0;
    }

    static int leave_block(MD_BLOCKTYPE type, void*, void* ud) {
        auto* c = static_cast<Collector*>(ud);
        if (type == MD_BLOCK_DOC) return 0;
        Block* b = c->top();
        if (b && b->kind == Block::List && c->depth > 1) {
            if (type == MD_BLOCK_UL || type == MD_BLOCK_OL) --c->list_depth;
            if (type == MD_BLOCK_LI && c->list_depth == 1) c->in_item = false;
        }
        --c->depth;
        if (c->depth == 0) {
            c->list_depth = 0;
            c->in_item = false;
        }
        return 0;
    }

    static int enter_span(MD_SPANTYPE type, void*, void* ud) {
        auto* c = static_cast<Collector*>(ud);
        if (type == MD_SPAN_IMG || type == MD_SPAN_DEL) ++c->suppress;
        if (type == MD_SPAN_STRONG) {
            Block* b = c->top();
            if (b && b->kind == Block::List && c->in_item && c->list_depth == 1 && !b->items.empty() &&
                b->items.back().text.find_first_not_of(" ") == std::string::npos)
                c->item_starts_bold = true;
        }
        return 0;
    }

    static int leave_span(MD_SPANTYPE type, void*, void* ud) {
        auto* c = static_cast<Collector*>(ud);
        if ((type == MD_SPAN_IMG || type == MD_SPAN_DEL) && c->suppress > 0) --c->suppress;
        if (type == MD_SPAN_STRONG && c->item_starts_bold) {
            Block* b = c->top();
            if (b && b->kind == Block::List && !b->items.empty() && b->items.back().key_end == 0)
                b->items.back().key_end = b->items.back().text.size();
            c->item_starts_bold = false;
        }
        return 0;
    }

    static int text(MD_TEXTTYPE type, const MD_CHAR* p, MD_SIZE n, void* ud) {
        auto* c = static_cast<Collector*>(ud);
        int line = c->line_of(p);
        Block* b = c->top();
        if (!b) return 0;
        if (!b->located) b->line = line, b->located = true;
        if (b->kind == Block::List && c->in_item && c->list_depth == 1 && !b->items.empty() &&
            !b->items.back().located)
            b->items.back().line = line, b->items.back().located = true;
        if (b->kind == Block::Html) {
            b->raw.append(p, n);
            return 0;
        }
        if (c->suppress > 0) return 0;
        std::string* t = c->target();
        if (!t) return 0;
        switch (type) {
            case MD_TEXT_NORMAL:
            case MD_TEXT_CODE:
            case MD_TEXT_LATEXMATH: t->append(p, n); break;
            case MD_TEXT_BR:
            case MD_TEXT_SOFTBR: *t += ' '; break;
            case MD_TEXT_ENTITY: append_entity(*t, std::string(p, n)); break;
            default: break;  // inline HTML and NUL characters carry no readable text
        }
        return 0;
    }
};

// Parses `text` into top-level blocks; false if md4c gave up (it only does on
// allocation failure).
bool collect_blocks(const std::string& text, int line_offset, std::vector<Block>& out) {
    Collector c;
    c.base = text.data();
    c.size = text.size();
    c.line_offset = line_offset;
    c.line_starts.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') c.line_starts.push_back(i + 1);
    c.last_line = 1 + line_offset;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
    parser.enter_block = &Collector::enter_block;
    parser.leave_block = &Collector::leave_block;
    parser.enter_span = &Collector::enter_span;
    parser.leave_span = &Collector::leave_span;
    parser.text = &Collector::text;
    int rc = md_parse(text.data(), static_cast<MD_SIZE>(text.size()), &parser, &c);
    out = std::move(c.blocks);
    return rc == 0;
}

// ---- blocks to rubric ------------------------------------------------------------

// "L5: Senior Support Manager", "L4 - Lead Cloud Engineer", "L1.0: Graduate ..."
void split_level(const std::string& title, std::string& level, std::string& role) {
    level.clear();
    role = title;
    if (title.size() < 3 || (title[0] != 'L' && title[0] != 'l') || !(title[1] >= '0' && title[1] <= '9')) return;
    size_t i = 1;
    while (i < title.size() && ((title[i] >= '0' && title[i] <= '9') || title[i] == '.')) ++i;
    std::string lv = "L" + title.substr(1, i - 1);
    if (lv.back() == '.') return;
    size_t j = i;
    while (j < title.size() && title[j] == ' ') ++j;
    static const char* separators[] = {":", "-", "|", "\xE2\x80\x93", "\xE2\x80\x94"};  // en and em dash
    bool sep = false;
    for (const char* s : separators) {
        size_t n = std::strlen(s);
        if (title.compare(j, n, s) == 0) {
            j += n;
            sep = true;
            break;
        }
    }
    if (!sep) return;
    std::string rest = trim_chars(title.substr(j), " ");
    if (rest.empty()) return;
    level = lv;
    role = rest;
}

// Slugs short enough to read in a scorecard file, cut at a word boundary.
std::string short_slug(const std::string& text, size_t max, const char* fallback) {
    std::string s = slugify(text);
    if (s.size() > max) {
        size_t cut = s.rfind('-', max);
        s = s.substr(0, cut != std::string::npos && cut > 0 ? cut : max);
    }
    return s.empty() ? fallback : s;
}

// "- TBD." placeholders in the framework's Examples blocks are not examples.
bool is_placeholder(const std::string& text) {
    std::string t = lower_ascii(trim_chars(text, " .!"));
    return t == "tbd" || t == "todo" || t == "tba";
}

// "<details><summary>Examples</summary>": whether the HTML opens an Examples block.
bool opens_examples(const std::string& raw_lower) {
    size_t d = raw_lower.find("<details");
    if (d == std::string::npos) return false;
    size_t s = raw_lower.find("<summary", d);
    if (s == std::string::npos) return false;
    size_t gt = raw_lower.find('>', s);
    size_t end = raw_lower.find("</summary", s);
    if (gt == std::string::npos || end == std::string::npos || end < gt) return false;
    std::string inner;  // summary text without inner tags such as <b>
    bool in_tag = false;
    for (size_t i = gt + 1; i < end; ++i) {
        char ch = raw_lower[i];
        if (ch == '<') in_tag = true;
        else if (ch == '>') in_tag = false;
        else if (!in_tag) inner += ch;
    }
    return trim_chars(clean(inner), " :") == "examples";
}

struct Section {
    const Block* heading = nullptr;
    std::vector<const Block*> body;
};

// Splits one parent's blocks into sections at headings of `level` or shallower;
// blocks before the first such heading go to `before`.
std::vector<Section> split_at(const std::vector<const Block*>& blocks, int level, std::vector<const Block*>& before) {
    std::vector<Section> out;
    for (const Block* b : blocks) {
        if (b->kind == Block::Heading && b->level <= level) {
            out.push_back(Section{b, {}});
        } else if (out.empty()) {
            before.push_back(b);
        } else {
            out.back().body.push_back(b);
        }
    }
    return out;
}

class Importer {
public:
    Importer(std::string file) : file_(std::move(file)) {}

    std::optional<Error> run(const std::vector<Block>& blocks, Rubric& r) {
        size_t h1 = 0;
        while (h1 < blocks.size() && !(blocks[h1].kind == Block::Heading && blocks[h1].level == 1)) ++h1;
        if (h1 == blocks.size())
            return err(0, "no '# ' title heading: a rubric document starts with a line such as "
                          "'# L5: Senior Support Manager'");
        r.title = trim_chars(clean(blocks[h1].text), " ");
        if (r.title.empty()) return err(blocks[h1].line, "the '# ' title heading has no text");
        split_level(r.title, r.level, r.role);

        std::vector<const Block*> rest;
        for (size_t i = h1 + 1; i < blocks.size(); ++i) rest.push_back(&blocks[i]);
        std::vector<const Block*> preamble;
        auto sections = split_at(rest, 2, preamble);
        for (const Block* b : preamble) read_preamble(*b, r);
        for (const auto& s : sections)
            if (auto e = read_section(s, r)) return e;
        if (r.competencies.empty())
            return err(0, "no competency: expected '## ' sections (other than Impact and What success looks "
                          "like) each followed by a bullet list of behaviours");
        return std::nullopt;
    }

private:
    std::string file_;
    // Each competency title seen (ASCII lower case) and its heading's line: a repeat is
    // found in constant time, so 150,000 headings stay linear.
    std::unordered_map<std::string, int> title_lines_;

    Error err(int line, std::string message) const { return Error{file_, line, "", std::move(message)}; }

    static void add_if_text(std::vector<std::string>& out, const std::string& text) {
        std::string t = clean(text);
        if (!t.empty()) out.push_back(std::move(t));
    }

    static void read_hiring_bar(const Section& s, Rubric& r) {
        for (const Block* b : s.body) {
            if (b->kind == Block::Paragraph) {
                std::string t = clean(b->text);
                if (!t.empty()) r.hiring_bar_intro += (r.hiring_bar_intro.empty() ? "" : "\n\n") + t;
            } else if (b->kind == Block::List) {
                for (const auto& it : b->items) add_if_text(r.hiring_bar, it.text);
            }
        }
    }

    // One "## " section: Impact, the hiring bar, a group of "### " competencies, or a competency.
    std::optional<Error> read_section(const Section& s, Rubric& r) {
        if (s.heading->level == 1) return std::nullopt;  // a second title: nothing to rate under it
        std::string key = lower_ascii(trim_chars(trim_chars(clean(s.heading->text), " "), " :."));
        if (key == "impact") {
            for (const Block* b : s.body)
                if (b->kind == Block::List)
                    for (const auto& it : b->items) add_if_text(r.impact, it.text);
            return std::nullopt;
        }
        if (key == "what success looks like") {
            read_hiring_bar(s, r);
            return std::nullopt;
        }
        std::vector<const Block*> lead;
        auto subs = split_at(s.body, 3, lead);
        bool lead_has_list = std::any_of(lead.begin(), lead.end(), [](const Block* b) { return b->kind == Block::List; });
        if (!lead_has_list && !subs.empty()) {
            // A group heading ("## Leader") whose "### " sections are the competencies.
            for (const Block* b : lead)
                if (b->kind == Block::Quote && r.summary.empty()) r.summary = clean(b->text);
            for (const auto& sub : subs)
                if (auto e = add_competency(*sub.heading, sub.body, r)) return e;
            return std::nullopt;
        }
        // Sub-headings inside a competency are part of it (examples, notes).
        std::vector<const Block*> body = lead;
        for (const auto& sub : subs) {
            body.push_back(sub.heading);
            body.insert(body.end(), sub.body.begin(), sub.body.end());
        }
        return add_competency(*s.heading, body, r);
    }

    void read_preamble(const Block& b, Rubric& r) {
        if (b.kind == Block::Quote && r.summary.empty()) {
            r.summary = clean(b.text);
        } else if (b.kind == Block::List) {
            for (const auto& it : b.items) {
                if (it.key_end == 0) continue;  // plain intro bullets are prose, not metadata
                std::string key = trim_chars(clean(it.text.substr(0, it.key_end)), " :");
                std::string value = trim_chars(clean(it.text.substr(it.key_end)), " :");
                if (!key.empty()) r.metadata.push_back({key, value});
            }
        }
    }

    // Where the blocks of a competency's body are: its intro, its behaviours, an
    // Examples block (HTML <details> or "### Examples"), or other details to skip.
    struct BodyState {
        bool in_examples = false, in_other_details = false, seen_list = false;
    };

    void read_body_block(const Block& b, BodyState& st, Competency& c) {
        if (b.kind == Block::Html) {
            std::string low = lower_ascii(b.raw);
            if (opens_examples(low)) {
                st.in_examples = true;
                read_inline_examples(b, c);
            } else if (low.find("<details") != std::string::npos) {
                st.in_other_details = true;
            }
            if (low.find("</details") != std::string::npos) st.in_examples = st.in_other_details = false;
            return;
        }
        if (b.kind == Block::Heading) {
            // "### Examples" works like the <details> block; other sub-headings end it.
            st.in_examples = lower_ascii(trim_chars(clean(b.text), " :")) == "examples";
            return;
        }
        if (b.kind == Block::Paragraph && !st.seen_list && !st.in_examples && !st.in_other_details) {
            std::string t = clean(b.text);
            if (!t.empty()) c.summary += (c.summary.empty() ? "" : " ") + t;
        }
        if (b.kind != Block::List) return;
        if (st.in_examples) {
            for (const auto& it : b.items)
                if (!is_placeholder(clean(it.text))) add_if_text(c.examples, it.text);
        } else if (!st.in_other_details) {
            st.seen_list = true;
            for (const auto& it : b.items) {
                std::string t = clean(it.text);
                if (!t.empty()) c.behaviours.push_back({"", t});
            }
        }
    }

    std::optional<Error> add_competency(const Block& heading, const std::vector<const Block*>& body, Rubric& r) {
        Competency c;
        c.title = trim_chars(clean(heading.text), " ");
        if (c.title.empty()) return err(heading.line, "a competency heading has no text (only emoji or markup)");
        auto [first, fresh] = title_lines_.try_emplace(lower_ascii(c.title), heading.line);
        if (!fresh)
            return err(heading.line, "competency " + quote_input(c.title) + " appears twice (first on line " +
                                         std::to_string(first->second) + ")");
        BodyState st;
        for (const Block* b : body) read_body_block(*b, st, c);
        if (c.behaviours.empty())
            return err(heading.line, "competency " + quote_input(c.title) + " has no behaviours: a '## ' section needs a "
                                     "bullet list (or is one of Impact, What success looks like)");
        r.competencies.push_back(std::move(c));
        return std::nullopt;
    }

    // An Examples block written without blank lines keeps its bullets inside the
    // raw HTML; parse that inner Markdown on its own.
    void read_inline_examples(const Block& b, Competency& c) {
        std::string low = lower_ascii(b.raw);
        size_t start = low.find("</summary");
        if (start == std::string::npos) return;
        start = low.find('>', start);
        if (start == std::string::npos) return;
        size_t end = low.find("</details", start);
        std::string inner = b.raw.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
        std::vector<Block> blocks;
        if (!collect_blocks(inner, b.line - 1, blocks)) return;
        for (const auto& ib : blocks)
            if (ib.kind == Block::List)
                for (const auto& it : ib.items)
                    if (!is_placeholder(clean(it.text))) add_if_text(c.examples, it.text);
    }
};

std::string base_name(const std::string& path) {
    size_t slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

Result<Rubric> import_markdown_rubric(const std::string& markdown, const std::string& file) {
    if (auto e = check_text_input(markdown, file)) return *e;
    std::vector<Block> blocks;
    // md4c does not skip a byte-order mark, and "\xEF\xBB\xBF# Title" would not be a heading.
    bool bom = markdown.compare(0, 3, "\xEF\xBB\xBF") == 0;
    if (!collect_blocks(bom ? markdown.substr(3) : markdown, 0, blocks)) return Error{file, 0, "", "the Markdown parser gave up on this file"};
    Rubric r;
    if (auto e = Importer(file).run(blocks, r)) return *e;

    r.id = short_slug(r.title, 64, "rubric");
    std::vector<std::string> ids;
    for (const auto& c : r.competencies) ids.push_back(short_slug(c.title, 64, "competency"));
    make_unique_ids(ids);
    for (size_t i = 0; i < r.competencies.size(); ++i) {
        auto& c = r.competencies[i];
        c.id = ids[i];
        std::vector<std::string> bids;
        for (const auto& b : c.behaviours) bids.push_back(short_slug(b.text, 48, "behaviour"));
        make_unique_ids(bids);
        for (size_t k = 0; k < c.behaviours.size(); ++k) c.behaviours[k].id = bids[k];
    }
    apply_default_scales(r);
    r.source = base_name(file);
    if (auto e = check_rubric(r)) {
        Error out = *e;
        out.file = file;
        return out;
    }
    return r;
}

Result<Rubric> import_rubric_file(const std::string& text, const std::string& file) {
    size_t i = 0;
    // A UTF-8 byte-order mark is not content.
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
    while (i < text.size() && is_space(text[i])) ++i;
    if (i < text.size() && text[i] == '{') return parse_rubric_json(text, file);
    return import_markdown_rubric(text, file);
}

}  // namespace scorecard
