// The browser platform layer (issue 6): crisp text at every pixel ratio, the system
// clipboard, files in and out, wheel/touch/keyboard/IME input, idle frames, offline use
// and the manifest, privacy (own origin only, CSP), themes, small and zoomed layouts,
// the loading screen and the messages for a browser without WebGL2 or WebAssembly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {openApp, waitReady, find, widgets, scrollTo, click, typeInto, settle, shot, shotClip, canvasColours, assert, assertEqual, startInterview, openWithServiceWorker} from './lib.mjs';

const UNICODE_NAME = 'Zoë Muñoz-Straße Łukasz Σωκράτης Достоевский';
const INTERVIEWER = 'Αθηνά Ñúñez';
const RUBRIC_A = path.resolve('rubric/library/octopus-support/L4-Support-Manager.md');
const RUBRIC_B = path.resolve('tests/data/rubrics/L3-Senior-Security-Engineer.md');
const RUBRIC_C = path.resolve('tests/data/rubrics/L4-Lead-Software-Engineer.md');
const RUBRIC_BAD = path.resolve('tests/data/rubrics/bad/no-h1.md');

async function info(page) { return page.evaluate(() => window.scorecardTest.info()); }

// The one stored draft (drafts autosave within a second of an edit).
async function storedDraft(page, until = () => true, what = 'stored draft') {
  const deadline = Date.now() + 8000;
  for (;;) {
    const d = await page.evaluate(() => {
      const k = Object.keys(localStorage).find((x) => x.startsWith('scorecard:draft:'));
      return k ? JSON.parse(localStorage.getItem(k)) : null;
    });
    if (d && until(d)) return d;
    if (Date.now() > deadline) throw new Error(`${what} not reached; stored: ${JSON.stringify(d && d.scorecard).slice(0, 400)}`);
    await settle(page);
  }
}

// A widget of the interview's content column low enough to stay visible after a
// scroll of `by` pixels; returns a function that finds the same widget again.
async function columnWidget(page, by = 200) {
  const all = await page.evaluate(() => window.scorecardTest.widgets());
  const w = all.find((x) => x.id.includes('##competency-') && x.y > 150 + by && x.y + x.h < 780);
  assert(w, 'a widget in the content column: ' + all.map((x) => x.id).join(' | '));
  return async () => find(page, {idPart: w.id});
}

// Frames drawn over `ms` of doing nothing.
async function idleFrames(page, ms) {
  await page.waitForTimeout(600);  // input's settle frames and pending timers run out
  const before = await page.evaluate(() => window.scorecardTest.frames());
  await page.waitForTimeout(ms);
  return (await page.evaluate(() => window.scorecardTest.frames())) - before;
}

// Average brightness (0-255) of the canvas in a CSS-pixel rectangle.
async function brightness(page, x, y, w, h) {
  return page.evaluate(([x, y, w, h]) => {
    const c = document.getElementById('canvas');
    const r = c.width / c.clientWidth;
    const o = document.createElement('canvas');
    o.width = c.width; o.height = c.height;
    const g = o.getContext('2d');
    g.drawImage(c, 0, 0);
    const d = g.getImageData(Math.round(x * r), Math.round(y * r), Math.round(w * r), Math.round(h * r)).data;
    let sum = 0;
    for (let i = 0; i < d.length; i += 4) sum += (d[i] + d[i + 1] + d[i + 2]) / 3;
    return sum / (d.length / 4);
  }, [x, y, w, h]);
}

async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, {type: 'text/markdown'}));
    const target = document.getElementById('canvas');
    target.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
    target.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
  }, files.map((f) => ({name: path.basename(f), text: fs.readFileSync(f, 'utf8')})));
  await settle(page, 3);
}

