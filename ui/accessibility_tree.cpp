// The mirror's JSON, rebuilt when a hash over what it shows moved (accessibility_tree.hpp).
#include "ui/accessibility_tree.hpp"

#include <chrono>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace ui {

const char* role_name(Role role) {
    switch (role) {
    case Role::Text: return "text";
    case Role::Heading: return "heading";
    case Role::Title: return "title";
    case Role::Button: return "button";
    case Role::Checkbox: return "checkbox";
    case Role::Radio: return "radio";
    case Role::Tab: return "tab";
    case Role::Option: return "option";
    case Role::Combobox: return "combobox";
    case Role::Textbox: return "textbox";
    case Role::None: break;
    }
    return "";
}

bool in_mirror(const WidgetRegistry::Item& it, const MirrorExtras& extras) {
    if (it.role == Role::None || it.name.empty() || !it.window) return false;
    if (it.window->RootWindow && (it.window->RootWindow->Flags & ImGuiWindowFlags_Tooltip)) return false;
    return !extras.modal || it.window->RootWindow == extras.modal;
}

namespace {

// FNV-1a, 64 bits: enough to tell one frame's mirror from the last.
struct Hasher {
    std::uint64_t h = 1469598103934665603ull;
    void bytes(const void* p, std::size_t n) {
        const auto* b = static_cast<const unsigned char*>(p);
        for (std::size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
    }
    void str(const std::string& s) { bytes(s.data(), s.size() + 1); }
    template <class T> void pod(const T& v) { bytes(&v, sizeof v); }
};

int px(float v) { return int(std::lround(v)); }

std::uint64_t hash_of(const std::vector<WidgetRegistry::Item>& items, const MirrorExtras& extras) {
    Hasher h;
    for (const auto& it : items) {
        if (!in_mirror(it, extras)) continue;
        h.pod(it.id);
        h.pod(it.role);
        h.pod(it.state);
        h.str(it.name);
        h.str(it.value);
        h.str(it.group);
        h.pod(it.table);
        h.pod(it.row);
        h.pod(it.column);
        int r[4] = {px(it.rect.Min.x), px(it.rect.Min.y), px(it.rect.Max.x), px(it.rect.Max.y)};
        h.pod(r);
    }
    h.pod(extras.active_text);
    h.str(extras.active_value);
    int sel[3] = {extras.sel_start, extras.sel_end, extras.cursor};
    h.pod(sel);
    h.pod(extras.modal);
    for (const auto& n : extras.notices) h.pod(n.id);
    return h.h;
}

// A node's key in the page: a control's ImGui id; a text's hash of its window and words,
// with a count for repeats, so a text keeps its element while others come and go.
std::string key_of(const WidgetRegistry::Item& it, std::unordered_map<std::string, int>& seen) {
    std::string base;
    if (it.id != 0) {
        base = "i" + std::to_string(it.id);
    } else {
        Hasher h;
        h.str(it.window_name);
        h.str(it.name);
        base = "t" + std::to_string(h.h);
    }
    int n = seen[base]++;
    return n == 0 ? base : base + "_" + std::to_string(n);
}

nlohmann::json node_json(const WidgetRegistry::Item& it, std::string key) {
    nlohmann::json n = {{"k", std::move(key)}, {"r", role_name(it.role)}, {"n", it.name}, {"s", it.state},
                        {"x", px(it.rect.Min.x)}, {"y", px(it.rect.Min.y)}, {"w", px(it.rect.GetWidth())},
                        {"h", px(it.rect.GetHeight())}};
    if (it.role == Role::Textbox || it.role == Role::Combobox) n["v"] = it.value;
    if (!it.group.empty()) n["g"] = it.group;
    if (it.table != 0) n["t"] = it.table, n["row"] = it.row, n["col"] = it.column;
    return n;
}

}  // namespace

bool AccessibilityTree::update(const std::vector<WidgetRegistry::Item>& items, const MirrorExtras& extras) {
    std::uint64_t h = hash_of(items, extras);
    if (h == hash_ && version_ != 0) return false;
    hash_ = h;
    ++version_;
    nlohmann::json nodes = nlohmann::json::array();
    std::unordered_map<std::string, int> seen;
    std::string active;
    for (const auto& it : items) {
        if (!in_mirror(it, extras)) continue;
        std::string key = key_of(it, seen);
        if (it.id != 0 && it.id == extras.active_text) active = key;
        nodes.push_back(node_json(it, std::move(key)));
    }
    nlohmann::json notices = nlohmann::json::array();
    for (const auto& n : extras.notices) notices.push_back({{"id", n.id}, {"text", n.text}, {"error", n.error}});
    nlohmann::json out = {{"nodes", std::move(nodes)},
                          {"active", active},
                          {"activeValue", active.empty() ? "" : extras.active_value},
                          {"sel", {extras.sel_start, extras.sel_end, extras.cursor}},
                          {"modal", extras.modal != nullptr},
                          {"notices", std::move(notices)}};
    json_ = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return true;
}

MirrorCost measure_mirror_cost(const std::vector<WidgetRegistry::Item>& sample, int count, int rounds) {
    MirrorCost cost;
    std::vector<WidgetRegistry::Item> items;
    for (int i = 0; !sample.empty() && i < count; ++i) {
        items.push_back(sample[size_t(i) % sample.size()]);
        if (items.back().id != 0) items.back().id += ImGuiID(i / int(sample.size())) * 7919u;
    }
    AccessibilityTree tree;
    MirrorExtras extras;
    tree.update(items, extras);
    cost.json_bytes = tree.json().size();
    using clock = std::chrono::steady_clock;
    auto per_round = [&](clock::time_point t0) {
        return std::chrono::duration<double, std::milli>(clock::now() - t0).count() / std::max(1, rounds);
    };
    auto t0 = clock::now();
    for (int r = 0; r < rounds; ++r) tree.update(items, extras);
    cost.unchanged_ms = per_round(t0);
    t0 = clock::now();
    for (int r = 0; r < rounds && !items.empty(); ++r) {
        items[size_t(r) % items.size()].name += "x";
        tree.update(items, extras);
    }
    cost.changed_ms = per_round(t0);
    return cost;
}

}  // namespace ui
