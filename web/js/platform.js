// Scorecard's browser glue, part 4 of 7: the platform services C++ calls through
// Module.scorecard (web/js_bridge.cpp): localStorage, files in (chooser and drop) and
// out (downloads), the clipboard, the leave-page warning and the system theme; and
// storing everything when the page is hidden or closed.
(function (glue) {
  'use strict';
  let unsaved = false;
  // A hidden tab runs no animation frames, so autosave's timer would wait; and a hidden tab
  // may be discarded without beforeunload. Store now.
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) { if (glue.ready) Module._sc_flush(); } else glue.requestFrame();
  });
  document.addEventListener('freeze', () => { if (glue.ready) Module._sc_flush(); });

  // ---- files in: chooser and drop ---------------------------------------------
  // Each file is looked at before it is read: one over the app's import limit (C++ says
  // how much, base/limits.hpp) or a folder is refused by what it is and never copied
  // into memory; one the browser cannot read is refused with the browser's reason.
  const chooser = document.createElement('input');
  chooser.type = 'file';
  chooser.style.display = 'none';
  document.body.appendChild(chooser);
  let chooserPurpose = '';
  chooser.addEventListener('change', () => {
    const files = Array.from(chooser.files || []).map((file) => ({file, folder: false}));
    chooser.value = '';
    deliverFiles(chooserPurpose, files);
  });
  const REFUSED_TOO_LARGE = 1, REFUSED_FOLDER = 2, REFUSED_UNREADABLE = 3;
  async function readOne({file, folder}) {
    if (folder) return {name: file.name, refused: REFUSED_FOLDER, size: 0, detail: ''};
    if (file.size > Module._sc_max_import_bytes()) return {name: file.name, refused: REFUSED_TOO_LARGE, size: file.size, detail: ''};
    try {
      return {name: file.name, bytes: new Uint8Array(await file.arrayBuffer())};
    } catch (err) {
      // A folder picked where a file was expected reads as NotFoundError in Chromium.
      return {name: file.name, refused: REFUSED_UNREADABLE, size: file.size, detail: String(err && err.name || err)};
    }
  }
  async function deliverFiles(purpose, files) {
    const loaded = [];
    for (const f of files) loaded.push(await readOne(f));
    glue.withString(purpose, (pp) => {
      Module._sc_files_begin(pp, loaded.length);
      for (const f of loaded) {
        glue.withString(f.name, (np) => {
          if (f.refused) glue.withString(f.detail, (dp) => Module._sc_file_refused(np, f.refused, f.size, dp));
          else glue.withBytes(f.bytes, (bp, n) => Module._sc_file(np, bp, n));
        });
      }
      Module._sc_files_end();
    });
    glue.requestFrame();
  }
  document.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    const dt = e.dataTransfer;
    const items = Array.from((dt && dt.items) || []).filter((it) => it.kind === 'file');
    const files = items.length
      ? items.map((it) => {
        const entry = it.webkitGetAsEntry ? it.webkitGetAsEntry() : null;
        return {file: it.getAsFile(), folder: !!(entry && entry.isDirectory)};
      }).filter((f) => f.file)
      : Array.from((dt && dt.files) || []).map((file) => ({file, folder: false}));
    if (files.length) deliverFiles('drop', files);
  });

  // ---- storage shared with other tabs -----------------------------------------
  // Another tab of this origin wrote, removed or cleared storage: the app merges or
  // takes over what changed (app/app_sync.cpp). A tab never hears its own writes.
  // The key goes whole (C++ keeps the prefix, web/platform_web.hpp); null means cleared.
  window.addEventListener('storage', (e) => {
    if (!glue.ready || (e.storageArea && e.storageArea !== safeLocalStorage())) return;
    glue.withString(e.key === null ? '' : e.key, (p) => Module._sc_storage_changed(p, e.key === null ? 1 : 0));
    glue.requestFrame();
  });
  function safeLocalStorage() { try { return window.localStorage; } catch (e) { return null; } }
  // What a failed write means (app::StoreResult): 1 full, 2 refused, 3 unavailable.
  function storeFailure(e) {
    const quota = e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);
    if (quota) {
      // Some private windows give no room at all: a "full" storage holding nothing is a refusal.
      const store = safeLocalStorage();
      return store && store.length > 0 ? 1 : 2;
    }
    return e && e.name === 'SecurityError' ? 2 : 3;
  }

  // ---- what C++ calls --------------------------------------------------------
  Module.scorecard = {
    isMac: glue.isMac,
    testMode: glue.testMode,
    requestFrame: glue.requestFrame,
    setClipboard(text) {
      glue.clipboard.copied = text;
      glue.clipboard.paste = text;
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
    },
    getClipboard() { return glue.clipboard.paste; },
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
    // Keys arrive whole: the C++ platform adds Scorecard's prefix (web/platform_web.hpp).
    storageGet(key) {
      try { return localStorage.getItem(key); } catch (e) { return null; }
    },
    storageSet(key, value) {
      try { localStorage.setItem(key, value); return 0; } catch (e) { return storeFailure(e); }
    },
    // Asks the browser to keep this origin's storage under pressure; the answer goes to C++.
    requestPersistence() {
      const answer = (granted) => { if (glue.ready) { Module._sc_persistence(granted ? 1 : 0); glue.requestFrame(); } };
      if (!navigator.storage || !navigator.storage.persist) { answer(false); return; }
      navigator.storage.persisted()
        .then((already) => already || navigator.storage.persist())
        .then(answer, () => answer(false));
    },
    storageRemove(key) { try { localStorage.removeItem(key); } catch (e) { /* storage unavailable: nothing to remove */ } },
    storageKeys(prefix) {
      const keys = [];
      try {
        for (let i = 0; i < localStorage.length; i++) {
          const k = localStorage.key(i);
          if (k && k.startsWith(prefix)) keys.push(k);
        }
      } catch (e) { /* storage unavailable: no keys */ }
      return keys.join('\n');
    },
    setUnsaved(flag) { unsaved = !!flag; },
    prefersDark() { return matchMedia('(prefers-color-scheme: dark)').matches; },
    setImePos(x, y) {
      glue.ime.style.left = Math.round(x) + 'px';
      glue.ime.style.top = Math.round(y) + 'px';
    },
    setCursor(name) { glue.canvas.style.cursor = name; },
    setTextInput(active) { glue.textInput = !!active; },
    // A text file of this site, asked for by a view (About's licence texts): the text, or
    // why it failed, goes back to C++ through _sc_text_loaded.
    fetchText(name) {
      fetch(name, {credentials: 'same-origin'})
        .then((res) => { if (!res.ok) throw new Error('HTTP ' + res.status); return res.text(); })
        .then((text) => deliverText(name, true, text), (err) => deliverText(name, false, String(err.message || err)));
    },
  };
  function deliverText(name, ok, text) {
    glue.withString(name, (np) => glue.withString(text, (tp) => Module._sc_text_loaded(np, ok ? 1 : 0, tp)));
    glue.requestFrame();
  }
  window.addEventListener('beforeunload', (e) => {
    if (glue.ready) Module._sc_flush();  // autosave now, whatever its timer says
    if (unsaved) { e.preventDefault(); e.returnValue = ''; }
  });
  window.addEventListener('pagehide', () => { if (glue.ready) Module._sc_flush(); });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (glue.ready) { Module._sc_system_theme(matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0); glue.requestFrame(); }
  });

})(Module.scorecardGlue);
