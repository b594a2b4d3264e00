// The statistics a panel rests on: means and medians, and Krippendorff's alpha for
// agreement between interviewers (ordinal, interval and nominal metrics, missing
// values tolerated), with the thresholds under which it says "not enough data".
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace scorecard {

std::optional<double> mean_of(const std::vector<double>& xs);
std::optional<double> median_of(std::vector<double> xs);

// units[u][c] is coder c's value for unit u, nullopt when missing.
using RatingUnits = std::vector<std::vector<std::optional<double>>>;

struct Agreement {
    std::optional<double> alpha;  // unset when not enough data
    int pairable_values = 0;      // values in units with >= 2 ratings (the n)
    int units = 0;                // units with >= 2 ratings
    std::string band;             // interpretation or kNotEnoughData
};
// Below either minimum, or when every value is the same (alpha = 0/0), alpha is
// unset and band is kNotEnoughData; documented in docs/panel-format.md.
inline constexpr int kAlphaMinUnits = 3;
inline constexpr int kAlphaMinPairableValues = 6;
inline constexpr const char* kNotEnoughData = "not enough data";
Agreement krippendorff_alpha_ordinal(const RatingUnits& units);
Agreement krippendorff_alpha_interval(const RatingUnits& units);
Agreement krippendorff_alpha_nominal(const RatingUnits& units);
// Krippendorff (2004, Content Analysis, 2nd ed.; 2011 "Computing Krippendorff's
// Alpha-Reliability"): rely on data with alpha >= .800, draw only tentative
// conclusions for .667 <= alpha < .800, discard below .667.
inline constexpr double kAlphaReliable = 0.800;
inline constexpr double kAlphaTentative = 0.667;
std::string alpha_band(double alpha);  // "reliable" | "tentative" | "unreliable"

}  // namespace scorecard
