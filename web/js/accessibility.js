// Scorecard's browser glue, part 3 of 7: the accessibility mirror. The app draws on one
// canvas; this module keeps a tree of real elements beside it (#a11y), one per control,
// text, heading and table the app drew (ui/accessibility_tree.cpp says what), with roles,
// names, states and values, patched only where something changed. Keyboard and screen
// reader users work through it: Tab moves DOM focus among its controls and the app rings
// and scrolls to the same control; Enter, Space and a screen reader's click activate it as
// a click would; the text field being edited is the #ime element, named and filled like
// the field. Notices are read out by live regions. It also passes the system's
// accessibility settings (forced colours, reduced motion) to the app.
(function (glue) {
  'use strict';
  const root = document.getElementById('a11y');
  const politeRegion = document.getElementById('a11y-status');
  const alertRegion = document.getElementById('a11y-alert');
  const IME_LABEL = glue.ime.getAttribute('aria-label');
  // Flags of the node's "s" (ui/widget_registry.hpp, StateBit).
  const S = {checked: 1, expandable: 2, expanded: 4, disabled: 8, required: 16, invalid: 32, readonly: 64,
    multiline: 128, header: 256};
  const GROUP_ROLE = {radio: 'radiogroup', tab: 'tablist', option: 'listbox'};
  const TEXT_TAG = {text: 'P', heading: 'H2', title: 'H1'};
  let version = -1;
  let tree = {nodes: [], notices: [], active: ''};
  let nodes = new Map();        // key -> node of the current tree
  const elements = new Map();   // key -> element (nodes, groups, tables, rows, cells)
  const announced = new Set();  // notice ids already read out
  let order = [];               // keys of the focusable controls, in reading order
  let focusedKey = '';          // the control that has DOM focus
  let quietFocus = false;       // focus moved by this module: the app is told, no field opens
  let lastActive = '';          // the field being edited at the last update
  let leftByKey = false;        // ... and Escape was pressed in it
  let opener = '';              // the control that opened a list or dialog
  let early = {key: '', text: ''};  // typed on a text field before the app opened it
  let wasModal = false;

  const idOf = (key) => Number(key.slice(1).split('_')[0]);
  const isControl = (n) => !(n.r in TEXT_TAG);

  // ---- building and patching the tree -------------------------------------------
  function elementFor(key, tag) {
    let el = elements.get(key);
    if (!el || el.tagName !== tag) {
      el = document.createElement(tag);
      el.dataset.k = key;
      elements.set(key, el);
    }
    return el;
  }
  function setAttr(el, name, value) {
    if (value === null) { if (el.hasAttribute(name)) el.removeAttribute(name); }
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  function applyState(el, n, role) {
    const s = n.s;
    setAttr(el, 'aria-disabled', s & S.disabled ? 'true' : null);
    const checkable = role === 'checkbox' || role === 'radio';
    setAttr(el, 'aria-checked', checkable ? String(!!(s & S.checked)) : null);
    setAttr(el, 'aria-selected', role === 'tab' || role === 'option' ? String(!!(s & S.checked)) : null);
    setAttr(el, 'aria-expanded', s & S.expandable ? String(!!(s & S.expanded)) : null);
    const field = role === 'textbox' || role === 'combobox';
    setAttr(el, 'aria-required', field && s & S.required ? 'true' : null);
    setAttr(el, 'aria-invalid', s & S.invalid ? 'true' : null);
    setAttr(el, 'aria-readonly', role === 'textbox' && s & S.readonly ? 'true' : null);
    setAttr(el, 'aria-multiline', role === 'textbox' && s & S.multiline ? 'true' : null);
  }
  function node(n, inTable) {
    const textTag = TEXT_TAG[n.r];
    const el = elementFor(n.k, textTag ? (inTable && n.r === 'text' ? 'SPAN' : textTag) : 'DIV');
    const sig = JSON.stringify(n) + inTable;
    if (el._sig === sig) return el;
    el._sig = sig;
    if (textTag) {
      if (el.textContent !== n.n) el.textContent = n.n;
    } else {
      // A choice in a table row has no list around it: a radio button needs none.
      const role = inTable && (n.r === 'tab' || n.r === 'option') ? 'radio' : n.r;
      setAttr(el, 'role', role);
      setAttr(el, 'aria-label', n.n);
      setAttr(el, 'id', 'a11y-' + n.k);
      el.tabIndex = n.s & S.disabled ? -1 : 0;
      const content = role === 'textbox' || role === 'combobox' ? (n.v || '') : n.n;
      if (el.textContent !== content) el.textContent = content;
      applyState(el, n, role);
    }
    // Over the control it mirrors: a screen reader's highlight lands where the app drew it.
    el.style.left = n.x + 'px'; el.style.top = n.y + 'px';
    el.style.width = Math.max(1, n.w) + 'px'; el.style.height = Math.max(1, n.h) + 'px';
    return el;
  }
  // Keeps exactly `children`, in that order, moving only what is out of place: what goes
  // is removed first, so the element with the focus is not moved (moving it would blur it).
  function place(parent, children) {
    const keep = new Set(children);
    for (const old of Array.from(parent.children)) if (!keep.has(old)) old.remove();
    for (let i = 0; i < children.length; i++)
      if (parent.children[i] !== children[i]) parent.insertBefore(children[i], parent.children[i] || null);
    while (parent.children.length > children.length) parent.lastElementChild.remove();
  }
  function table(list, start) {
    const t = list[start].t, key = 'tb' + t;
    const rows = new Map();
    let i = start;
    for (; i < list.length && list[i].t === t; i++) {
      if (!rows.has(list[i].row)) rows.set(list[i].row, []);
      rows.get(list[i].row).push(list[i]);
    }
    const el = elementFor(key, 'TABLE');
    const width = Math.max(...list.slice(start, i).map((n) => n.col)) + 1;
    place(el, [...rows.keys()].sort((a, b) => a - b).map((r) => row(key + ':' + r, rows.get(r), width)));
    return [el, i];
  }
  function row(key, cells, width) {
    const tr = elementFor(key, 'TR');
    const header = cells.every((n) => n.s & S.header);
    const tds = [];
    for (let c = 0; c < width; c++) {
      const td = elementFor(key + ':' + c, header ? 'TH' : 'TD');
      place(td, cells.filter((n) => n.col === c).map((n) => node(n, true)));
      tds.push(td);
    }
    place(tr, tds);
    return tr;
  }
  function group(list, start) {
    const first = list[start], key = 'g:' + first.r + ':' + first.g + ':' + first.k;
    let i = start;
    const members = [];
    for (; i < list.length && list[i].g === first.g && list[i].r === first.r && !list[i].t; i++) members.push(node(list[i], false));
    const el = elementFor(key, 'DIV');
    setAttr(el, 'role', GROUP_ROLE[first.r]);
    setAttr(el, 'aria-label', first.g);
    place(el, members);
    return [el, i];
  }
  function render(list) {
    const top = [];
    for (let i = 0; i < list.length;) {
      const n = list[i];
      // (No destructuring here: Emscripten 3.1.6's minifier mangles it.)
      let made;
      if (n.t) made = table(list, i);
      else if (n.g && GROUP_ROLE[n.r]) made = group(list, i);
      else made = [node(n, false), i + 1];
      top.push(made[0]);
      i = made[1];
    }
    place(root, top);
    elements.forEach((el, k) => { if (!el.isConnected) elements.delete(k); });
    nodes = new Map(list.map((n) => [n.k, n]));
    order = list.filter((n) => isControl(n) && !(n.s & S.disabled)).map((n) => n.k);
  }

  // ---- focus ---------------------------------------------------------------------
  function focusQuietly(el) {
    if (!el) return;
    quietFocus = true;
    el.focus({preventScroll: true});
    quietFocus = false;
  }
  // The next (or previous) control in reading order from `key` (from the start when none).
  function neighbour(key, back) {
    if (!order.length) return null;
    const at = order.indexOf(key);
    const next = at < 0 ? (back ? order.length - 1 : 0) : at + (back ? -1 : 1);
    return next >= 0 && next < order.length ? elements.get(order[next]) : null;
  }
  root.addEventListener('focusin', (e) => {
    const el = e.target.closest('[data-k]');
    if (!el || !nodes.has(el.dataset.k)) return;
    focusedKey = el.dataset.k;
    Module._sc_a11y_focus(idOf(focusedKey), quietFocus ? 0 : 1);
    glue.requestFrame();
  });
  root.addEventListener('focusout', (e) => {
    // Off the mirror and not into the field being edited: no control has the focus ring.
    // (A control that went away took the focus with it: followApp puts it back nearby.)
    if (root.contains(e.relatedTarget) || e.relatedTarget === glue.ime || !e.target.isConnected) return;
    focusedKey = '';
    Module._sc_a11y_focus(0, 0);
    glue.requestFrame();
  });
  // After a change: the field being edited is the IME element; a dialog or list that
  // opened takes the focus, and gives it back when it goes; a control that went keeps the
  // focus near where it was.
  function followApp(previousOrder) {
    const active = document.activeElement;
    const inMirror = root.contains(active) || active === document.body || active === null;
    if (tree.modal && !wasModal && (inMirror || active === glue.ime) && !tree.active) {
      opener = focusedKey;
      focusQuietly(neighbour('', false));
    } else if (!tree.modal && wasModal && opener && elements.get(opener)) {
      focusQuietly(elements.get(opener));
    } else if (root.contains(active) || active === document.body) {
      const n = nodes.get(focusedKey);
      if (n && n.r === 'combobox' && n.s & S.expanded) {
        opener = focusedKey;
        const options = tree.nodes.filter((m) => m.r === 'option');
        const chosen = options.find((m) => m.s & S.checked) || options[0];
        if (chosen) focusQuietly(elements.get(chosen.k));
      } else if (focusedKey && !elements.get(focusedKey)) {
        // Where the control was: the opener of what closed, else the control now at its place.
        const at = Math.min(Math.max(previousOrder.indexOf(focusedKey), 0), order.length - 1);
        focusQuietly(elements.get(opener && elements.get(opener) ? opener : order[at]));
      }
    }
    wasModal = !!tree.modal;
  }

  // ---- the field being edited: #ime carries its name, value and caret -------------
  function utf16Offset(text, codePoints) {
    let i = 0;
    for (let n = 0; n < codePoints && i < text.length; n++) i += text.codePointAt(i) > 0xffff ? 2 : 1;
    return i;
  }
  function syncIme() {
    const ime = glue.ime;
    if (tree.active) {
      const n = nodes.get(tree.active);
      setAttr(ime, 'aria-label', n ? n.n : IME_LABEL);
      setAttr(ime, 'aria-multiline', n && n.s & S.multiline ? 'true' : null);
      glue.imeText = tree.activeValue;
      if (ime.value !== tree.activeValue) ime.value = tree.activeValue;
      const a = utf16Offset(tree.activeValue, tree.sel[0]), b = utf16Offset(tree.activeValue, tree.sel[1]);
      const dir = tree.sel[2] <= tree.sel[0] && a !== b ? 'backward' : 'forward';
      if (ime.selectionStart !== a || ime.selectionEnd !== b) ime.setSelectionRange(a, b, dir);
      if (document.activeElement !== ime) { quietFocus = true; glue.focusInput(); quietFocus = false; }
      if (early.key === tree.active && early.text) glue.sendText(early.text);
      early = {key: '', text: ''};
      lastActive = tree.active;
      return;
    }
    setAttr(ime, 'aria-label', IME_LABEL);
    setAttr(ime, 'aria-multiline', null);
    glue.imeText = '';
    if (ime.value) ime.value = '';
    // Escape left the field: the keys stay with #ime, so the screen's shortcuts work (a digit
    // rates, on the interview screen), and the field keeps the ring: Tab goes on from it.
    if (lastActive && leftByKey && document.activeElement === ime && nodes.has(lastActive)) {
      focusedKey = lastActive;
      Module._sc_a11y_focus(idOf(lastActive), 0);
    }
    lastActive = '';
    leftByKey = false;
  }

  // ---- notices, read out as they appear ------------------------------------------
  function announce() {
    const fresh = tree.notices.filter((n) => !announced.has(n.id));
    for (const n of fresh) announced.add(n.id);
    const say = (region, list) => { if (list.length) region.textContent = list.map((n) => n.text).join(' '); };
    say(politeRegion, fresh.filter((n) => !n.error));
    say(alertRegion, fresh.filter((n) => n.error));
  }

  // After every frame: nothing to do unless the app's mirror moved.
  function update() {
    const v = Module._sc_a11y_version();
    if (v === version) return;
    version = v;
    tree = JSON.parse(UTF8ToString(Module._sc_a11y_tree()));
    const previousOrder = order;
    render(tree.nodes);
    syncIme();
    announce();
    followApp(previousOrder);
  }

  // ---- keys on the mirror's controls ----------------------------------------------
  function activate(el) {
    const n = nodes.get(el.dataset.k);
    if (!n || !isControl(n) || n.s & S.disabled) return;
    if (n.s & S.expandable) opener = n.k;
    Module._sc_a11y_activate(idOf(n.k));
    glue.requestFrame();
  }
  function moveInGroup(el, back) {
    const box = el.parentElement;
    if (!box || !GROUP_ROLE[nodes.get(el.dataset.k).r]) return false;
    const members = [...box.children].filter((m) => m.tabIndex === 0);
    const at = members.indexOf(el);
    const to = members[(at + (back ? members.length - 1 : 1)) % members.length];
    if (to) to.focus();
    return true;
  }
  const ARROWS = {ArrowLeft: true, ArrowUp: true, ArrowRight: false, ArrowDown: false};
  root.addEventListener('keydown', (e) => {
    const el = e.target.closest('[data-k]');
    if (!el || !glue.ready || e.key === 'Tab') return;  // Tab: the browser moves the focus
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    const n = nodes.get(el.dataset.k);
    if (plain && n && n.r === 'textbox' && [...e.key].length === 1) {
      // Typed the moment the field got the focus, before the app opened it: kept, and
      // handed to the field once it is open (nothing typed is lost).
      e.preventDefault();
      if (early.key !== n.k) early = {key: n.k, text: ''};
      early.text += e.key;
      Module._sc_a11y_focus(idOf(n.k), 1);
      glue.requestFrame();
      return;
    }
    if (plain && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      activate(el);
      return;
    }
    if (plain && e.key in ARROWS && moveInGroup(el, ARROWS[e.key])) {
      e.preventDefault();
      return;
    }
    glue.keyDown(e);
    // No text field takes the characters here: they go to the app as typed text.
    if (plain && [...e.key].length === 1) { e.preventDefault(); glue.sendText(e.key); }
  });
  // A click on the canvas is the mouse's: no control keeps the keyboard's ring.
  glue.canvas.addEventListener('pointerdown', () => {
    if (!focusedKey || !glue.ready) return;
    focusedKey = '';
    Module._sc_a11y_focus(0, 0);
  });
  root.addEventListener('keyup', (e) => { if (glue.ready && e.key !== 'Tab') glue.keyUp(e); });
  root.addEventListener('click', (e) => {
    const el = e.target.closest('[data-k]');
    if (el) activate(el);
  });

  // ---- system settings ------------------------------------------------------------
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const forcedColors = matchMedia('(forced-colors: active)');
  const SYSTEM_COLORS = ['Canvas', 'CanvasText', 'GrayText', 'Highlight', 'HighlightText', 'ButtonFace', 'ButtonText',
    'ButtonBorder', 'LinkText'];
  function systemColor(probe, keyword) {
    probe.style.color = keyword;
    const m = getComputedStyle(probe).color.match(/\d+(\.\d+)?/g) || ['0', '0', '0'];
    return (Number(m[0]) << 16) | (Number(m[1]) << 8) | Number(m[2]);
  }
  function applySettings() {
    if (!glue.ready) return;
    Module._sc_reduced_motion(reducedMotion.matches ? 1 : 0);
    const probe = document.createElement('div');
    document.body.appendChild(probe);
    const colors = SYSTEM_COLORS.map((k) => systemColor(probe, k));
    probe.remove();
    Module._sc_system_colors.apply(null, [forcedColors.matches ? 1 : 0].concat(colors));
    glue.requestFrame();
  }
  reducedMotion.addEventListener('change', applySettings);
  forcedColors.addEventListener('change', applySettings);

  glue.a11y = {
    update,
    start: applySettings,
    // Tab in #ime: out of the field being edited (its text kept) to the next control, or
    // from no control to the first one. True when it moved the focus.
    tabFromInput(back) {
      const from = tree.active || focusedKey;
      // What was typed last reaches the field before it is left.
      Module._sc_drain_input();
      if (tree.active) Module._sc_a11y_leave_field();
      const to = neighbour(from, back);
      if (to) to.focus();
      glue.requestFrame();
      return !!to;
    },
    escapeInInput() { if (tree.active) leftByKey = true; },
  };
})(Module.scorecardGlue);
