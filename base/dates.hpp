// Calendar dates (YYYY-MM-DD) and UTC times (ISO 8601, "2025-03-04T14:05:00Z") as the
// file formats write them, and the arithmetic the panel needs on them (days apart).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace scorecard {

// A real calendar date written YYYY-MM-DD.
bool is_valid_date(std::string_view s);
// "YYYY-MM-DDTHH:MM:SS[.fraction]Z" (or +00:00): UTC only, so times written on
// different machines compare as strings.
bool is_iso_utc(std::string_view s);

// Days since 1970-01-01 of a valid date; nullopt otherwise.
std::optional<long long> day_number(std::string_view date);
// Seconds since 1970-01-01T00:00:00Z of a valid UTC time (fractions dropped).
std::optional<long long> utc_seconds(std::string_view iso);

// A UTC time as people read it in a time zone `offset_minutes` east of UTC:
// "4 Mar 2025, 14:30 (UTC+01:00)". Invalid input comes back as it is.
std::string time_in_zone(std::string_view iso, int offset_minutes);

}  // namespace scorecard
