// What a failed store means, said once for every message about storage; and the system
// clock behind Platform's default now_iso_utc() and today_local().
#include "app/platform.hpp"

#include <ctime>

namespace app {

std::string storage_problem(StoreResult r) {
    switch (r) {
        case StoreResult::Full: return "This browser's storage for Scorecard is full";
        case StoreResult::Refused:
            return "This browser does not let Scorecard store anything (a private window, or site data blocked "
                   "in its settings)";
        default: return "This browser's storage is not available to Scorecard";
    }
}

std::string Platform::now_iso_utc() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

namespace {
std::string local_now(const char* format) {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, format, &tm);
    return buf;
}
}  // namespace

std::string Platform::today_local() { return local_now("%Y-%m-%d"); }

std::string Platform::time_local() { return local_now("%H:%M:%S"); }

int Platform::utc_offset_minutes(long long utc_seconds) {
    std::time_t t = static_cast<std::time_t>(utc_seconds);
    std::tm tm{};
    localtime_r(&t, &tm);
    return static_cast<int>(tm.tm_gmtoff / 60);
}

}  // namespace app
