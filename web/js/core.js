// Scorecard's browser glue, part 1 of 7 (linked with --pre-js in this order: core,
// input, accessibility, platform, keys, test_api, loader). This part holds what the others share, on
// Module.scorecardGlue: the canvas and the hidden text field, frames on demand (the
// app is idle when nothing changes), canvas size and pixel ratio, and passing strings
// and bytes into the WebAssembly heap.
var Module = typeof Module !== 'undefined' ? Module : {};
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const glue = Module.scorecardGlue = {
    canvas: document.getElementById('canvas'),
    ime: document.getElementById('ime'),  // hidden textarea that takes keyboard focus
    testMode: params.has('test'),
    isMac: /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent),
    ready: false,            // main() has started the app
    framesRendered: 0,
    clipboard: {paste: '', copied: ''},  // text of the last paste event, text ImGui last copied
    textInput: false,        // a text field is active: printable keys go to ImGui as text only
  };
  Module.canvas = glue.canvas;

  // ---- frames on demand -------------------------------------------------------
  let frameQueued = false;
  let wakeTimer = null;
  glue.requestFrame = function () {
    if (!glue.ready || frameQueued) return;
    frameQueued = true;
    requestAnimationFrame((t) => { frameQueued = false; glue.renderNow(t); });
  };
  // Renders one frame now (also called inside key handlers so that copy happens
  // within the user gesture) and schedules the next one the app asks for.
  glue.renderNow = function (t) {
    if (!glue.ready) return;
    // A ratio change does not always fire an event (Chromium's emulation fires neither the
    // media query nor 'resize'): any frame that sees a new ratio resizes first.
    if ((window.devicePixelRatio || 1) !== lastRatio) glue.resize();
    const wait = Module._sc_frame(t === undefined ? performance.now() : t);
    if (glue.a11y) glue.a11y.update();  // the mirror follows what the frame drew
    if (++glue.framesRendered === 1 && glue.onFirstFrame) glue.onFirstFrame();
    if (wakeTimer !== null) { clearTimeout(wakeTimer); wakeTimer = null; }
    if (wait === 0) glue.requestFrame();
    else if (wait > 0) wakeTimer = setTimeout(() => { wakeTimer = null; glue.requestFrame(); }, wait);
  };

  // ---- canvas size and pixel ratio ---------------------------------------------
  let lastRatio = 0;
  glue.resize = function () {
    const ratio = window.devicePixelRatio || 1;
    const rect = glue.canvas.getBoundingClientRect();
    const w = Math.max(1, rect.width), h = Math.max(1, rect.height);
    const bw = Math.round(w * ratio), bh = Math.round(h * ratio);
    if (glue.canvas.width !== bw) glue.canvas.width = bw;
    if (glue.canvas.height !== bh) glue.canvas.height = bh;
    if (glue.ready) Module._sc_resize(w, h, bw / w, bh / h);
    if (ratio !== lastRatio) watchRatio(ratio);
    glue.requestFrame();
  };
  // A change of devicePixelRatio (another monitor, browser zoom) fires this media query once.
  function watchRatio(ratio) {
    lastRatio = ratio;
    const mq = matchMedia('(resolution: ' + ratio + 'dppx)');
    const onChange = () => { mq.removeEventListener('change', onChange); glue.resize(); };
    mq.addEventListener('change', onChange);
  }
  window.addEventListener('resize', glue.resize);
  if (window.ResizeObserver) {
    // The device-pixel box also changes with the ratio alone, where browsers support it.
    const ro = new ResizeObserver(glue.resize);
    try { ro.observe(glue.canvas, {box: 'device-pixel-content-box'}); } catch (e) { ro.observe(glue.canvas); }
  }

  // ---- strings and bytes across the boundary ----------------------------------
  glue.withString = function (s, fn) {
    const n = lengthBytesUTF8(s) + 1;
    const p = _malloc(n);
    stringToUTF8(s, p, n);
    try { return fn(p); } finally { _free(p); }
  };
  glue.withBytes = function (bytes, fn) {
    const p = _malloc(Math.max(1, bytes.length));
    HEAPU8.set(bytes, p);
    try { return fn(p, bytes.length); } finally { _free(p); }
  };
})();