export default [
  {
    name: 'crisp text at ratios 1, 1.5 and 2; Latin Extended, Greek and Cyrillic names typed, stored and drawn',
    async run({browser, baseUrl}) {
      const seen = [];
      for (const dpr of [1, 1.5, 2]) {
        const {ctx, page} = await openApp(browser, baseUrl, {dpr});
        const c = await canvasColours(page);
        assertEqual([c.width, c.height], [Math.round(1280 * dpr), Math.round(800 * dpr)], `backing store at ratio ${dpr}`);
        const fi = await info(page);
        assertEqual(fi.framebufferScale, [dpr, dpr], `framebuffer scale at ratio ${dpr}`);
        assertEqual(fi.displaySize, [1280, 800], `ImGui works in CSS pixels at ratio ${dpr}`);
        assertEqual(fi.bodyFontPixels, 16 * dpr, `body font rasterized at ratio ${dpr}`);
        assert(Math.abs(fi.fontGlobalScale - 1 / dpr) < 1e-4, `font drawn at 1/${dpr}: ${fi.fontGlobalScale}`);
        assertEqual(await page.evaluate((t) => window.scorecardTest.missingGlyphs(t), UNICODE_NAME + INTERVIEWER),
          '', 'characters the fonts cannot draw');
        await shot(page, `platform-start-dpr${dpr}`);
        if (dpr === 1) {
          // Key by key once (the slow, real path); the larger ratios only need the pixels.
          await startInterview(page, UNICODE_NAME, INTERVIEWER);
        } else {
          await click(page, {idPart: '##candidate'});
          await page.keyboard.insertText(UNICODE_NAME);
          await click(page, {idPart: '##interviewer'});
          await page.keyboard.insertText(INTERVIEWER);
          await click(page, {label: 'Start interview'});
          await find(page, {label: 'Review and submit'});
        }
        const d = await storedDraft(page, (x) => x.scorecard.candidate.name !== '', 'names stored');
        assertEqual(d.scorecard.candidate.name, UNICODE_NAME, 'candidate name round trip');
        assertEqual(d.scorecard.interviewer.name, INTERVIEWER, 'interviewer name round trip');
        await page.mouse.move(5, 790);
        await settle(page, 2);
        await shot(page, `platform-interview-dpr${dpr}`);
        await shotClip(page, `platform-interview-dpr${dpr}-detail`, {x: 0, y: 60, width: 760, height: 200});
        assertEqual(page.problems, [], 'console errors');
        seen.push(`${dpr}: ${c.width}x${c.height}, font ${fi.bodyFontPixels}px, atlas ${fi.atlas.join('x')}`);
        await ctx.close();
      }
      console.log('      ' + seen.join('; '));
    },
  },
  {
    name: 'follows a pixel ratio change (other monitor, browser zoom)',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {dpr: 1});
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', {width: 1280, height: 800, deviceScaleFactor: 2, mobile: false});
      // The emulated change fires no event (a real one fires the resolution media query):
      // the next frame, here caused by moving the mouse, notices the new ratio.
      await page.mouse.move(640, 600);
      await page.waitForFunction(() => document.getElementById('canvas').width === 2560, null, {timeout: 10000});
      await settle(page, 2);
      const fi = await info(page);
      assertEqual(fi.framebufferScale, [2, 2], 'framebuffer scale after the change');
      assertEqual(fi.bodyFontPixels, 32, 'font atlas rebuilt at ratio 2');
      const c = await canvasColours(page);
      assertEqual([c.width, c.height], [2560, 1600], 'backing store after the change');
      assert(c.colours > 8, 'still draws');
      await find(page, {label: 'Start interview'});
      await shot(page, 'platform-ratio-change-to-2');
      await ctx.close();
    },
  },
  {
    name: 'clipboard both ways: Ctrl+A, Ctrl+C, Ctrl+X, Ctrl+V with the system clipboard',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {permissions: ['clipboard-read', 'clipboard-write']});
      const readClipboard = () => page.evaluate(() => navigator.clipboard.readText());
      // Copy: select all in the candidate field, Ctrl+C, the system clipboard has it.
      await typeInto(page, {idPart: '##candidate'}, 'Ada Lovelace');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+C');
      await settle(page);
      assertEqual(await readClipboard(), 'Ada Lovelace', 'system clipboard after Ctrl+C');
      // Paste: another text on the system clipboard, Ctrl+V into the interviewer field.
      await page.evaluate(() => navigator.clipboard.writeText('Grace Brewster Hopper'));
      await click(page, {idPart: '##interviewer'});
      await page.keyboard.press('Control+V');
      await settle(page);
      // Cut: select all in the candidate field, Ctrl+X empties it; End then typing proves it.
      await click(page, {idPart: '##candidate'});
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+X');
      await settle(page);
      assertEqual(await readClipboard(), 'Ada Lovelace', 'system clipboard after Ctrl+X');
      await page.keyboard.press('End');
      await page.keyboard.type('Ada King');
      await click(page, {label: 'Start interview'});
      await find(page, {label: 'Review and submit'});
      let d = await storedDraft(page);
      assertEqual(d.scorecard.candidate.name, 'Ada King', 'candidate after cut and typing');
      assertEqual(d.scorecard.interviewer.name, 'Grace Brewster Hopper', 'interviewer pasted from the system clipboard');
      // A multi-line note field takes a paste too.
      await page.evaluate(() => navigator.clipboard.writeText('Led the incident review; coached two leads.'));
      await click(page, {idPart: '##question-'});
      await page.keyboard.press('Control+V');
      await settle(page);
      d = await storedDraft(page, (x) => x.scorecard.competencies.some((c) => (c.questions || []).length > 0), 'pasted note stored');
      const notes = d.scorecard.competencies.flatMap((c) => (c.questions || []).map((q) => q.note));
      assertEqual(notes, ['Led the incident review; coached two leads.'], 'note pasted');
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
  {
    name: 'files: drop of two rubrics imports both (kept after reload), the chooser imports, a bad file names itself, export downloads a named file',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl);
      await dropFiles(page, [RUBRIC_A, RUBRIC_B]);
      const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('scorecard:rubric:'))
        .map((k) => ({id: k.slice('scorecard:rubric:'.length), title: JSON.parse(localStorage.getItem(k)).title})));
      assertEqual(stored.length, 2, 'two rubrics stored: ' + JSON.stringify(stored));
      await find(page, {label: 'Import rubric...'});  // the drop opened the library
      for (const r of stored) {
        const w = await find(page, {idPart: '##lib-' + r.id});
        assertEqual(w.label, r.title, 'library lists ' + r.id);
      }
      await page.reload();
      await waitReady(page);
      await click(page, {label: 'Rubric library'});
      for (const r of stored) await find(page, {idPart: '##lib-' + r.id});
      // The file chooser behind "Import rubric..." takes a third.
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', {timeout: 10000}),
        click(page, {label: 'Import rubric...'})]);
      assert(chooser.isMultiple(), 'the chooser takes several files');
      await chooser.setFiles(RUBRIC_C);
      await settle(page, 3);
      const third = await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('scorecard:rubric:')).length === 3,
        null, {timeout: 10000}).then(() => true).catch(() => false);
      assert(third, 'rubric from the file chooser stored');
      // A bad file: an error notice that names it, and nothing stored.
      await dropFiles(page, [RUBRIC_BAD]);
      const notices = (await info(page)).notices;
      assert(notices.some((n) => n.kind === 'error' && n.text.includes('no-h1.md')), 'error notice names the file: ' + JSON.stringify(notices));
      await shot(page, 'platform-drop-bad-file');
      const count = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('scorecard:rubric:')).length);
      assertEqual(count, 3, 'bad file not stored');
      // Download: Export on the list of interviews.
      await click(page, {label: 'Interviews'});
      await startInterview(page, 'Zoë Ñúñez', 'Grace Hopper');
      await click(page, {label: 'Back to interviews'});
      const [download] = await Promise.all([page.waitForEvent('download', {timeout: 10000}), click(page, {label: 'Export'})]);
      const name = download.suggestedFilename();
      assert(/^[a-z0-9-]+\.scorecard\.json$/.test(name) && name.startsWith('zoe-nunez-grace-hopper-'), 'download name: ' + name);
      const file = path.join(await fs.promises.mkdtemp(path.join(os.tmpdir(), 'sc-dl-')), name);
      await download.saveAs(file);
      const j = JSON.parse(fs.readFileSync(file, 'utf8'));
      assertEqual([j.format, j.candidate.name], ['scorecard', 'Zoë Ñúñez'], 'downloaded scorecard');
      console.log(`      downloaded ${name}; imported ${stored.map((r) => r.title).join(', ')}`);
      await ctx.close();
    },
  },
  {
    name: 'input: wheel scrolls at natural speed, Tab moves between fields, dead keys, AltGr and IME text',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl);
      const cdp = await ctx.newCDPSession(page);
      // Tab from candidate to interviewer; the interviewer field gets text made by a
      // dead key (Windows style: 'Dead' then the composed letter), AltGr (Ctrl+Alt on
      // Windows) and an IME composition that commits.
      await typeInto(page, {idPart: '##candidate'}, 'Ren');
      await cdp.send('Input.dispatchKeyEvent', {type: 'rawKeyDown', key: 'Dead', code: 'BracketLeft', windowsVirtualKeyCode: 219});
      await cdp.send('Input.dispatchKeyEvent', {type: 'keyUp', key: 'Dead', code: 'BracketLeft', windowsVirtualKeyCode: 219});
      await cdp.send('Input.dispatchKeyEvent', {type: 'keyDown', key: 'é', code: 'KeyE', text: 'é', windowsVirtualKeyCode: 69});
      await cdp.send('Input.dispatchKeyEvent', {type: 'keyUp', key: 'é', code: 'KeyE', windowsVirtualKeyCode: 69});
      await page.keyboard.insertText('e');
      await page.keyboard.press('Tab');
      await settle(page);
      await page.keyboard.type('a');
      // AltGr+Q on a German layout as Windows reports it: Ctrl+Alt with the key '@'.
      await cdp.send('Input.dispatchKeyEvent', {type: 'keyDown', modifiers: 3, key: '@', code: 'KeyQ', text: '@', windowsVirtualKeyCode: 81});
      await cdp.send('Input.dispatchKeyEvent', {type: 'keyUp', modifiers: 3, key: '@', code: 'KeyQ', windowsVirtualKeyCode: 81});
      await page.keyboard.insertText('b ');
      await cdp.send('Input.imeSetComposition', {text: 'に', selectionStart: 1, selectionEnd: 1});
      await cdp.send('Input.imeSetComposition', {text: 'にほ', selectionStart: 2, selectionEnd: 2});
      await cdp.send('Input.insertText', {text: 'Ñandú'});
      await settle(page);
      await click(page, {label: 'Start interview'});
      await find(page, {label: 'Review and submit'});
      const d = await storedDraft(page);
      assertEqual(d.scorecard.candidate.name, 'Renée', 'dead key');
      assertEqual(d.scorecard.interviewer.name, 'a@b Ñandú', 'Tab, AltGr and IME commit');
      // Wheel: 200 pixels of wheel move the interview column's content 200 pixels.
      await settle(page, 3);
      const again = await columnWidget(page, 200);
      const before = await again();
      await page.mouse.move(800, 500);
      await page.mouse.wheel(0, 200);
      await settle(page, 3);
      const after = await again();
      const moved = before.y - after.y;
      assert(Math.abs(moved - 200) <= 2, `wheel of 200 px moved content ${moved} px`);
      await page.mouse.wheel(0, -120);
      await settle(page, 3);
      const back = await again();
      assert(Math.abs(back.y - after.y - 120) <= 2, `wheel of -120 px moved content ${back.y - after.y} px`);
      console.log(`      wheel 200 px -> ${moved} px, wheel -120 px -> ${back.y - after.y} px`);
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
  {
    name: 'touch: a tap is a click, a drag scrolls',
    async run({browser, baseUrl}) {
      const context = await browser.newContext({viewport: {width: 1280, height: 800}, hasTouch: true, serviceWorkers: 'block'});
      const {ctx, page} = await openApp(browser, baseUrl, {context});
      const cdp = await ctx.newCDPSession(page);
      const tap = async (query) => {
        const w = await find(page, query);
        await page.touchscreen.tap(w.x + Math.min(w.w / 2, 40), w.y + w.h / 2);
        await settle(page);
      };
      await tap({label: 'Rubric library'});
      await find(page, {label: 'Import rubric...'});
      await tap({label: 'Interviews'});
      await tap({idPart: '##candidate'});
      await page.keyboard.type('Ada Lovelace');
      await tap({idPart: '##interviewer'});
      await page.keyboard.type('Grace Hopper');
      await tap({label: 'Start interview'});
      await find(page, {label: 'Review and submit'});
      await settle(page, 3);
      const again = await columnWidget(page, 200);
      const before = await again();
      const points = (y) => [{x: 800, y, id: 1}];
      await cdp.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: points(600)});
      for (let y = 580; y >= 400; y -= 20) await cdp.send('Input.dispatchTouchEvent', {type: 'touchMove', touchPoints: points(y)});
      await cdp.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
      await settle(page, 3);
      const after = await again();
      const moved = before.y - after.y;
      assert(Math.abs(moved - 200) <= 3, `a 200 px drag moved content ${moved} px`);
      // The drag was not a click: still on the interview screen, nothing else opened.
      await find(page, {label: 'Review and submit'});
      console.log(`      drag 200 px -> ${moved} px`);
      await ctx.close();
    },
  },
  {
    name: 'idle: no frames on the start screen or with the clock stopped, about one a second while it runs',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl);
      await page.mouse.move(5, 790);
      const start = await idleFrames(page, 3000);
      assert(start <= 2, `start screen drew ${start} frames in 3 idle seconds`);
      await startInterview(page);
      await page.mouse.move(5, 790);
      const stopped = await idleFrames(page, 3000);
      assert(stopped <= 2, `interview screen with the clock stopped drew ${stopped} frames in 3 idle seconds`);
      await click(page, {label: 'Start clock'});
      await page.mouse.move(5, 790);
      const interview = await idleFrames(page, 3000);
      assert(interview >= 2 && interview <= 5, `interview screen drew ${interview} frames in 3 idle seconds (clock: ~3)`);
      console.log(`      idle frames over 3 s: start ${start}, clock stopped ${stopped}, clock running ${interview}`);
      await ctx.close();
    },
  },
  {
    name: 'offline: the service worker caches this build and the app starts with the network off; manifest with icons',
    async run({browser, baseUrl, requests}) {
      const {ctx, page} = await openWithServiceWorker(browser, baseUrl);
      const version = (await (await page.request.get(baseUrl + 'version.txt')).text()).trim();
      const cached = await page.evaluate(async () => {
        const keys = await caches.keys();
        const out = {};
        for (const k of keys) out[k] = (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname);
        return out;
      });
      const files = cached['scorecard-' + version];
      assert(files, `cache scorecard-${version} exists: ${Object.keys(cached)}`);
      for (const f of ['/', '/index.html', '/scorecard.js', '/scorecard.wasm', '/fonts/inter-regular-latin.otf', '/fonts/inter-semibold-extended.otf', '/manifest.webmanifest'])
        assert(files.includes(f), `${f} cached: ${files}`);
      // Manifest: valid JSON, installable icons that are real PNGs of their size.
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector('link[rel=manifest]');
        const m = await (await fetch(link.href)).json();
        const icons = [];
        for (const i of m.icons.filter((x) => x.type === 'image/png')) {
          const bmp = await createImageBitmap(await (await fetch(new URL(i.src, link.href))).blob());
          icons.push({sizes: i.sizes, actual: `${bmp.width}x${bmp.height}`});
        }
        return {name: m.name, display: m.display, start_url: m.start_url, icons};
      });
      for (const size of ['192x192', '512x512'])
        assert(manifest.icons.some((i) => i.sizes === size && i.actual === size), `icon ${size}: ${JSON.stringify(manifest.icons)}`);
      assertEqual([manifest.display, manifest.start_url], ['standalone', './'], 'manifest display and start');
      // Network off, reload: the app starts from the cache; the server sees nothing.
      const served = requests.length;
      await ctx.setOffline(true);
      await page.reload();
      await waitReady(page);
      await find(page, {label: 'Start interview'});
      assertEqual(requests.slice(served).map((r) => r.url), [], 'requests reaching the server while offline');
      await shot(page, 'platform-offline');
      console.log(`      cache scorecard-${version}: ${files.length} files`);
      await ctx.close();
    },
  },
  {
    name: 'privacy: every request goes to the page\'s own origin; CSP present and never violated',
    async run({browser, baseUrl, requests}) {
      const ctx = await browser.newContext({viewport: {width: 1280, height: 800}, serviceWorkers: 'block', acceptDownloads: true});
      await ctx.addInitScript(() => {
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const seen = [];
      ctx.on('request', (r) => seen.push(r.url()));
      const served = requests.length;
      const {page} = await openApp(browser, baseUrl, {context: ctx});
      const csp = await page.evaluate(() => {
        const m = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
        return m ? m.content : '';
      });
      assert(/default-src 'self'/.test(csp) && /script-src 'self' 'wasm-unsafe-eval'(;|$)/.test(csp), 'CSP: ' + csp);
      assert(!/https?:|\*|'unsafe-eval'|'unsafe-inline'/.test(csp), 'CSP allows only this origin: ' + csp);
      await startInterview(page, 'Ada Lovelace', 'Grace Hopper');
      await typeInto(page, {idPart: '##question-'}, 'Coached two leads.');
      await click(page, {label: 'Back to interviews'});
      await Promise.all([page.waitForEvent('download', {timeout: 10000}), click(page, {label: 'Export'})]);
      await click(page, {label: 'Rubric library'});
      await dropFiles(page, [RUBRIC_B]);
      await settle(page, 2);
      const origin = new URL(baseUrl).origin;
      const foreign = seen.filter((u) => !(u.startsWith(origin + '/') || u.startsWith('blob:' + origin + '/')));
      assertEqual(foreign, [], 'requests to other origins');
      const log = requests.slice(served);
      assert(log.length >= 4, 'server saw the page load: ' + JSON.stringify(log));
      assertEqual(log.filter((r) => r.status !== 200), [], 'failed requests');
      assertEqual(await page.evaluate(() => window.__csp), [], 'CSP violations');
      assertEqual(page.problems, [], 'console errors');
      console.log(`      ${seen.length} requests, all to ${origin}: ${[...new Set(log.map((r) => r.url))].join(' ')}`);
      await ctx.close();
    },
  },
  {
    name: 'looks: dark and light follow the system and switch; 1024x700 and 200% zoom layouts',
    async run({browser, baseUrl}) {
      const dark = await browser.newContext({viewport: {width: 1280, height: 800}, colorScheme: 'dark', serviceWorkers: 'block'});
      let {page} = await openApp(browser, baseUrl, {context: dark});
      const bgDark = await brightness(page, 600, 700, 200, 60);
      assert(bgDark < 60, `dark system theme: background brightness ${bgDark}`);
      await shot(page, 'platform-dark');
      await click(page, {idPart: '##theme'});
      await click(page, {label: 'Light theme'});
      await settle(page, 2);
      const bgSwitched = await brightness(page, 600, 700, 200, 60);
      assert(bgSwitched > 200, `switched to light: background brightness ${bgSwitched}`);
      const theme = await page.evaluate(() => JSON.parse(localStorage.getItem('scorecard:state')).theme);
      assertEqual(theme, 'light', 'theme choice stored');
      await dark.close();
      const light = await browser.newContext({viewport: {width: 1280, height: 800}, colorScheme: 'light', serviceWorkers: 'block'});
      ({page} = await openApp(browser, baseUrl, {context: light}));
      const bgLight = await brightness(page, 600, 700, 200, 60);
      assert(bgLight > 200, `light system theme: background brightness ${bgLight}`);
      await light.close();
      console.log(`      background brightness: dark ${bgDark.toFixed(0)}, switched ${bgSwitched.toFixed(0)}, light ${bgLight.toFixed(0)}`);

      // Small window and 200% zoom (ratio 2 on a 640x400 CSS viewport ~ 1280x800 at 200%).
      for (const [w, h, dpr, name] of [[1024, 700, 1, '1024x700'], [640, 400, 2, 'zoom200']]) {
        const {ctx, page} = await openApp(browser, baseUrl, {width: w, height: h, dpr});
        const theme = await find(page, {idPart: '##theme'});
        assert(theme.x + theme.w <= w && theme.x > 0, `${name}: theme switch inside the window (${theme.x}+${theme.w})`);
        const start = await find(page, {label: 'Start interview'}).catch(() => null);
        await shot(page, `platform-start-${name}`);
        if (!start) await page.mouse.move(w / 2, h / 2);
        await click(page, {idPart: '##candidate'});
        await page.keyboard.insertText('Ada Lovelace');
        await click(page, {idPart: '##interviewer'});
        await page.keyboard.insertText('Grace Hopper');
        const go = await find(page, {label: 'Start interview'}).catch(async () => {
          await page.mouse.move(w / 2, h / 2);
          await page.mouse.wheel(0, 300);
          await settle(page);
          return find(page, {label: 'Start interview'});
        });
        await page.mouse.click(go.x + 20, go.y + go.h / 2);
        await find(page, {idPart: '##competency-'});
        await settle(page, 2);
        await shot(page, `platform-interview-${name}`);
        // Nothing runs off the window or under another control: the clock's times, its
        // buttons, the question's buttons and the rating levels wrap to the next line instead.
        const all = await widgets(page);
        const clock = all.find((x) => /^Competency[ \u00a0]1[ \u00a0]of[ \u00a0]4/.test(x.label));
        assert(clock, `${name}: the clock strip's text is shown`);
        for (const label of ['Start clock', 'Reset', 'Keys ?', 'Previous question', 'Next question', 'Asked']) {
          const b = all.find((x) => x.label === label);
          assert(b, `${name}: ${label} is on screen`);
          assert(b.x >= 0 && b.x + b.w <= w, `${name}: ${label} inside the window (${b.x}+${b.w} of ${w})`);
          const overlaps = b.x < clock.x + clock.w && clock.x < b.x + b.w && b.y < clock.y + clock.h && clock.y < b.y + b.h;
          assert(!overlaps, `${name}: ${label} does not cover the clock's text`);
        }
        await scrollTo(page, {label: '4  Exceeding'}, {x: w * 0.7, y: h * 0.7, step: 100});
        const levels = await widgets(page);
        for (const label of ['1  Improvement needed', '2  Maturing', '3  Performing', '4  Exceeding']) {
          const b = levels.find((x) => x.label === label);
          assert(b && b.x >= 0 && b.x + b.w <= w, `${name}: rating ${label} inside the window (${b && b.x}+${b && b.w} of ${w})`);
        }
        await ctx.close();
      }
    },
  },
  {
    name: 'loading screen, and clear messages without WebGL2 or WebAssembly',
    async run({browser, baseUrl}) {
      // Loading: on a slow connection the card shows a percentage that climbs while the
      // wasm and the fonts download, then goes. The page records every text it shows.
      let ctx = await browser.newContext({serviceWorkers: 'block'});
      await ctx.addInitScript(() => {
        window.__loadingTexts = [];
        document.addEventListener('DOMContentLoaded', () => {
          const el = document.getElementById('loading-text');
          window.__loadingTexts.push(el.textContent);
          new MutationObserver(() => window.__loadingTexts.push(el.textContent))
            .observe(el, {childList: true, characterData: true, subtree: true});
        });
      });
      let page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: 20, downloadThroughput: 500e3, uploadThroughput: 500e3});
      await page.goto(baseUrl + '?test', {waitUntil: 'commit'});
      await page.waitForFunction(() => /[2-8]\d%/.test(document.getElementById('loading-text').textContent), null, {timeout: 20000});
      await shot(page, 'platform-loading');
      await waitReady(page);
      await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1});
      const texts = await page.evaluate(() => window.__loadingTexts);
      const percents = texts.map((t) => /(\d+)%/.exec(t)).filter(Boolean).map((m) => Number(m[1]));
      assert(texts.every((t) => /^Loading/.test(t)), 'loading texts: ' + JSON.stringify(texts));
      assert(percents.filter((p) => p > 5 && p < 95).length >= 3, 'progress between 5 and 95%: ' + percents);
      assert(percents.every((p, i) => i === 0 || p >= percents[i - 1]), 'progress only climbs: ' + percents);
      assertEqual(await page.evaluate(() => getComputedStyle(document.getElementById('loading')).display), 'none', 'loading card gone');
      console.log(`      loading progress: ${percents.length} steps, ${percents.slice(0, 3).join(' ')} ... ${percents.slice(-2).join(' ')}`);
      await ctx.close();

      const cases = [
        ['webgl2', () => {
          const get = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
            return kind === 'webgl2' ? null : get.call(this, kind, ...rest);
          };
        }, /WebGL2/],
        ['wasm', () => { delete window.WebAssembly; }, /WebAssembly/],
      ];
      for (const [name, script, expected] of cases) {
        ctx = await browser.newContext({serviceWorkers: 'block'});
        await ctx.addInitScript(script);
        page = await ctx.newPage();
        await page.goto(baseUrl + '?test');
        await page.waitForFunction(() => document.getElementById('loading').classList.contains('failed'), null, {timeout: 10000});
        const text = await page.textContent('#loading-text');
        assert(expected.test(text), `${name} missing: message "${text}"`);
        assert(await page.isVisible('#loading-text'), `${name} message visible`);
        await shot(page, `platform-no-${name}`);
        await ctx.close();
      }
    },
  },
];
