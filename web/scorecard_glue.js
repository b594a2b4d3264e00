// Scorecard's browser glue, the only JavaScript the app needs (linked with --pre-js).
// It owns everything the browser does for the app: canvas size and pixel ratio,
// input (pointer, wheel, touch, keyboard through a hidden textarea so dead keys,
// AltGr and IMEs work), clipboard, files in and out, localStorage, the
// leave-page warning, on-demand frames (the app is idle when nothing changes),
// and, with ?test in the URL, the window.scorecardTest automation surface.
// C++ calls in through Module.scorecard.*; JS calls out through exported _sc_* functions.
var Module = typeof Module !== 'undefined' ? Module : {};
(function () {
  'use strict';
  const canvas = document.getElementById('canvas');
  const ime = document.getElementById('ime');  // hidden textarea that takes keyboard focus
  const params = new URLSearchParams(location.search);
  const testMode = params.has('test');
  const isMac = /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);
  const STORAGE_PREFIX = 'scorecard:';
  Module.canvas = canvas;

  let ready = false;
  let frameQueued = false;
  let wakeTimer = null;
  let framesRendered = 0;
  let pasteText = '';
  let copiedText = '';
  let unsaved = false;

  // ---- frames on demand -------------------------------------------------------
  function requestFrame() {
    if (!ready || frameQueued) return;
    frameQueued = true;
    requestAnimationFrame(runFrame);
  }
  function runFrame(t) {
    frameQueued = false;
    renderNow(t);
  }
  // Renders one frame now (also called inside key handlers so that copy happens
  // within the user gesture) and schedules the next one the app asks for.
  function renderNow(t) {
    if (!ready) return;
    // A ratio change does not always fire an event (Chromium's emulation fires neither the
    // media query nor 'resize'): any frame that sees a new ratio resizes first.
    if ((window.devicePixelRatio || 1) !== lastRatio) resize();
    const wait = Module._sc_frame(t === undefined ? performance.now() : t);
    framesRendered++;
    if (wakeTimer !== null) { clearTimeout(wakeTimer); wakeTimer = null; }
    if (wait === 0) requestFrame();
    else if (wait > 0) wakeTimer = setTimeout(() => { wakeTimer = null; requestFrame(); }, wait);
  }

  // ---- canvas size and pixel ratio ---------------------------------------------
  let lastRatio = 0;
  function resize() {
    const ratio = window.devicePixelRatio || 1;
    const rect = canvas.getBoundingClientRect();
    const w = Math.max(1, rect.width), h = Math.max(1, rect.height);
    const bw = Math.round(w * ratio), bh = Math.round(h * ratio);
    if (canvas.width !== bw) canvas.width = bw;
    if (canvas.height !== bh) canvas.height = bh;
    if (ready) Module._sc_resize(w, h, bw / w, bh / h);
    if (ratio !== lastRatio) watchRatio(ratio);
    requestFrame();
  }
  // A change of devicePixelRatio (another monitor, browser zoom) fires this media query once.
  function watchRatio(ratio) {
    lastRatio = ratio;
    const mq = matchMedia('(resolution: ' + ratio + 'dppx)');
    const onChange = () => { mq.removeEventListener('change', onChange); resize(); };
    mq.addEventListener('change', onChange);
  }
  window.addEventListener('resize', resize);
  if (window.ResizeObserver) {
    // The device-pixel box also changes with the ratio alone, where browsers support it.
    const ro = new ResizeObserver(resize);
    try { ro.observe(canvas, {box: 'device-pixel-content-box'}); } catch (e) { ro.observe(canvas); }
  }

  // ---- strings across the boundary --------------------------------------------
  function withString(s, fn) {
    const n = lengthBytesUTF8(s) + 1;
    const p = _malloc(n);
    stringToUTF8(s, p, n);
    try { return fn(p); } finally { _free(p); }
  }
  function withBytes(bytes, fn) {
    const p = _malloc(Math.max(1, bytes.length));
    HEAPU8.set(bytes, p);
    try { return fn(p, bytes.length); } finally { _free(p); }
  }

  // ---- pointer, wheel, touch --------------------------------------------------
  function pos(e) {
    const r = canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }
  function buttonOf(e) { return e.button === 2 ? 1 : e.button === 1 ? 2 : 0; }
  let touch = null;  // {id, x, y, lastY, lastX, scrolling}
  const TOUCH_SLOP = 8;
  canvas.addEventListener('pointerdown', (e) => {
    focusInput();
    if (!ready) return;
    if (e.pointerType === 'touch') {
      if (touch) return;
      const [x, y] = pos(e);
      touch = {id: e.pointerId, x, y, lastX: x, lastY: y, scrolling: false};
      Module._sc_mouse_pos(x, y, 1);
      requestFrame();
      e.preventDefault();
      return;
    }
    const [x, y] = pos(e);
    Module._sc_mouse_pos(x, y, 0);
    Module._sc_mouse_button(buttonOf(e), 1);
    canvas.setPointerCapture(e.pointerId);
    requestFrame();
    e.preventDefault();
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!ready) return;
    const [x, y] = pos(e);
    if (e.pointerType === 'touch') {
      if (!touch || touch.id !== e.pointerId) return;
      if (!touch.scrolling && Math.hypot(x - touch.x, y - touch.y) > TOUCH_SLOP) touch.scrolling = true;
      if (touch.scrolling) {
        // Drag scrolls: content follows the finger, one pixel for one pixel.
        Module._sc_scroll_pixels(touch.lastX - x, touch.lastY - y);
        touch.lastX = x; touch.lastY = y;
        requestFrame();
      }
      e.preventDefault();
      return;
    }
    Module._sc_mouse_pos(x, y, 0);
    requestFrame();
  });
  function pointerEnd(e) {
    if (!ready) return;
    const [x, y] = pos(e);
    if (e.pointerType === 'touch') {
      if (!touch || touch.id !== e.pointerId) return;
      if (!touch.scrolling && e.type === 'pointerup') {
        // A tap is a click at the touch point.
        Module._sc_mouse_pos(x, y, 1);
        Module._sc_mouse_button(0, 1);
        renderNow();
        Module._sc_mouse_button(0, 0);
      }
      touch = null;
      Module._sc_mouse_pos(-3.0e38, -3.0e38, 1);
      requestFrame();
      return;
    }
    Module._sc_mouse_pos(x, y, 0);
    Module._sc_mouse_button(buttonOf(e), 0);
    requestFrame();
  }
  canvas.addEventListener('pointerup', pointerEnd);
  canvas.addEventListener('pointercancel', pointerEnd);
  canvas.addEventListener('pointerleave', (e) => {
    if (!ready || e.pointerType === 'touch' || e.buttons) return;
    Module._sc_mouse_pos(-3.0e38, -3.0e38, 0);
    requestFrame();
  });
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  canvas.addEventListener('wheel', (e) => {
    if (!ready) return;
    e.preventDefault();
    // Pixels are what trackpads and most mice report; lines and pages are converted.
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? canvas.clientHeight : 1;
    let dx = e.deltaX * unit, dy = e.deltaY * unit;
    if (e.shiftKey && dx === 0) { dx = dy; dy = 0; }
    const [x, y] = pos(e);
    Module._sc_mouse_pos(x, y, 0);
    Module._sc_scroll_pixels(dx, dy);
    requestFrame();
  }, {passive: false});

  // ---- keyboard through the hidden textarea -----------------------------------
  function focusInput() {
    if (document.activeElement !== ime) ime.focus({preventScroll: true});
  }
  const NAMED_KEYS = new Set(['Tab', 'Enter', 'NumpadEnter', 'Escape', 'Backspace', 'Delete', 'Insert',
    'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown',
    'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12']);
  function mods(e) {
    // On a Mac, Cmd is the shortcut key: ImGui's ConfigMacOSXBehaviors expects it as Super.
    return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
  }
  // While a text field has focus, printable keys reach ImGui only as text: interleaved
  // key events would make ImGui spread the characters over several frames.
  let textInput = false;
  const keysDown = new Set();
  function printable(e) { return e.key.length === 1 && !e.ctrlKey && !e.metaKey; }
  function sendKey(e, down) {
    const code = e.code || e.key;
    if (down) {
      if (textInput && printable(e)) return;
      keysDown.add(code);
    } else {
      if (!keysDown.has(code) && !/^(Shift|Control|Alt|Meta)/.test(code)) return;
      keysDown.delete(code);
    }
    withString(code, (p) => Module._sc_key(p, down ? 1 : 0, mods(e)));
  }
  ime.addEventListener('keydown', (e) => {
    if (!ready || e.isComposing || e.key === 'Dead' || e.key === 'Process') return;
    // Any Ctrl+V or Cmd+V may be the browser's paste: the text arrives with the 'paste' event,
    // which replays the platform's paste chord to ImGui. Forwarding V as well could paste twice.
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.code === 'KeyV' || e.key.toLowerCase() === 'v')) return;
    const shortcut = isMac ? e.metaKey : e.ctrlKey;
    const altGr = e.ctrlKey && e.altKey && !e.metaKey && [...e.key].length === 1;  // Windows reports AltGr as Ctrl+Alt
    if (altGr) {
      // A character, not a shortcut (so AltGr+Z is never undo): ImGui gets only the text,
      // sent here because browsers may not insert it while Ctrl and Alt are down.
      e.preventDefault();
      sendText(e.key);
      return;
    }
    if (shortcut) {
      const k = e.key.toLowerCase();
      sendKey(e, true);
      if (k === 'c' || k === 'x') {
        // Let ImGui copy now, inside the gesture, then let the browser fire 'copy' with
        // what ImGui copied (nothing, when no text was selected: no stale text then).
        copiedText = '';
        renderNow();
        return;
      }
      e.preventDefault();
      requestFrame();
      return;
    }
    sendKey(e, true);
    if (NAMED_KEYS.has(e.key) || NAMED_KEYS.has(e.code)) e.preventDefault();
    requestFrame();
  });
  ime.addEventListener('keyup', (e) => {
    if (!ready) return;
    sendKey(e, false);
    // macOS sends no keyup for keys released while Cmd is held: release them with Cmd,
    // or ImGui would think C, Z or S stay down and ignore the next Cmd+C, Cmd+Z, Cmd+S.
    if (isMac && (e.code === 'MetaLeft' || e.code === 'MetaRight')) {
      for (const code of Array.from(keysDown)) {
        keysDown.delete(code);
        withString(code, (p) => Module._sc_key(p, 0, mods(e)));
      }
    }
    requestFrame();
  });
  function sendText(text) {
    if (!text) return;
    withString(text, (p) => Module._sc_text(p));
    requestFrame();
  }
  ime.addEventListener('input', (e) => {
    if (!ready || e.isComposing) return;
    if (e.inputType === 'insertText' || e.inputType === 'insertReplacementText') sendText(e.data || ime.value);
    ime.value = '';
  });
  ime.addEventListener('compositionend', (e) => {
    sendText(e.data);
    ime.value = '';
  });
  ime.addEventListener('paste', (e) => {
    e.preventDefault();
    pasteText = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
    // Replay Ctrl+V (Cmd+V) to ImGui; its clipboard getter returns pasteText.
    const code = 'KeyV', m = isMac ? 8 : 1;
    withString(code, (p) => { Module._sc_key(p, 1, m); });
    renderNow();
    // Release with no modifiers: a paste from a menu must not leave Ctrl or Cmd held in ImGui.
    withString(code, (p) => { Module._sc_key(p, 0, m); });
    requestFrame();
  });
  function onCopy(e) {
    if (!copiedText) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', copiedText);
  }
  ime.addEventListener('copy', onCopy);
  ime.addEventListener('cut', onCopy);
  window.addEventListener('focus', () => { if (ready) { Module._sc_focus(1); requestFrame(); } });
  window.addEventListener('blur', () => { if (ready) { Module._sc_focus(0); requestFrame(); } });
  // A hidden tab runs no animation frames, so autosave's timer would wait; and a hidden tab
  // may be discarded without beforeunload. Store now.
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) { if (ready) Module._sc_flush(); } else requestFrame();
  });
  document.addEventListener('freeze', () => { if (ready) Module._sc_flush(); });

  // ---- files in: chooser and drop ---------------------------------------------
  const chooser = document.createElement('input');
  chooser.type = 'file';
  chooser.style.display = 'none';
  document.body.appendChild(chooser);
  let chooserPurpose = '';
  chooser.addEventListener('change', () => {
    const files = Array.from(chooser.files || []);
    chooser.value = '';
    deliverFiles(chooserPurpose, files);
  });
  async function deliverFiles(purpose, files) {
    const loaded = [];
    for (const f of files) {
      try { loaded.push({name: f.name, bytes: new Uint8Array(await f.arrayBuffer())}); }
      catch (err) { loaded.push({name: f.name, bytes: new Uint8Array(0), error: String(err)}); }
    }
    withString(purpose, (pp) => {
      Module._sc_files_begin(pp, loaded.length);
      for (const f of loaded) {
        withString(f.name, (np) => withBytes(f.bytes, (bp, n) => Module._sc_file(np, bp, n)));
      }
      Module._sc_files_end();
    });
    requestFrame();
  }
  document.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    const files = Array.from((e.dataTransfer && e.dataTransfer.files) || []);
    if (files.length) deliverFiles('drop', files);
  });

  // ---- what C++ calls --------------------------------------------------------
  Module.scorecard = {
    isMac,
    testMode,
    requestFrame,
    setClipboard(text) {
      copiedText = text;
      pasteText = text;
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
    },
    getClipboard() { return pasteText; },
    openFiles(purpose, accept, multiple) {
      chooserPurpose = purpose;
      chooser.accept = accept;
      chooser.multiple = !!multiple;
      chooser.click();
    },
    download(name, mime, text) {
      const url = URL.createObjectURL(new Blob([text], {type: mime}));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
    storageGet(key) {
      try { return localStorage.getItem(STORAGE_PREFIX + key); } catch (e) { return null; }
    },
    storageSet(key, value) {
      try { localStorage.setItem(STORAGE_PREFIX + key, value); return true; } catch (e) { return false; }
    },
    storageRemove(key) { try { localStorage.removeItem(STORAGE_PREFIX + key); } catch (e) {} },
    storageKeys() {
      const keys = [];
      try {
        for (let i = 0; i < localStorage.length; i++) {
          const k = localStorage.key(i);
          if (k && k.startsWith(STORAGE_PREFIX)) keys.push(k.slice(STORAGE_PREFIX.length));
        }
      } catch (e) {}
      return keys.join('\n');
    },
    setUnsaved(flag) { unsaved = !!flag; },
    prefersDark() { return matchMedia('(prefers-color-scheme: dark)').matches; },
    setImePos(x, y) {
      ime.style.left = Math.round(x) + 'px';
      ime.style.top = Math.round(y) + 'px';
    },
    setCursor(name) { canvas.style.cursor = name; },
    setTextInput(active) { textInput = !!active; },
  };
  window.addEventListener('beforeunload', (e) => {
    if (ready) Module._sc_flush();  // autosave now, whatever its timer says
    if (unsaved) { e.preventDefault(); e.returnValue = ''; }
  });
  window.addEventListener('pagehide', () => { if (ready) Module._sc_flush(); });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (ready) { Module._sc_system_theme(matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0); requestFrame(); }
  });

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
    ready = true;
    if (window.scorecardShell) window.scorecardShell.done();
    resize();
    focusInput();
    requestFrame();
  };

  if (testMode) {
    window.scorecardTest = {
      widgets() { return ready ? JSON.parse(UTF8ToString(Module._sc_test_widgets())) : []; },
      // Font atlas scale, display size and the notices shown (see sc_test_info).
      info() { return ready ? JSON.parse(UTF8ToString(Module._sc_test_info())) : null; },
      // The characters of `text` the UI fonts cannot draw.
      missingGlyphs(text) { return withString(text, (p) => UTF8ToString(Module._sc_test_missing_glyphs(p))); },
      frames() { return framesRendered; },
      // Asks for a redraw (as any input would) so a test can wait for a current widget list.
      redraw() { requestFrame(); },
      ready() { return ready; },
      clipboard() { return copiedText; },
    };
  }
})();
