// Means, medians and Krippendorff's alpha (statistics.hpp).
#include "panel/statistics.hpp"

#include <algorithm>

namespace scorecard {

std::optional<double> mean_of(const std::vector<double>& xs) {
    if (xs.empty()) return std::nullopt;
    double s = 0;
    for (double x : xs) s += x;
    return s / static_cast<double>(xs.size());
}

std::optional<double> median_of(std::vector<double> xs) {
    if (xs.empty()) return std::nullopt;
    std::sort(xs.begin(), xs.end());
    size_t n = xs.size();
    return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2.0;
}

std::string alpha_band(double value) {
    if (value >= kAlphaReliable) return "reliable";
    if (value >= kAlphaTentative) return "tentative";
    return "unreliable";
}

namespace {

enum class Metric { nominal, ordinal, interval };

// Krippendorff's alpha by the coincidence-matrix method (Krippendorff 2011, sec. C-E):
// within each unit with m >= 2 values, every ordered pair of values from different
// coders adds 1/(m-1) to the coincidence o_ck; alpha = 1 - (n-1) sum o_ck d_ck / sum n_c n_k d_ck.
struct Coincidences {
    std::vector<double> values;              // distinct values, ascending
    std::vector<std::vector<double>> o;      // o[c][k]
    std::vector<double> nc;                  // marginals n_c
    double n = 0;
};

Coincidences coincidences(const std::vector<std::vector<double>>& pairable) {
    Coincidences m;
    for (const auto& u : pairable) m.values.insert(m.values.end(), u.begin(), u.end());
    std::sort(m.values.begin(), m.values.end());
    m.values.erase(std::unique(m.values.begin(), m.values.end()), m.values.end());
    size_t k = m.values.size();
    auto index = [&](double v) {
        return static_cast<size_t>(std::lower_bound(m.values.begin(), m.values.end(), v) - m.values.begin());
    };
    m.o.assign(k, std::vector<double>(k, 0.0));
    for (const auto& u : pairable) {
        double size = static_cast<double>(u.size());
        for (size_t i = 0; i < u.size(); ++i)
            for (size_t j = 0; j < u.size(); ++j)
                if (i != j) m.o[index(u[i])][index(u[j])] += 1.0 / (size - 1.0);
    }
    m.nc.assign(k, 0.0);
    for (size_t c = 0; c < k; ++c) {
        for (size_t d = 0; d < k; ++d) m.nc[c] += m.o[c][d];
        m.n += m.nc[c];
    }
    return m;
}

// The squared difference between values c and d under the metric.
double delta2(const Coincidences& m, Metric metric, size_t c, size_t d) {
    if (c == d) return 0.0;
    switch (metric) {
        case Metric::nominal: return 1.0;
        case Metric::interval: return (m.values[c] - m.values[d]) * (m.values[c] - m.values[d]);
        case Metric::ordinal: {
            size_t lo = std::min(c, d), hi = std::max(c, d);
            double s = 0;
            for (size_t g = lo; g <= hi; ++g) s += m.nc[g];
            s -= (m.nc[lo] + m.nc[hi]) / 2.0;
            return s * s;
        }
    }
    return 0.0;
}

Agreement alpha(const RatingUnits& units, Metric metric) {
    Agreement a;
    std::vector<std::vector<double>> pairable;
    for (const auto& unit : units) {
        std::vector<double> vals;
        for (const auto& v : unit)
            if (v) vals.push_back(*v);
        if (vals.size() < 2) continue;
        a.units += 1;
        a.pairable_values += static_cast<int>(vals.size());
        pairable.push_back(std::move(vals));
    }
    a.band = kNotEnoughData;
    if (a.units < kAlphaMinUnits || a.pairable_values < kAlphaMinPairableValues) return a;
    Coincidences m = coincidences(pairable);
    double observed = 0, expected = 0;
    for (size_t c = 0; c < m.values.size(); ++c)
        for (size_t d = 0; d < m.values.size(); ++d) {
            double dd = delta2(m, metric, c, d);
            observed += m.o[c][d] * dd;
            expected += m.nc[c] * m.nc[d] * dd;
        }
    // Every pairable value the same: alpha is 0/0, and any number shown would mislead.
    if (expected <= 0) return a;
    a.alpha = 1.0 - (m.n - 1.0) * observed / expected;
    a.band = alpha_band(*a.alpha);
    return a;
}

}  // namespace

Agreement krippendorff_alpha_ordinal(const RatingUnits& units) { return alpha(units, Metric::ordinal); }
Agreement krippendorff_alpha_interval(const RatingUnits& units) { return alpha(units, Metric::interval); }
Agreement krippendorff_alpha_nominal(const RatingUnits& units) { return alpha(units, Metric::nominal); }

}  // namespace scorecard
