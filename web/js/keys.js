// Scorecard's browser glue, part 5 of 7: the device key (docs/trust.md). Ed25519 through
// Web Crypto, no cryptography of our own: the key pair is made on the first submit with
// the private half non-extractable, and kept in IndexedDB (a CryptoKey survives there
// without ever being exported). Sign and verify are asynchronous; each answer goes back
// to C++ (_sc_device_key, _sc_signed, _sc_verified), which turns it into an app command.
(function (glue) {
  'use strict';
  const DB = 'scorecard-keys', STORE = 'keys', DEVICE = 'device', ALG = {name: 'Ed25519'};

  function request(r) {
    return new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  }
  async function openDb() {
    const r = indexedDB.open(DB, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE);
    return request(r);
  }
  async function storedKey() {
    const db = await openDb();
    try { return await request(db.transaction(STORE).objectStore(STORE).get(DEVICE)); } finally { db.close(); }
  }
  // The device key, made once. Two tabs submitting at once could both make one: the
  // first stored wins (add() refuses the second), and the loser signs with the winner's.
  async function deviceKey() {
    const have = await storedKey();
    if (have) return have;
    const pair = await crypto.subtle.generateKey(ALG, false, ['sign', 'verify']);
    const db = await openDb();
    try {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).add(pair, DEVICE);
      await new Promise((resolve) => { tx.oncomplete = resolve; tx.onerror = tx.onabort = resolve; });
    } finally { db.close(); }
    return storedKey();
  }
  const toB64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
  const fromB64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  async function publicB64(pair) { return toB64(await crypto.subtle.exportKey('raw', pair.publicKey)); }
  const why = (e) => (e && (e.name === 'NotSupportedError' || e.name === 'TypeError')
    ? 'this browser has no Ed25519 in Web Crypto; Chromium 137 or later, Firefox 129 or later, Safari 17 or later have it'
    : String((e && e.message) || e));

  glue.keys = {
    load() {
      storedKey().then((pair) => (pair ? publicB64(pair) : ''), () => '')
        .then((pk) => { glue.withString(pk, (p) => Module._sc_device_key(p)); glue.requestFrame(); });
    },
    sign(req, messageB64) {
      (async () => {
        const pair = await deviceKey();
        const sig = await crypto.subtle.sign(ALG, pair.privateKey, fromB64(messageB64));
        return {pk: await publicB64(pair), sig: toB64(sig), err: ''};
      })().catch((e) => ({pk: '', sig: '', err: why(e)})).then((r) => {
        glue.withString(r.pk, (p) => glue.withString(r.sig, (s) => glue.withString(r.err, (e) => Module._sc_signed(req, p, s, e))));
        glue.requestFrame();
      });
    },
    // checks: [{k, m, s}] in base64; the verdicts go back as a string of 0 and 1. A key
    // Web Crypto refuses (not a point on the curve) is a signature that does not verify.
    verify(req, checksJson) {
      Promise.all(JSON.parse(checksJson).map(async (c) => {
        try {
          const key = await crypto.subtle.importKey('raw', fromB64(c.k), ALG, false, ['verify']);
          return (await crypto.subtle.verify(ALG, key, fromB64(c.s), fromB64(c.m))) ? '1' : '0';
        } catch (e) { return '0'; }
      })).then((verdicts) => {
        glue.withString(verdicts.join(''), (v) => Module._sc_verified(req, v));
        glue.requestFrame();
      });
    },
  };
})(Module.scorecardGlue);
