// Shell page logic: checks what the browser can do, shows loading progress,
// loads the app (scorecard.js) and, once the app asks, registers the service worker (offline use).
(function () {
  'use strict';
  const box = document.getElementById('loading');
  const text = document.getElementById('loading-text');
  const bar = document.getElementById('loading-bar');
  window.scorecardShell = {
    // Bytes of each file the first frame waits for, stamped by cmake/assemble_site.cmake:
    // progress stays right where a server sends no Content-Length (compressed, chunked).
    sizes: @SCORECARD_SIZES@,
    // Fraction of the app's downloads (wasm and data) done, from scorecard_glue.js.
    progress(fraction) {
      bar.value = Math.min(100, 100 * fraction);
      text.textContent = 'Loading… ' + Math.floor(bar.value) + '%';
    },
    done() { box.classList.add('hidden'); },
    fail(message) { box.classList.remove('hidden'); box.classList.add('failed'); text.textContent = message; },
    // Called by the app once its first frame and fonts are in, so the worker's download of
    // the whole site (for offline use) never competes with the first frame.
    registerWorker() {
      if ('serviceWorker' in navigator && location.protocol !== 'file:') {
        navigator.serviceWorker.register('sw.js').catch((err) => console.warn('Scorecard works online only: ' + err.message));
      }
    },
  };
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    scorecardShell.fail('This browser cannot run WebAssembly, which Scorecard needs. Please use a current Chrome, Edge, Firefox or Safari.');
    return;
  }
  const probe = document.createElement('canvas');
  if (!probe.getContext('webgl2')) {
    scorecardShell.fail('This browser has WebGL2 switched off or unavailable, which Scorecard needs to draw. Enable hardware acceleration in the browser settings, or use a current Chrome, Edge, Firefox or Safari.');
    return;
  }
  const s = document.createElement('script');
  s.src = 'scorecard.js';
  s.onerror = () => scorecardShell.fail('Scorecard could not be loaded. Check the connection and reload.');
  document.body.appendChild(s);
})();
