// Shell page logic: checks what the browser can do, shows loading progress,
// registers the service worker (offline use), then loads the app (scorecard.js).
(function () {
  'use strict';
  const box = document.getElementById('loading');
  const text = document.getElementById('loading-text');
  const bar = document.getElementById('loading-bar');
  window.scorecardShell = {
    // Fraction of the app's downloads (wasm and data) done, from scorecard_glue.js.
    progress(fraction) {
      bar.value = Math.min(100, 100 * fraction);
      text.textContent = 'Loading… ' + Math.floor(bar.value) + '%';
    },
    done() { box.classList.add('hidden'); },
    fail(message) { box.classList.remove('hidden'); box.classList.add('failed'); text.textContent = message; },
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
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('sw.js').catch(() => {});
  }
  const s = document.createElement('script');
  s.src = 'scorecard.js';
  s.onerror = () => scorecardShell.fail('Scorecard could not be loaded. Check the connection and reload.');
  document.body.appendChild(s);
})();
