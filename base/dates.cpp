// Dates and UTC times (dates.hpp). Civil-date arithmetic after Howard Hinnant's
// days_from_civil, which is exact for the proleptic Gregorian calendar.
#include "base/dates.hpp"

#include <cstdio>

namespace scorecard {

namespace {
bool digits(std::string_view s, std::size_t from, std::size_t count) {
    if (from + count > s.size()) return false;
    for (std::size_t i = from; i < from + count; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

int number(std::string_view s, std::size_t from, std::size_t count) {
    int n = 0;
    for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (s[i] - '0');
    return n;
}

long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}
}  // namespace

bool is_valid_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    if (!digits(s, 0, 4) || !digits(s, 5, 2) || !digits(s, 8, 2)) return false;
    int y = number(s, 0, 4), m = number(s, 5, 2), d = number(s, 8, 2);
    if (m < 1 || m > 12 || d < 1) return false;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool is_iso_utc(std::string_view s) {
    if (s.size() < 20 || !is_valid_date(s.substr(0, 10)) || s[10] != 'T') return false;
    if (!digits(s, 11, 2) || s[13] != ':' || !digits(s, 14, 2) || s[16] != ':' || !digits(s, 17, 2)) return false;
    if (number(s, 11, 2) > 23 || number(s, 14, 2) > 59 || number(s, 17, 2) > 60) return false;
    std::size_t i = 19;
    if (i < s.size() && s[i] == '.') {
        std::size_t start = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == start) return false;
    }
    std::string_view zone = s.substr(i);
    return zone == "Z" || zone == "+00:00";
}

std::optional<long long> day_number(std::string_view date) {
    if (!is_valid_date(date)) return std::nullopt;
    return days_from_civil(number(date, 0, 4), unsigned(number(date, 5, 2)), unsigned(number(date, 8, 2)));
}

std::optional<long long> utc_seconds(std::string_view iso) {
    if (!is_iso_utc(iso)) return std::nullopt;
    long long days = *day_number(iso.substr(0, 10));
    return days * 86400 + number(iso, 11, 2) * 3600LL + number(iso, 14, 2) * 60LL + number(iso, 17, 2);
}

namespace {
// The civil date of a day number (Hinnant's civil_from_days).
void civil_from_days(long long z, int& y, unsigned& m, unsigned& d) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(static_cast<long long>(yoe) + era * 400 + (m <= 2));
}
}  // namespace

std::string time_in_zone(std::string_view iso, int offset_minutes) {
    auto t = utc_seconds(iso);
    if (!t) return std::string(iso);
    long long local = *t + offset_minutes * 60LL;
    long long days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    long long secs = local - days * 86400;
    int y = 0;
    unsigned m = 0, d = 0;
    civil_from_days(days, y, m, d);
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int off = offset_minutes < 0 ? -offset_minutes : offset_minutes;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%u %s %d, %02lld:%02lld (UTC%c%02d:%02d)", d, months[m - 1], y, secs / 3600,
                  (secs % 3600) / 60, offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
    return buf;
}

}  // namespace scorecard
