// Scorecard's browser glue, part 7 of 7: start-up. The fonts (the Latin pair before the
// first frame, the rest after it), loading progress over every download the first frame
// waits for (each streamed through a byte counter; the wasm compiles while it streams),
// clear messages when loading fails, and the hand-over once main() is up.
(function (glue) {
  'use strict';
  // ---- start-up and loading progress ------------------------------------------
  // The font files in ui::FontFile's order (scripts/setup.sh cuts them). The Latin pair is
  // fetched beside the wasm and main() waits for it; the extended pair (Latin Extended,
  // Greek, Cyrillic) comes after the first frame and is merged in then.
  const FONTS = ['fonts/inter-regular-latin.otf', 'fonts/inter-semibold-latin.otf',
    'fonts/inter-regular-extended.otf', 'fonts/inter-semibold-extended.otf'];
  const FIRST_FONTS = [0, 1];
  // Progress counts every download the first frame waits for: the wasm and the Latin fonts.
  // Nothing is shown until every size is known, so the bar only climbs.
  const loading = {wasm: [0, 0]};
  FIRST_FONTS.forEach((i) => { loading['font' + i] = [0, 0]; });
  function reportLoading() {
    const parts = Object.values(loading);
    if (parts.some((p) => p[1] === 0) || !window.scorecardShell) return;
    window.scorecardShell.progress(parts.reduce((a, p) => a + p[0], 0) / parts.reduce((a, p) => a + p[1], 0));
  }
  // A response whose body is counted into loading[key] as it streams in; its size comes
  // from the shell (stamped at build time), else from Content-Length.
  function counted(res, key, file) {
    if (!res.ok) throw new Error(res.url.split('/').pop() + ': HTTP ' + res.status);
    const known = window.scorecardShell && window.scorecardShell.sizes[file];
    const total = known || Number(res.headers.get('Content-Length')) || 0;
    let done = 0;
    loading[key] = [0, Math.max(1, total)];
    reportLoading();
    const reader = res.body.getReader();
    return new Response(new ReadableStream({
      async pull(ctrl) {
        const r = await reader.read();
        if (r.done) { ctrl.close(); return; }
        done += r.value.length;
        loading[key] = [done, Math.max(total, done)];  // a compressed Content-Length undercounts
        reportLoading();
        ctrl.enqueue(r.value);
      },
    }), {headers: res.headers});
  }
  function fetchFont(i, count) {
    return fetch(FONTS[i], {credentials: 'same-origin'})
      .then((res) => (count ? counted(res, 'font' + i, FONTS[i]) : res))
      .then((res) => { if (!res.ok) throw new Error(FONTS[i] + ': HTTP ' + res.status); return res.arrayBuffer(); })
      .then((b) => new Uint8Array(b));
  }
  const fail = (message) => { if (window.scorecardShell) window.scorecardShell.fail(message); };
  glue.fonts = [];
  const firstFonts = Promise.all(FIRST_FONTS.map((i) => fetchFont(i, true)));
  Module.preRun = (Module.preRun || []).concat(() => {
    addRunDependency('scorecard-fonts');
    firstFonts.then((list) => { list.forEach((bytes, k) => { glue.fonts[FIRST_FONTS[k]] = bytes; }); removeRunDependency('scorecard-fonts'); },
      (err) => fail('Scorecard could not load its fonts (' + err.message + '). Check the connection and reload.'));
  });
  glue.takeFont = (i) => { const b = glue.fonts[i]; glue.fonts[i] = null; return b || null; };
  // After the first frame: the extended fonts, then the service worker, which caches the
  // whole site for offline use (registered late so it never competes with the first frame).
  glue.fontsComplete = false;
  glue.onFirstFrame = () => {
    performance.mark('scorecard-usable');
    const rest = FONTS.map((_, i) => i).filter((i) => !FIRST_FONTS.includes(i));
    // (Debian's Emscripten minifies with an acorn that cannot take destructuring.)
    Promise.all(rest.map((i) => fetchFont(i, false))).then((list) => {
      list.forEach((bytes, k) => glue.withBytes(bytes, (p, n) => Module._sc_font(rest[k], p, n)));
      glue.renderNow();
      performance.mark('scorecard-fonts-complete');
    }, (err) => {
      console.warn('Scorecard: Greek, Cyrillic and Latin Extended letters are unavailable: ' + err.message);
    }).then(() => {
      glue.fontsComplete = true;
      if (window.scorecardShell) window.scorecardShell.registerWorker();
    });
  };
  Module.instantiateWasm = (imports, receive) => {
    fetch('scorecard.wasm', {credentials: 'same-origin'}).then((res) => {
      // Still compiled while it streams in.
      const body = counted(res, 'wasm', 'scorecard.wasm');
      return WebAssembly.instantiateStreaming(new Response(body.body, {headers: {'Content-Type': 'application/wasm'}}), imports);
    }).then((r) => receive(r.instance, r.module)).catch((err) => {
      fail('Scorecard could not be loaded (' + err.message + '). Check the connection and reload.');
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
    glue.a11y.start();
    glue.focusInput();
    glue.requestFrame();
  };

})(Module.scorecardGlue);
