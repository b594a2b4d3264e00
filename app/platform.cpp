// The system clock behind Platform's default now_iso_utc() and today_local().
#include "app/platform.hpp"

#include <ctime>

namespace app {

std::string Platform::now_iso_utc() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string Platform::today_local() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

int Platform::utc_offset_minutes(long long utc_seconds) {
    std::time_t t = static_cast<std::time_t>(utc_seconds);
    std::tm tm{};
    localtime_r(&t, &tm);
    return static_cast<int>(tm.tm_gmtoff / 60);
}

}  // namespace app
