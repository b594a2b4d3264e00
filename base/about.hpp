// What Scorecard says about itself: its version, which build it is and the third-party
// components it contains. Generated at build time (cmake/about.cmake) from the project's
// version, git and THIRD_PARTY.md, so the About view and `scorecard --version` never
// drift from the list the licence check guards.
#pragma once
#include <span>
#include <string_view>

namespace scorecard::about {

struct Component {
    std::string_view id;       // THIRD_PARTY.md's id column
    std::string_view name;
    std::string_view version;
    std::string_view licence;  // SPDX expression
    std::string_view shipped;  // "site", "cli" or "site, cli"
};

std::string_view version();   // "0.1.0"
std::string_view build_id();  // git commit, with "-modified" for uncommitted changes; "unknown" outside git
std::span<const Component> components();  // every shipped row of THIRD_PARTY.md, in its order

}  // namespace scorecard::about
