// Every way the user changes the app, as named plain values. Screens post them while
// drawing (App::post) and the app runs them after the frame (App::run_posted), so
// undo, autosave, storage, the accessibility mirror and the tests all see one path.
// The list reads as what the app can do.
#pragma once
#include <string>
#include <variant>

#include "app/app_state.hpp"
#include "app/edits.hpp"
#include "app/panel_session.hpp"

namespace app {

// ---- interviews -----------------------------------------------------------------
struct EditDraft { std::string draft; Edit edit; };           // content: undoable, autosaved
// A rating by key: the edit, and a notice that says so and how to undo it.
struct RateByKey { std::string draft, competency; int score = 0; };
struct MoveTo { std::string draft; int competency = 0; };      // where the interviewer is
struct ShowQuestion { std::string draft; std::string competency; int question = 0; };
struct StartClock { std::string draft; };
struct PauseClock { std::string draft; };
struct ResetClock { std::string draft; };
struct OpenDraft { std::string draft; };                       // resume (sealed ones open on the review)
struct Go { Screen screen = Screen::Start; };
struct Undo {};
struct Redo {};
struct DeleteDraft { std::string draft; };
struct ExportDraft { std::string draft; };
struct ExportUnsaved {};  // every interview this device could not store ("Export now")
struct CopyDraftAsText { std::string draft; };
// Submit: the device key signs first, and the scorecard is sealed when the signature arrives.
struct SubmitDraft { std::string draft; };

// ---- the device key and signatures (the platform's answers come back as these) ----------
struct DeviceKeyKnown { std::string public_key; };  // base64; "" = none yet
struct SignatureMade { int request = 0; std::string public_key, signature, error; };  // base64, or why not
struct SignaturesChecked { int request = 0; std::vector<scorecard::Ed25519Check> checks; std::vector<bool> valid; };
struct CopyPublicKey {};  // this device's key with the interviewer's name, as a one-person roster
struct TrustSigner { std::string scorecard; };  // the roster: this scorecard's key is its interviewer's
struct ExportRoster {};
struct ClearRoster {};

// ---- the set-up form --------------------------------------------------------------
struct SetSetupRubric { std::string rubric; };
struct SetCandidateName { std::string text; };
struct SetInterviewerName { std::string text; };
struct SetInterviewDate { std::string text; };
struct SetPanelSplit { bool on = false; };
struct SetCovered { std::string competency; bool on = false; };
struct StartInterview {};

// ---- the rubric library -------------------------------------------------------------
struct ShowRubric { std::string rubric; };
struct PickRubricFiles {};
struct RemoveRubric { std::string rubric; };
struct InterviewWithRubric { std::string rubric; };

// ---- the panel ------------------------------------------------------------------------
struct PickPanelFiles {};
struct AddMySubmitted {};
struct AddPastedScorecard { std::string text; };
struct RemovePanelFile { std::size_t index = 0; };
struct ClearPanel {};
struct SetRevealed { bool on = false; };
struct SetMine { std::string scorecard; bool on = false; };
struct IncludeHeldBack { std::string scorecard; bool on = true; };  // "same application": count it on purpose
struct SelectCandidate { std::string key; };
struct ShowEvidence { std::string competency, scorecard; };  // scorecard "" = every interviewer
struct SetDecision { std::string candidate; DecisionDraft decision; };
// The record, the matrix, and the long CSV for the shown candidate or all candidates at once.
enum class PanelExport { Json, Csv, LongCsv, LongCsvAll };
struct ExportPanel { PanelExport kind = PanelExport::Json; };
struct CopyPanelSummary { bool with_evidence = false; };  // short, or full with every rating's evidence

// ---- everywhere -------------------------------------------------------------------------
struct SetTheme { std::string theme; };
struct DismissNotice { int notice = 0; };

using Command = std::variant<EditDraft, RateByKey, MoveTo, ShowQuestion, StartClock, PauseClock, ResetClock, OpenDraft, Go, Undo, Redo, DeleteDraft, ExportDraft, ExportUnsaved, CopyDraftAsText,
                             SetSetupRubric, SetCandidateName, SetInterviewerName, SetInterviewDate, SetPanelSplit,
                             SetCovered, StartInterview, ShowRubric, PickRubricFiles, RemoveRubric, InterviewWithRubric,
                             PickPanelFiles, AddMySubmitted, AddPastedScorecard, RemovePanelFile, ClearPanel,
                             SetRevealed, SetMine, IncludeHeldBack, SelectCandidate, ShowEvidence, SetDecision, ExportPanel,
                             CopyPanelSummary, SetTheme, DismissNotice, SubmitDraft, DeviceKeyKnown, SignatureMade,
                             SignaturesChecked, CopyPublicKey, TrustSigner, ExportRoster, ClearRoster>;

}  // namespace app
