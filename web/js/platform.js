// Scorecard's browser glue, part 3 of 6: the platform services C++ calls through
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
    glue.withString(purpose, (pp) => {
      Module._sc_files_begin(pp, loaded.length);
      for (const f of loaded) {
        glue.withString(f.name, (np) => glue.withBytes(f.bytes, (bp, n) => Module._sc_file(np, bp, n)));
      }
      Module._sc_files_end();
    });
    glue.requestFrame();
  }
  document.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    const files = Array.from((e.dataTransfer && e.dataTransfer.files) || []);
    if (files.length) deliverFiles('drop', files);
  });

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
      try { localStorage.setItem(key, value); return true; } catch (e) { return false; }
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
