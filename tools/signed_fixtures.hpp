// Signed sample scorecards for the CLI and unit tests (tests/data/scorecards/signed):
// each interviewer's key comes from a fixed seed, and Ed25519 is deterministic, so the
// files are the same on every run.
#pragma once
#include <string>
#include <vector>

#include "rubric/rubric.hpp"
#include "scorecard/scorecard.hpp"

void write_signed(const std::vector<scorecard::Scorecard>& four, const scorecard::Rubric& r, const std::string& dir);
