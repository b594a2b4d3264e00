// Scorecard's browser glue, part 5 of 5: start-up. Loading progress over both
// downloads (the data package and the wasm, streamed through a byte counter while it
// compiles), clear messages when loading fails, and the hand-over once main() is up.
(function (glue) {
  'use strict';
  // ---- start-up and loading progress ------------------------------------------
  // Progress counts both downloads: the data package (fonts, reported by Emscripten's
  // setStatus as "(loaded/total)") and the wasm, which Emscripten does not report, so
  // instantiateWasm below streams it through a byte counter.
  const loading = {data: [0, 0], wasm: [0, 0]};
  function reportLoading() {
    const done = loading.data[0] + loading.wasm[0], total = loading.data[1] + loading.wasm[1];
    // Nothing until the wasm's size is known: the small data package alone would say 100%.
    if (loading.wasm[1] > 0 && window.scorecardShell) window.scorecardShell.progress(done / total);
  }
  Module.setStatus = (text) => {
    const m = /\((\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)\)/.exec(text || '');
    if (m) { loading.data = [Number(m[1]), Number(m[2])]; reportLoading(); }
  };
  Module.instantiateWasm = (imports, receive) => {
    fetch('scorecard.wasm', {credentials: 'same-origin'}).then((res) => {
      if (!res.ok) throw new Error('scorecard.wasm: HTTP ' + res.status);
      const total = Number(res.headers.get('Content-Length')) || 0;
      let done = 0;
      loading.wasm = [0, total];
      reportLoading();
      const reader = res.body.getReader();
      const counted = new ReadableStream({
        async pull(ctrl) {
          const r = await reader.read();
          if (r.done) { ctrl.close(); return; }
          done += r.value.length;
          loading.wasm = [done, Math.max(total, done)];  // a compressed Content-Length undercounts
          reportLoading();
          ctrl.enqueue(r.value);
        },
      });
      // Still compiled while it streams in.
      return WebAssembly.instantiateStreaming(new Response(counted, {headers: {'Content-Type': 'application/wasm'}}), imports);
    }).then((r) => receive(r.instance, r.module)).catch((err) => {
      if (window.scorecardShell) window.scorecardShell.fail('Scorecard could not be loaded (' + err.message + '). Check the connection and reload.');
    });
    return {};  // the exports arrive later through receive()
  };
  Module.onAbort = (what) => { if (window.scorecardShell) window.scorecardShell.fail('Scorecard stopped: ' + what); };
  Module.scorecardStarted = (ok, message) => {
    // Called by main() once the WebGL2 context and fonts are up (or not).
    if (!ok) { if (window.scorecardShell) window.scorecardShell.fail(message); return; }
    glue.ready = true;
    if (window.scorecardShell) window.scorecardShell.done();
    glue.resize();
    glue.focusInput();
    glue.requestFrame();
  };

})(Module.scorecardGlue);
