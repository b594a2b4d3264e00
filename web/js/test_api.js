// Scorecard's browser glue, part 6 of 7: with ?test in the URL, the automation surface
// the browser tests use (window.scorecardTest): the widget list from ImGui's item hooks,
// the app's notices and font scale, and a way to ask for frames.
(function (glue) {
  'use strict';
  if (glue.testMode) {
    window.scorecardTest = {
      widgets() { return glue.ready ? JSON.parse(UTF8ToString(Module._sc_test_widgets())) : []; },
      // Font atlas scale, display size and the notices shown (see sc_test_info).
      info() { return glue.ready ? JSON.parse(UTF8ToString(Module._sc_test_info())) : null; },
      // The characters of `text` the UI fonts cannot draw.
      missingGlyphs(text) { return glue.withString(text, (p) => UTF8ToString(Module._sc_test_missing_glyphs(p))); },
      frames() { return glue.framesRendered; },
      // Asks for a redraw (as any input would) so a test can wait for a current widget list.
      redraw() { glue.requestFrame(); },
      ready() { return glue.ready; },
      // The fonts fetched after the first frame are in (or failed): Greek and Cyrillic draw.
      fontsComplete() { return glue.fontsComplete; },
      clipboard() { return glue.clipboard.copied; },
      // Both themes' text, background and focus colours (sc_test_palettes).
      palettes() { return JSON.parse(UTF8ToString(Module._sc_test_palettes())); },
    };
  }
})(Module.scorecardGlue);
