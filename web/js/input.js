// Scorecard's browser glue, part 2 of 7: the input backend. Pointer, wheel and touch
// on the canvas; the keyboard through the hidden textarea (so dead keys, AltGr and
// IMEs work); paste, copy and cut with the system clipboard; window focus. Each
// event goes to ImGui through an exported _sc_* function, then asks for a frame.
(function (glue) {
  'use strict';
  // ---- pointer, wheel, touch --------------------------------------------------
  function pos(e) {
    const r = glue.canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }
  function buttonOf(e) { return e.button === 2 ? 1 : e.button === 1 ? 2 : 0; }
  let touch = null;  // {id, x, y, lastY, lastX, scrolling}
  const TOUCH_SLOP = 8;
  glue.canvas.addEventListener('pointerdown', (e) => {
    focusInput();
    if (!glue.ready) return;
    if (e.pointerType === 'touch') {
      if (touch) return;
      const [x, y] = pos(e);
      touch = {id: e.pointerId, x, y, lastX: x, lastY: y, scrolling: false};
      Module._sc_mouse_pos(x, y, 1);
      glue.requestFrame();
      e.preventDefault();
      return;
    }
    const [x, y] = pos(e);
    Module._sc_mouse_pos(x, y, 0);
    Module._sc_mouse_button(buttonOf(e), 1);
    glue.canvas.setPointerCapture(e.pointerId);
    glue.requestFrame();
    e.preventDefault();
  });
  glue.canvas.addEventListener('pointermove', (e) => {
    if (!glue.ready) return;
    const [x, y] = pos(e);
    if (e.pointerType === 'touch') {
      if (!touch || touch.id !== e.pointerId) return;
      if (!touch.scrolling && Math.hypot(x - touch.x, y - touch.y) > TOUCH_SLOP) touch.scrolling = true;
      if (touch.scrolling) {
        // Drag scrolls: content follows the finger, one pixel for one pixel.
        Module._sc_scroll_pixels(touch.lastX - x, touch.lastY - y);
        touch.lastX = x; touch.lastY = y;
        glue.requestFrame();
      }
      e.preventDefault();
      return;
    }
    Module._sc_mouse_pos(x, y, 0);
    glue.requestFrame();
  });
  function pointerEnd(e) {
    if (!glue.ready) return;
    const [x, y] = pos(e);
    if (e.pointerType === 'touch') {
      if (!touch || touch.id !== e.pointerId) return;
      if (!touch.scrolling && e.type === 'pointerup') {
        // A tap is a click at the touch point.
        Module._sc_mouse_pos(x, y, 1);
        Module._sc_mouse_button(0, 1);
        glue.renderNow();
        Module._sc_mouse_button(0, 0);
      }
      touch = null;
      Module._sc_mouse_pos(-3.0e38, -3.0e38, 1);
      glue.requestFrame();
      return;
    }
    Module._sc_mouse_pos(x, y, 0);
    Module._sc_mouse_button(buttonOf(e), 0);
    glue.requestFrame();
  }
  glue.canvas.addEventListener('pointerup', pointerEnd);
  glue.canvas.addEventListener('pointercancel', pointerEnd);
  glue.canvas.addEventListener('pointerleave', (e) => {
    if (!glue.ready || e.pointerType === 'touch' || e.buttons) return;
    Module._sc_mouse_pos(-3.0e38, -3.0e38, 0);
    glue.requestFrame();
  });
  glue.canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  glue.canvas.addEventListener('wheel', (e) => {
    if (!glue.ready) return;
    e.preventDefault();
    // Pixels are what trackpads and most mice report; lines and pages are converted.
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? glue.canvas.clientHeight : 1;
    let dx = e.deltaX * unit, dy = e.deltaY * unit;
    if (e.shiftKey && dx === 0) { dx = dy; dy = 0; }
    const [x, y] = pos(e);
    Module._sc_mouse_pos(x, y, 0);
    Module._sc_scroll_pixels(dx, dy);
    glue.requestFrame();
  }, {passive: false});

  // ---- keyboard through the hidden textarea -----------------------------------
  function focusInput() {
    if (document.activeElement !== ime) glue.ime.focus({preventScroll: true});
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
  const keysDown = new Set();
  function printable(e) { return e.key.length === 1 && !e.ctrlKey && !e.metaKey; }
  function sendKey(e, down) {
    const code = e.code || e.key;
    if (down) {
      if (glue.textInput && printable(e)) return;
      keysDown.add(code);
    } else {
      if (!keysDown.has(code) && !/^(Shift|Control|Alt|Meta)/.test(code)) return;
      keysDown.delete(code);
    }
    glue.withString(code, (p) => Module._sc_key(p, down ? 1 : 0, mods(e)));
  }
  // A key pressed in #ime or on a control of the accessibility mirror (accessibility.js).
  function keyDown(e) {
    if (!glue.ready || e.isComposing || e.key === 'Dead' || e.key === 'Process') return;
    // Any Ctrl+V or Cmd+V may be the browser's paste: the text arrives with the 'paste' event,
    // which replays the platform's paste chord to ImGui. Forwarding V as well could paste twice.
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.code === 'KeyV' || e.key.toLowerCase() === 'v')) return;
    const shortcut = glue.isMac ? e.metaKey : e.ctrlKey;
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
        glue.clipboard.copied = '';
        glue.renderNow();
        return;
      }
      e.preventDefault();
      glue.requestFrame();
      return;
    }
    sendKey(e, true);
    if (NAMED_KEYS.has(e.key) || NAMED_KEYS.has(e.code)) e.preventDefault();
    glue.requestFrame();
  }
  glue.ime.addEventListener('keydown', (e) => {
    // Tab moves between the mirror's controls, out of a field with its text kept.
    const plainTab = e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey;
    if (plainTab && glue.ready && glue.a11y && glue.a11y.tabFromInput(e.shiftKey)) {
      e.preventDefault();
      return;
    }
    if (e.key === 'Escape' && glue.a11y) glue.a11y.escapeInInput();
    keyDown(e);
  });
  function keyUp(e) {
    if (!glue.ready) return;
    sendKey(e, false);
    // macOS sends no keyup for keys released while Cmd is held: release them with Cmd,
    // or ImGui would think C, Z or S stay down and ignore the next Cmd+C, Cmd+Z, Cmd+S.
    if (glue.isMac && (e.code === 'MetaLeft' || e.code === 'MetaRight')) {
      for (const code of Array.from(keysDown)) {
        keysDown.delete(code);
        glue.withString(code, (p) => Module._sc_key(p, 0, mods(e)));
      }
    }
    glue.requestFrame();
  }
  glue.ime.addEventListener('keyup', keyUp);
  // A key released after its element went away (a control that a shortcut removed) is
  // released anyway: ImGui would otherwise hold Ctrl down and take the next letters as
  // shortcuts.
  document.addEventListener('keyup', (e) => {
    if (e.target === glue.ime || (e.target.closest && e.target.closest('#a11y'))) return;
    keyUp(e);
  });
  function sendText(text) {
    if (!text) return;
    glue.withString(text, (p) => Module._sc_text(p));
    glue.requestFrame();
  }
  glue.ime.addEventListener('input', (e) => {
    if (!glue.ready || e.isComposing) return;
    if (e.inputType === 'insertText' || e.inputType === 'insertReplacementText') sendText(e.data || '');
    restoreImeText();
  });
  glue.ime.addEventListener('compositionend', (e) => {
    sendText(e.data);
    restoreImeText();
  });
  // #ime shows the field being edited (accessibility.js sets glue.imeText): what the
  // browser typed into it goes back, the app's field is the one that changes.
  function restoreImeText() {
    const text = glue.imeText || '';
    if (glue.ime.value !== text) glue.ime.value = text;
  }
  glue.ime.addEventListener('paste', (e) => {
    e.preventDefault();
    glue.clipboard.paste = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
    // Replay Ctrl+V (Cmd+V) to ImGui; its clipboard getter returns the pasted text.
    const code = 'KeyV', m = glue.isMac ? 8 : 1;
    glue.withString(code, (p) => { Module._sc_key(p, 1, m); });
    glue.renderNow();
    // Release with no modifiers: a paste from a menu must not leave Ctrl or Cmd held in ImGui.
    glue.withString(code, (p) => { Module._sc_key(p, 0, m); });
    glue.requestFrame();
  });
  function onCopy(e) {
    if (!glue.clipboard.copied) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', glue.clipboard.copied);
  }
  glue.ime.addEventListener('copy', onCopy);
  glue.ime.addEventListener('cut', onCopy);
  window.addEventListener('focus', () => { if (glue.ready) { Module._sc_focus(1); glue.requestFrame(); } });
  window.addEventListener('blur', () => { if (glue.ready) { Module._sc_focus(0); glue.requestFrame(); } });
  glue.focusInput = focusInput;
  glue.keyDown = keyDown;
  glue.keyUp = keyUp;
  glue.sendText = sendText;
})(Module.scorecardGlue);
