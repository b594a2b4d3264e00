// Nothing lost, nothing hangs (issue 14), in the browser: two tabs on one context (one
// localStorage) typing into one interview at once keep every keystroke; storage that is
// full, refused (SecurityError, a private window) or unavailable is told in its own
// words with "Export now", and the notice goes once a save succeeds; an unreadable
// stored rubric or session is kept aside and reported; the app asks for persistent
// storage and says when it was refused; an over-limit or folder drop is never read.
import fs from 'node:fs';
import {openApp, waitReady, find, click, settle, stable, shot, scrollTo, assert, assertEqual, startInterview} from './lib.mjs';

async function notices(page) { return (await page.evaluate(() => window.scorecardTest.info())).notices; }

async function noticeWith(page, part, timeout = 8000) {
  const until = Date.now() + timeout;
  for (;;) {
    const all = await notices(page);
    const hit = all.find((n) => n.text.includes(part));
    if (hit) return hit;
    if (Date.now() > until) throw new Error(`no notice with "${part}"; shown: ${JSON.stringify(all)}`);
    await settle(page);
  }
}

async function storedDraft(page) {
  return page.evaluate(() => {
    const k = Object.keys(localStorage).find((x) => x.startsWith('scorecard:draft:'));
    return k ? JSON.parse(localStorage.getItem(k)) : null;
  });
}

// Waits until the stored draft satisfies `until` (autosave is within a second of typing).
async function storedUntil(page, until, what) {
  const deadline = Date.now() + 15000;  // a held-back write is retried after 5 s
  for (;;) {
    const d = await storedDraft(page);
    if (d && until(d)) return d;
    if (Date.now() > deadline) throw new Error(`${what}; stored: ${JSON.stringify(d && d.scorecard.competencies[0])}`);
    await page.waitForTimeout(200);
  }
}

// Clicks into the evidence field `nth` of the open competency, ready to type at its end.
async function focusEvidence(page, nth) {
  const ev = await scrollTo(page, {idPart: '##evidence-', nth});
  await page.mouse.click(ev.x + 20, ev.y + 10);
  await settle(page);
  await page.keyboard.press('Control+End');
  await settle(page);
}

const notes = (d) => d.scorecard.competencies[0].evidence.map((e) => e.note);

// Tab A starts the interview; tab B, opened a second later on the same context (the same
// localStorage, as two tabs of one browser), resumes it.
async function twoTabs(browser, baseUrl) {
  const ctx = await browser.newContext({viewport: {width: 1024, height: 700}, acceptDownloads: true, serviceWorkers: 'block'});
  await ctx.addInitScript(faultScript);  // lets a test hold one tab's writes back
  const {page: a} = await openApp(browser, baseUrl, {context: ctx});
  await startInterview(a, 'Robin Tabs', 'Ada Lovelace');
  await a.waitForTimeout(1100);  // the tabs are named by the second they opened
  const {page: b} = await openApp(browser, baseUrl, {context: ctx});
  // B asks for persistent storage at load (interviews are stored); its answer adds a line
  // below the list: wait for it, so the page is still when B clicks.
  await b.waitForFunction(() => window.__persistCalls >= 1, null, {timeout: 10000});
  await settle(b, 3);
  await click(b, {label: 'Interviews'});  // the shared session may have opened it already
  await click(b, {label: 'Resume'});
  await find(b, {label: 'Review and submit'});
  return {ctx, a, b};
}

// Installed before the app loads: a switch that makes localStorage.setItem fail the way a
// browser does (window.__storageFault = 'quota' | 'security' | 'unavailable'), and a record
// of persist() calls answered with window.__persistAnswer.
function faultScript() {
  const realSet = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    const f = window.__storageFault;
    if (f === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (f === 'security') throw new DOMException('Access is denied for this document.', 'SecurityError');
    if (f === 'unavailable') throw new DOMException('Storage is not available.', 'InvalidStateError');
    return realSet.call(this, k, v);
  };
  window.__persistCalls = 0;
  if (navigator.storage) {
    navigator.storage.persisted = async () => false;
    navigator.storage.persist = async () => { window.__persistCalls++; return window.__persistAnswer === true; };
  }
}

