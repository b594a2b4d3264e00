// How a scorecard leaves the app for people: its file name and a Markdown summary
// for pasting into an applicant tracking system.
#pragma once
#include <string>

#include "scorecard/scorecard.hpp"

namespace scorecard {

// "<candidate>-<interviewer>-<date>.scorecard.json", slugged.
std::string scorecard_file_name(const Scorecard& sc);
// "3 Performing": a rating with the rubric's word for it.
std::string rating_text(const Rubric& rubric, int score);
// Markdown summary of the whole scorecard.
std::string scorecard_markdown(const Scorecard& sc, const Rubric& rubric);

}  // namespace scorecard
