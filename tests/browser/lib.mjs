// Helpers for Scorecard's browser tests: launch Debian's Chromium through
// playwright-core, open the app with ?test, find ImGui widgets by label through
// window.scorecardTest.widgets(), and act on them with real mouse and keyboard events.
import {chromium} from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export const SHOTS = path.resolve('build/browser-shots');
fs.mkdirSync(SHOTS, {recursive: true});

export const CHROMIUM_ARGS = ['--no-sandbox', '--use-gl=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--ignore-gpu-blocklist',
  // Two pages of one context stand for two tabs a person switches between; neither may be
  // throttled as a background tab while a test types into both.
  '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];

// Debian's Chromium: SCORECARD_CHROMIUM when set, else `chromium` (or chromium-browser) on PATH.
export function chromiumPath() {
  const fromEnv = process.env.SCORECARD_CHROMIUM;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`SCORECARD_CHROMIUM=${fromEnv}: no such file`);
    return fromEnv;
  }
  for (const dir of (process.env.PATH || '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = path.join(dir, name);
      try { fs.accessSync(candidate, fs.constants.X_OK); return candidate; } catch (_) { /* not in this folder */ }
    }
  }
  throw new Error('Chromium not found: install Debian\'s chromium package (scripts/setup.sh does) or set SCORECARD_CHROMIUM to its path');
}

export async function launch() {
  return chromium.launch({executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS});
}

// A fresh context (empty storage) and page with the app loaded and ready.
export async function openApp(browser, baseUrl, {dpr = 1, width = 1280, height = 800, permissions = [], context = null,
                                                query = '?test'} = {}) {
  const ctx = context || await browser.newContext({viewport: {width, height}, deviceScaleFactor: dpr,
    acceptDownloads: true, permissions, serviceWorkers: 'block'});
  const page = await ctx.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.problems = problems;
  await page.goto(baseUrl + query);
  await waitReady(page);
  return {ctx, page};
}

// A context with the service worker allowed, and a page it controls (offline tests).
export async function openWithServiceWorker(browser, baseUrl) {
  const ctx = await browser.newContext({viewport: {width: 1280, height: 800}, serviceWorkers: 'allow'});
  const page = await ctx.newPage();
  await page.goto(baseUrl + '?test');
  await waitReady(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {timeout: 20000});
  return {ctx, page};
}

export async function waitReady(page) {
  // Ready: started, drawing, and the fonts fetched after the first frame merged in.
  await page.waitForFunction(() => window.scorecardTest && window.scorecardTest.ready() && window.scorecardTest.frames() > 1
    && window.scorecardTest.fontsComplete(), null, {timeout: 30000});
  await settle(page);
}

// Makes the app draw `frames` more frames (each a redraw request, as input would
// cause), so the widget list and the canvas are current.
export async function settle(page, frames = 2) {
  for (let i = 0; i < frames; i++) {
    const start = await page.evaluate(() => { window.scorecardTest.redraw(); return window.scorecardTest.frames(); });
    await page.waitForFunction((n) => window.scorecardTest.frames() > n, start, {timeout: 10000});
  }
}

// Settles, then waits until two frames in a row publish the same widgets: after a click,
// ImGui applies a mouse release a frame after the press, the app's command a frame later,
// and clamps the scroll to shrunken content one frame after that, so a fixed number of
// frames can leave the next click aimed at where a widget was.
export async function stable(page, max = 12) {
  await settle(page);
  let last = JSON.stringify(await widgets(page));
  for (let i = 0; i < max; i++) {
    await settle(page, 1);
    const now = JSON.stringify(await widgets(page));
    if (now === last) return;
    last = now;
  }
}

export async function widgets(page) {
  return page.evaluate(() => window.scorecardTest.widgets());
}

// The first visible widget whose label equals `label` (or matches the regular expression
// `match`, or whose id contains `idPart`).
export async function find(page, {label, idPart, match, nth = 0, timeout = 5000}) {
  const until = Date.now() + timeout;
  for (;;) {
    const all = await widgets(page);
    const hits = all.filter((w) => (label === undefined || w.label === label) && (idPart === undefined || w.id.includes(idPart)) &&
      (match === undefined || match.test(w.label)));
    if (hits.length > nth) return hits[nth];
    if (Date.now() > until) {
      const labels = all.map((w) => w.label).filter(Boolean).slice(0, 80).join(' | ');
      throw new Error(`no widget ${JSON.stringify({label, idPart, match: match && String(match), nth})}; visible: ${labels}`);
    }
    await settle(page);
  }
}

export async function click(page, query) {
  const w = await find(page, query);
  await page.mouse.click(w.x + Math.min(w.w / 2, 40), w.y + w.h / 2);
  await stable(page);
  return w;
}

// Clicks a text field and types into it with real key events.
export async function typeInto(page, query, text) {
  const clicked = await click(page, query);
  // A field that moved while the click was on its way (a layout change from the previous
  // action landing late) was missed: click it where it is now, before typing.
  const now = await find(page, query);
  if (now.x !== clicked.x || now.y !== clicked.y) {
    await page.mouse.click(now.x + Math.min(now.w / 2, 40), now.y + now.h / 2);
    await stable(page);
  }
  await page.keyboard.type(text, {delay: 5});
  await settle(page);
}

// Fills the start screen's names and starts an interview with the default rubric.
export async function startInterview(page, candidate = 'Ada Lovelace', interviewer = 'Grace Hopper') {
  await typeInto(page, {idPart: '##candidate'}, candidate);
  await typeInto(page, {idPart: '##interviewer'}, interviewer);
  await click(page, {label: 'Start interview'});
  await find(page, {label: 'Review and submit'});
  await settle(page, 3);
}

// Clicks a text field, selects all it holds and types `text` in its place.
export async function replaceText(page, query, text) {
  const w = await find(page, query);
  await page.mouse.click(w.x + 10, w.y + w.h / 2);
  await settle(page);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await settle(page);
}

// Scrolls the area under (x, y) with the mouse wheel until `query` is visible.
export async function scrollTo(page, query, {x = 900, y = 500, step = 300, max = 40} = {}) {
  for (let i = 0; i < max; i++) {
    try { return await find(page, {...query, timeout: 0}); } catch (_) {}
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, step);
    await settle(page);
  }
  return find(page, query);
}

export async function shot(page, name) {
  const file = path.join(SHOTS, name + '.png');
  await page.screenshot({path: file});
  return file;
}

// A screenshot of one CSS-pixel rectangle at the device's resolution, to look at text closely.
export async function shotClip(page, name, clip) {
  const file = path.join(SHOTS, name + '.png');
  await page.screenshot({path: file, clip});
  return file;
}

// Counts distinct colours of the rendered canvas (needs the test build's preserved drawing buffer).
export async function canvasColours(page) {
  return page.evaluate(() => {
    const c = document.getElementById('canvas');
    const o = document.createElement('canvas');
    o.width = c.width; o.height = c.height;
    const g = o.getContext('2d');
    g.drawImage(c, 0, 0);
    const d = g.getImageData(0, 0, o.width, o.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4 * 97) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return {colours: seen.size, width: c.width, height: c.height};
  });
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}
export function assertEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
