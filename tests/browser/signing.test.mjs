// Signed scorecards through real clicks (docs/trust.md): the first submit makes this
// device's Ed25519 key with Web Crypto (private half non-extractable, in IndexedDB), the
// review shows its fingerprint, the exported file's signature verifies with Node's own
// Ed25519 over an independently written canonical form, the panel shows it signed, and a
// copy edited with the digest recomputed (the five-line script) is held back as
// "edited after it was submitted" until the lead includes it. A browser without Ed25519
// seals nothing and says so. The exported file is kept in build/browser-signed/ (the CLI
// test verifies one such file, committed in tests/data/browser-signed/).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {openApp, find, click, typeInto, settle, stable, shot, scrollTo, widgets, assert, assertEqual} from './lib.mjs';

const OUT = path.resolve('build/browser-signed');

// Canonical JSON written apart from the app's: keys sorted by UTF-16 code units, which for
// the ASCII keys of a scorecard is the byte order the format specifies.
function canonical(v) {
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  if (v && typeof v === 'object') return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + canonical(v[k])).join(',') + '}';
  return JSON.stringify(v);
}
function verifies(file) {
  const last = file.signatures[file.signatures.length - 1];
  const rest = {...file};
  if (file.signatures.length > 1) rest.signatures = file.signatures.slice(0, -1); else delete rest.signatures;
  const key = crypto.createPublicKey({key: {kty: 'OKP', crv: 'Ed25519', x: Buffer.from(last.publicKey, 'base64').toString('base64url')}, format: 'jwk'});
  return crypto.verify(null, Buffer.from(canonical(rest), 'utf8'), key, Buffer.from(last.signature, 'base64'));
}
const fingerprint = (b64) => crypto.createHash('sha256').update(Buffer.from(b64, 'base64')).digest('hex').slice(0, 16).match(/.{4}/g).join(' ');
// What anyone holding the file can do: edit, and recompute the unkeyed digest.
function tampered(file) {
  const t = JSON.parse(JSON.stringify(file));
  t.competencies[0].score = 1;
  t.recommendation = 'strong_no';
  const content = {...t};
  delete content.digest;
  delete content.signatures;
  t.digest = 'sha256:' + crypto.createHash('sha256').update(canonical(content), 'utf8').digest('hex');
  return t;
}
const texts = async (page) => (await widgets(page)).filter((w) => w.id.includes('##text')).map((w) => w.label);
const notices = async (page) => (await page.evaluate(() => window.scorecardTest.info())).notices.map((n) => n.text);

async function readyToSubmit(page, candidate, interviewer) {
  await typeInto(page, {idPart: '##candidate'}, candidate);
  await typeInto(page, {idPart: '##interviewer'}, interviewer);
  await click(page, {label: 'Start interview'});
  await find(page, {label: 'Review and submit'});
  for (let c = 0; c < 4; c++) {
    await page.keyboard.press(String(2 + (c % 3)));
    await settle(page);
    if (c < 3) await page.keyboard.press('Control+Enter');
    await settle(page);
  }
  await click(page, {label: 'Review and submit', nth: 0});
  await scrollTo(page, {label: 'Submit scorecard'});
  await click(page, {label: 'Yes', idPart: '##rec-yes'});
  await typeInto(page, {idPart: '##rationale'}, 'Consistent evidence across the panel questions.');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(400);
  await stable(page);
}

async function deviceKey(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const r = indexedDB.open('scorecard-keys');
    r.onerror = () => reject(r.error);
    r.onsuccess = () => {
      const db = r.result;
      if (!db.objectStoreNames.contains('keys')) { db.close(); resolve(null); return; }
      const g = db.transaction('keys').objectStore('keys').get('device');
      g.onerror = () => reject(g.error);
      g.onsuccess = async () => {
        db.close();
        const pair = g.result;
        if (!pair) { resolve(null); return; }
        let exported = 'exported';
        try { await crypto.subtle.exportKey('pkcs8', pair.privateKey); } catch (e) { exported = e.name; }
        resolve({alg: pair.privateKey.algorithm.name, extractable: pair.privateKey.extractable, exported,
          publicKey: btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))))});
      };
    };
  }));
}

async function loadPanel(page, files) {
  const w = await find(page, {label: 'Load scorecards...'});
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', {timeout: 10000}), page.mouse.click(w.x + w.w / 2, w.y + w.h / 2)]);
  await chooser.setFiles(files);
  await settle(page, 3);
  await page.waitForTimeout(300);  // the browser verifies asynchronously
  await stable(page);
}