export default [
  {
    name: 'two tabs on one interview: B types in the second field, then A in the first; both notes kept (case 1)',
    async run({browser, baseUrl}) {
      const {ctx, a, b} = await twoTabs(browser, baseUrl);
      // A headless browser draws only the tab in front, as a person types only in the tab in front.
      const noteB = 'B wrote this in the second field', noteA = 'A wrote this in the first field';
      await b.bringToFront();
      await focusEvidence(b, 1);
      await b.keyboard.type(noteB, {delay: 10});
      await storedUntil(b, (x) => notes(x).includes(noteB), 'B\'s note stored');
      await a.bringToFront();
      await focusEvidence(a, 0);
      await a.keyboard.type(noteA, {delay: 10});
      const d = await storedUntil(a, (x) => notes(x).includes(noteA) && notes(x).includes(noteB), 'both notes stored');
      assertEqual(notes(d), [noteA, noteB], 'both notes, in rubric order');
      // Now the race: A types, and B writes before A has stored (A's writes held back).
      await a.evaluate(() => { window.__storageFault = 'quota'; });
      await a.keyboard.type(' (more from A)', {delay: 5});
      await noticeWith(a, 'is not saved on this device');
      await b.bringToFront();
      await focusEvidence(b, 1);
      await b.keyboard.type(' (more from B)', {delay: 5});
      await storedUntil(b, (x) => notes(x)[1] === noteB + ' (more from B)', 'B stored');
      await a.evaluate(() => { window.__storageFault = null; });  // A's retry stores its merge
      const raced = await storedUntil(b, (x) => notes(x)[0] === noteA + ' (more from A)' && notes(x)[1] === noteB + ' (more from B)',
        'both tabs\' unsaved typing stored');
      assert(raced.revision >= 5, 'every store raised the revision: ' + raced.revision);
      const {page: c} = await openApp(browser, baseUrl, {context: ctx});
      await click(c, {label: 'Interviews'});
      await click(c, {label: 'Resume'});
      await find(c, {label: 'Review and submit'});
      assertEqual(notes(await storedDraft(c)), notes(raced), 'a new tab reads both notes');
      await shot(c, 'storage-two-tabs-new-tab');
      for (const p of [a, b, c]) assertEqual(p.problems, [], 'console errors');
      await ctx.close();
    },
  },
  {
    name: 'two tabs type into the same field before either stored: both texts kept under their tabs\' names; both tabs say so',
    async run({browser, baseUrl}) {
      const {ctx, a, b} = await twoTabs(browser, baseUrl);
      await a.bringToFront();
      await focusEvidence(a, 0);
      await a.evaluate(() => { window.__storageFault = 'quota'; });  // A's writes held back
      await a.keyboard.type('Alpha typed this in tab A', {delay: 5});
      await noticeWith(a, 'is not saved on this device');
      // B types into the same field from the same empty start, and stores first.
      await b.bringToFront();
      await focusEvidence(b, 0);
      await b.keyboard.type('Bravo typed this in tab B', {delay: 5});
      await storedUntil(b, (x) => notes(x)[0] === 'Bravo typed this in tab B', 'B stored');
      await a.evaluate(() => { window.__storageFault = null; });  // A's retry stores its merge
      const d = await storedUntil(b, (x) => notes(x)[0] && notes(x)[0].includes('Alpha typed this in tab A') &&
        notes(x)[0].includes('Bravo typed this in tab B'), 'both texts in one note');
      const note = notes(d)[0];
      assert(/^\[tab opened at \d\d:\d\d:\d\d\] /.test(note) && /\n\n\[tab opened at \d\d:\d\d:\d\d\] /.test(note),
        'each text after its tab\'s name: ' + JSON.stringify(note));
      const told = [];
      for (const page of [a, b]) {
        await page.bringToFront();
        told.push((await noticeWith(page, 'changed the same text of the interview with Robin Tabs at once')).text);
        await shot(page, page === a ? 'storage-same-field-a' : 'storage-same-field-b');
      }
      assert(told.every((t) => /This tab \(opened at \d\d:\d\d:\d\d\) and the tab opened at \d\d:\d\d:\d\d/.test(t)), 'notices: ' + told);
      assertEqual(notes(await storedDraft(a))[0], note, 'the tabs agree');
      await ctx.close();
    },
  },
  {
    name: 'storage full, refused and unavailable at 1024x700: own words, Export now, the notice goes once a save succeeds',
    async run({browser, baseUrl}) {
      const ctx = await browser.newContext({viewport: {width: 1024, height: 700}, acceptDownloads: true, serviceWorkers: 'block'});
      await ctx.addInitScript(faultScript);
      const {page} = await openApp(browser, baseUrl, {context: ctx});
      await startInterview(page, 'Storage Candidate');
      const cases = [['quota', 'This browser\'s storage for Scorecard is full'],
        ['security', 'This browser does not let Scorecard store anything (a private window, or site data blocked'],
        ['unavailable', 'This browser\'s storage is not available to Scorecard']];
      await focusEvidence(page, 0);
      for (const [fault, words] of cases) {
        await page.evaluate((f) => { window.__storageFault = f; }, fault);
        await page.keyboard.type(` ${fault} typed`, {delay: 5});
        const n = await noticeWith(page, words);
        assertEqual(n.kind, 'error', fault + ' is a problem');
        assert(n.text.includes('the interview with Storage Candidate is not saved on this device'), 'says what is at risk: ' + n.text);
        await shot(page, 'storage-fault-' + fault);
        await stable(page);  // the last export's notice may still be fading: click where the button stays
        const [download] = await Promise.all([page.waitForEvent('download', {timeout: 20000}), click(page, {label: 'Export now'})]);
        const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
        assert(file.competencies[0].evidence[0].note.endsWith(`${fault} typed`), 'Export now has what was typed: ' + file.competencies[0].evidence[0].note);
        await focusEvidence(page, 0);
        await page.keyboard.press('End');
      }
      // Storage works again: the retry stores it and the notice goes.
      await page.evaluate(() => { window.__storageFault = null; });
      await page.waitForTimeout(5500);
      await settle(page, 3);
      const left = (await notices(page)).filter((n) => n.text.includes('not saved on this device'));
      assertEqual(left, [], 'the storage notice goes once stored');
      const d = await storedDraft(page);
      assert(notes(d)[0].endsWith('unavailable typed'), 'stored after the fault: ' + notes(d)[0]);
      await ctx.close();
    },
  },
  {
    name: 'the storage notice at 1024x700 and device pixel ratio 2, and persistent storage refused is said on the start screen',
    async run({browser, baseUrl}) {
      const ctx = await browser.newContext({viewport: {width: 1024, height: 700}, deviceScaleFactor: 2, serviceWorkers: 'block'});
      await ctx.addInitScript(faultScript);
      const {page} = await openApp(browser, baseUrl, {context: ctx});
      assertEqual(await page.evaluate(() => window.__persistCalls), 0, 'nothing stored yet: persistence not asked');
      await startInterview(page, 'Persist Candidate');
      await page.waitForFunction(() => window.__persistCalls === 1, null, {timeout: 5000});
      await page.evaluate(() => { window.__storageFault = 'quota'; });
      await focusEvidence(page, 0);
      await page.keyboard.type('typed while full', {delay: 5});
      await noticeWith(page, 'is full');
      await shot(page, 'storage-full-dpr2');
      await click(page, {label: 'Back to interviews'});
      await find(page, {label: 'Resume'});
      const text = await page.evaluate(() => window.scorecardTest.widgets().map((w) => w.label).join('\n'));
      assert(text.includes('This browser did not promise to keep Scorecard\'s storage'), 'refusal said on the start screen');
      await shot(page, 'storage-persist-refused-dpr2');
      await ctx.close();
    },
  },
  {
    name: 'an unreadable stored rubric and session are kept aside and reported; the good draft still loads',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl);
      await startInterview(page, 'Kept Candidate');
      await page.waitForTimeout(1000);
      // Written from a page of the same origin that is not the app, which would store its session on leaving.
      await page.goto(baseUrl + 'version.txt');
      await page.evaluate(() => {
        localStorage.setItem('scorecard:rubric:broken', '{"format": "rubric", "version": ');
        localStorage.setItem('scorecard:state', '[not json');
      });
      await page.goto(baseUrl + '?test');
      await waitReady(page);
      const rubric = await noticeWith(page, 'A stored rubric could not be read and was left as it is: rubric:broken:1:');
      const session = await noticeWith(page, 'The stored settings entry could not be read and was kept aside as "aside:state"');
      assertEqual([rubric.kind, session.kind], ['error', 'error'], 'both are problems');
      const kept = await page.evaluate(() => [localStorage.getItem('scorecard:rubric:broken'), localStorage.getItem('scorecard:aside:state')]);
      assertEqual(kept, ['{"format": "rubric", "version": ', '[not json'], 'kept as they were');
      await find(page, {label: 'Resume'});
      await shot(page, 'storage-kept-aside');
      await ctx.close();
    },
  },
  {
    name: 'a dropped file over the limit or a folder is refused by what it is, without being read',
    async run({browser, baseUrl}) {
      const ctx = await browser.newContext({viewport: {width: 1280, height: 800}, serviceWorkers: 'block'});
      await ctx.addInitScript(() => {
        window.__reads = 0;
        const real = Blob.prototype.arrayBuffer;
        Blob.prototype.arrayBuffer = function () { window.__reads++; return real.call(this); };
      });
      const {page} = await openApp(browser, baseUrl, {context: ctx});
      await page.evaluate(() => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(3 * 1024 * 1024).fill(97)], 'huge.md', {type: 'text/markdown'}));
        const target = document.getElementById('canvas');
        target.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
      });
      const n = await noticeWith(page, 'Could not open huge.md: file is 3072 KiB, over the 2048 KiB limit');
      assertEqual(n.kind, 'error', 'a problem');
      assertEqual(await page.evaluate(() => window.__reads), 0, 'the file was never read');
      await ctx.close();
    },
  },
];