export default [
  {
    name: 'submit makes the device key and signs; the file verifies; the panel shows it signed and an edited copy held back',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {width: 1280, height: 800});
      await readyToSubmit(page, 'Sam Taylor', 'Grace Hopper');
      assertEqual(await deviceKey(page), null, 'no key before the first submit');
      assert((await texts(page)).some((t) => t.startsWith('Submitting creates this device\'s signing key')), 'the review says a key will be made');
      await click(page, {label: 'Submit scorecard'});
      const key = await deviceKey(page);
      assert(key, 'a device key after the submit');
      assertEqual([key.alg, key.extractable, key.exported], ['Ed25519', false, 'InvalidAccessError'], 'Ed25519, private half non-extractable');
      const signedLine = await scrollTo(page, {idPart: '##text', match: /^Signed with this device's key/}, {step: -300});
      assertEqual(signedLine.label, `Signed with this device's key, key ${fingerprint(key.publicKey)}: a panel can tell nothing changed after the submit.`, 'fingerprint shown');
      await shot(page, 'signing-review-signed');
      await scrollTo(page, {label: 'Copy my public key'});
      await stable(page);
      await click(page, {label: 'Copy my public key'});
      await shot(page, 'signing-review-copied');
      const clip = await page.evaluate(() => window.scorecardTest.clipboard());
      assert(clip, 'copied something; notices: ' + JSON.stringify(await notices(page)));
      const copied = JSON.parse(clip);
      assertEqual(canonical(copied), canonical({format: 'scorecard-roster', version: 1, people: [{name: 'Grace Hopper', publicKey: key.publicKey}]}),
        'copied key');

      const [dl] = await Promise.all([page.waitForEvent('download', {timeout: 10000}), click(page, await scrollTo(page, {label: 'Export JSON'}))]);
      const file = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
      assertEqual(file.signatures.length, 1, 'one signature');
      assertEqual(file.signatures[0].publicKey, key.publicKey, 'signed by the device key');
      assertEqual(file.signatures[0].signedAt, file.submittedAt, 'signed at the submit');
      assert(verifies(file), 'the signature verifies in Node (Ed25519, canonical JSON without the signature)');
      assert(!verifies(tampered(file)), 'an edited copy does not verify');
      fs.mkdirSync(OUT, {recursive: true});
      const saved = path.join(OUT, dl.suggestedFilename());
      fs.copyFileSync(await dl.path(), saved);
      const edited = path.join(OUT, 'edited-' + dl.suggestedFilename());
      fs.writeFileSync(edited, JSON.stringify(tampered(file), null, 2) + '\n');

      await click(page, {label: 'Panel'});
      await loadPanel(page, [saved]);
      const line = `Signed, unchanged since it was submitted: key ${fingerprint(key.publicKey)}, first seen for this name now`;
      assert((await texts(page)).includes(line), `the panel shows it signed: ${JSON.stringify(await texts(page))}`);
      await shot(page, 'signing-panel-signed');
      await click(page, {label: 'Clear'});
      await loadPanel(page, [edited]);
      await find(page, {label: 'Held back: edited after it was submitted', timeout: 5000});
      assert((await texts(page)).some((t) => t.includes('edited after it was submitted (signature does not match)')), 'the reason');
      await click(page, await scrollTo(page, {match: /^Include in this panel/}));
      const included = await scrollTo(page, {idPart: '##text', match: /^Held back by its signature, included by the lead: edited after it was submitted/}, {step: -300});
      assert(included, 'included on purpose, and said so');
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
  {
    name: 'what the panel shows, at 1024x700 and 1280x800, pixel ratio 1 and 2: signed, and edited after it was submitted',
    async run({browser, baseUrl}) {
      const dir = path.resolve('tests/data/browser-signed');
      const made = fs.readdirSync(dir).filter((f) => f.endsWith('.scorecard.json')).map((f) => path.join(dir, f));
      assertEqual(made.length, 1, 'one scorecard signed in Chromium is committed');
      const file = JSON.parse(fs.readFileSync(made[0], 'utf8'));
      assert(verifies(file), 'the committed browser-made file verifies in Node');
      fs.mkdirSync(OUT, {recursive: true});
      const edited = path.join(OUT, 'edited-committed.scorecard.json');
      fs.writeFileSync(edited, JSON.stringify(tampered(file), null, 2) + '\n');
      for (const [width, height, dpr] of [[1024, 700, 1], [1024, 700, 2], [1280, 800, 1], [1280, 800, 2]]) {
        const {ctx, page} = await openApp(browser, baseUrl, {width, height, dpr});
        await click(page, {label: 'Panel'});
        await loadPanel(page, [made[0]]);
        assert((await texts(page)).some((t) => t.startsWith(`Signed, unchanged since it was submitted: key ${fingerprint(file.signatures[0].publicKey)}`)),
          `signed at ${width}x${height}@${dpr}`);
        await shot(page, `signing-panel-signed-${width}-dpr${dpr}`);
        await click(page, {label: 'Clear'});
        await loadPanel(page, [edited]);
        await find(page, {label: 'Held back: edited after it was submitted'});
        await shot(page, `signing-panel-edited-${width}-dpr${dpr}`);
        assertEqual(page.problems, [], 'console errors');
        await ctx.close();
      }
    },
  },
  {
    name: 'a browser without Ed25519 seals nothing and says why',
    async run({browser, baseUrl}) {
      const context = await browser.newContext({viewport: {width: 1280, height: 800}, serviceWorkers: 'block'});
      await context.addInitScript(() => {
        const generate = crypto.subtle.generateKey.bind(crypto.subtle);
        crypto.subtle.generateKey = (alg, ...rest) => (alg && alg.name === 'Ed25519'
          ? Promise.reject(new DOMException('Algorithm: Unrecognized name', 'NotSupportedError')) : generate(alg, ...rest));
      });
      const {ctx, page} = await openApp(browser, baseUrl, {context});
      await readyToSubmit(page, 'Sam Taylor', 'Grace Hopper');
      await click(page, {label: 'Submit scorecard'});
      await page.waitForTimeout(300);
      await stable(page);
      const said = await notices(page);
      assert(said.some((n) => n.startsWith('Not submitted: this device could not sign the scorecard (this browser has no Ed25519 in Web Crypto')),
        'says why: ' + JSON.stringify(said));
      await find(page, {label: 'Submit scorecard'});  // still a draft, still submittable
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('scorecard:draft:')))));
      assertEqual([stored.scorecard.submittedAt, stored.scorecard.signatures], [null, undefined], 'nothing sealed, nothing signed');
      await shot(page, 'signing-no-ed25519');
      await ctx.close();
    },
  },
];
