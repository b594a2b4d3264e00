// Browser benchmark (scripts/bench.sh): Scorecard's release site and the reference (Dear
// ImGui's GLFW example with its demo window) measured side by side in one run, in headless
// Chromium (SwiftShader: software GL, so frame costs are upper bounds).
//   - first frame: the first WebGL draw call, from navigation start (a cold load: a new
//     browser context, empty cache); first usable frame: the app's own performance mark;
//     the median of N loads, the two sites alternating so noise hits both alike
//   - frames in 3 idle seconds (canvas clears)
//   - CPU per frame while typing into a note and while scrolling, and peak WASM memory
//   - the accessibility mirror's cost per frame with 500 widgets (Scorecard only)
// Prints "key<TAB>scorecard<TAB>reference" lines for scripts/bench.sh to tabulate.
// Usage: node bench/bench_browser.mjs SCORECARD_SITE REFERENCE_SITE [LOADS]
import {launch} from '../tests/browser/lib.mjs';
import {startServer} from '../scripts/serve.mjs';

const [siteDir, refDir, loadsArg] = process.argv.slice(2);
const LOADS = Number(loadsArg || 7);

// Counts clears (one per frame in both apps), stamps the first draw and times each call of
// the function that draws a frame.
// getParameter is timed too: ImGui's OpenGL3 renderer (the reference's) reads GL state back
// every frame, and under SwiftShader a read waits for the GPU process to finish rasterizing
// the last frame; Scorecard's own WebGL2 renderer reads none.
function instrument() {
  window.__bench = {clears: 0, firstDraw: null, glGetMs: 0};
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const clear = proto.clear, draw = proto.drawElements, get = proto.getParameter;
    proto.getParameter = function (p) { const t = performance.now(); const r = get.call(this, p); window.__bench.glGetMs += performance.now() - t; return r; };
    proto.clear = function (m) { window.__bench.clears++; return clear.call(this, m); };
    proto.drawElements = function (...a) {
      if (window.__bench.firstDraw === null) window.__bench.firstDraw = performance.now();
      return draw.apply(this, a);
    };
  }
}

async function coldLoad(browser, url, usableMark) {
  const ctx = await browser.newContext({viewport: {width: 1280, height: 800}, serviceWorkers: 'block'});
  await ctx.addInitScript(instrument);
  const page = await ctx.newPage();
  await page.goto(url, {waitUntil: 'commit'});
  await page.waitForFunction(() => window.__bench && window.__bench.firstDraw !== null, null, {timeout: 60000});
  let usable = null;
  if (usableMark) {
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, usableMark, {timeout: 60000});
    usable = await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, usableMark);
  }
  const first = await page.evaluate(() => window.__bench.firstDraw);
  // The files fetched before the first frame: the page and what started loading before it drew.
  const before = await page.evaluate((t) => ['index.html', ...performance.getEntriesByType('resource')
    .filter((e) => e.startTime < t && e.name.startsWith(location.origin))
    .map((e) => new URL(e.name).pathname.slice(1))], first);
  return {ctx, page, first, usable, before: [...new Set(before.filter(Boolean))]};
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p90 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.9))]; };

async function idleFrames(page) {
  await page.mouse.move(5, 795);
  await page.waitForTimeout(1000);
  const before = await page.evaluate(() => window.__bench.clears);
  await page.waitForTimeout(3000);
  return (await page.evaluate(() => window.__bench.clears)) - before;
}

// Wraps the per-frame function: Scorecard's Module._sc_frame, the reference's animation
// frame callbacks (Emscripten's main loop runs in them).
async function startTiming(page, scorecard) {
  await page.evaluate((scorecard) => {
    window.__times = [];
    const timed = (fn) => function (...a) { const t = performance.now(); const r = fn.apply(this, a); window.__times.push(performance.now() - t); return r; };
    if (scorecard) Module._sc_frame = timed(Module._sc_frame);
    else { const raf = window.requestAnimationFrame; window.requestAnimationFrame = (cb) => raf(timed(cb)); }
  }, scorecard);
}
async function takeTimes(page) {
  return page.evaluate(() => {
    const t = window.__times, gl = window.__bench.glGetMs;
    window.__times = []; window.__bench.glGetMs = 0;
    return {times: t, glWait: t.length ? gl / t.length : 0};
  });
}
async function peakMemory(page) { return page.evaluate(() => (typeof HEAP8 !== 'undefined' ? HEAP8 : Module.HEAP8).length); }

async function typeAndScroll(page, at, scorecard) {
  await page.mouse.click(at.note.x, at.note.y);
  await page.waitForTimeout(300);
  await takeTimes(page);
  await page.keyboard.type('Coached two team leads through an incident review and wrote the follow-up. '.repeat(3), {delay: 25});
  await page.waitForTimeout(300);
  const typing = await takeTimes(page);
  await page.keyboard.press('Escape');
  await page.mouse.move(at.scroll.x, at.scroll.y);
  await page.waitForTimeout(300);
  await takeTimes(page);
  for (let i = 0; i < 30; i++) { await page.mouse.wheel(0, i % 10 < 5 ? 120 : -120); await page.waitForTimeout(40); }
  await page.waitForTimeout(300);
  const scrolling = await takeTimes(page);
  return {typing, scrolling};
}

// Where Scorecard's fields are, from its test surface (?test), to replay on a plain page.
async function scorecardLayout(browser, base) {
  const ctx = await browser.newContext({viewport: {width: 1280, height: 800}, serviceWorkers: 'block'});
  const page = await ctx.newPage();
  await page.goto(base + '?test');
  await page.waitForFunction(() => window.scorecardTest && window.scorecardTest.ready() && window.scorecardTest.frames() > 1);
  const find = async (part) => {
    for (let i = 0; i < 50; i++) {
      const w = (await page.evaluate(() => window.scorecardTest.widgets())).find((x) => x.id.includes(part) || x.label === part);
      if (w) return {x: w.x + Math.min(40, w.w / 2), y: w.y + w.h / 2};
      await page.evaluate(() => window.scorecardTest.redraw());
      await page.waitForTimeout(50);
    }
    throw new Error('bench: no widget ' + part);
  };
  const at = {candidate: await find('##candidate'), interviewer: await find('##interviewer'), start: await find('Start interview')};
  await startInterview(page, at);
  at.note = await find('##question-');
  at.startClock = await find('Start clock');
  at.scroll = {x: 900, y: 500};
  await ctx.close();
  return at;
}
async function startInterview(page, at) {
  await page.mouse.click(at.candidate.x, at.candidate.y);
  await page.keyboard.type('Bench Candidate');
  await page.mouse.click(at.interviewer.x, at.interviewer.y);
  await page.keyboard.type('Bench Interviewer');
  await page.mouse.click(at.start.x, at.start.y);
  await page.waitForTimeout(500);
}

const servers = [await startServer({dir: siteDir, port: 0}), await startServer({dir: refDir, port: 0})];
const [sc, ref] = servers.map((s) => `http://127.0.0.1:${s.address().port}/`);
const browser = await launch();
const at = await scorecardLayout(browser, sc);
const loads = {sc: [], scUsable: [], scComplete: [], ref: [], scBefore: [], refBefore: []};
for (let i = 0; i < LOADS; i++) {
  for (const which of i % 2 ? ['ref', 'sc'] : ['sc', 'ref']) {
    const r = await coldLoad(browser, which === 'sc' ? sc : ref, which === 'sc' ? 'scorecard-usable' : null);
    if (which === 'sc') {
      loads.sc.push(r.first); loads.scUsable.push(r.usable); loads.scBefore = r.before;
      await r.page.waitForFunction(() => performance.getEntriesByName('scorecard-fonts-complete').length > 0, null, {timeout: 60000});
      loads.scComplete.push(await r.page.evaluate(() => performance.getEntriesByName('scorecard-fonts-complete')[0].startTime));
    } else { loads.ref.push(r.first); loads.refBefore = r.before; }
    await r.ctx.close();
  }
}
const out = [];
const row = (k, a, b) => out.push(`${k}\t${a}\t${b}`);
row('requested before the first frame', loads.scBefore.join(' '), loads.refBefore.join(' '));
row('first frame, ms (median of ' + LOADS + ')', median(loads.sc).toFixed(0), median(loads.ref).toFixed(0));
row('first usable frame, ms (median)', median(loads.scUsable).toFixed(0), median(loads.ref).toFixed(0));
row('all fonts in (Greek, Cyrillic, Latin Extended), ms (median)', median(loads.scComplete).toFixed(0), '-');

const s = await coldLoad(browser, sc, 'scorecard-usable');
const r = await coldLoad(browser, ref, null);
row('frames in 3 idle seconds (start screen / demo)', await idleFrames(s.page), await idleFrames(r.page));
await startInterview(s.page, at);
row('frames in 3 idle seconds (interview screen, clock not started)', await idleFrames(s.page), '-');
await s.page.mouse.click(at.startClock.x, at.startClock.y);
row('frames in 3 idle seconds (interview screen, clock running)', await idleFrames(s.page), '-');
await startTiming(s.page, true);
await startTiming(r.page, false);
const scT = await typeAndScroll(s.page, at, true);
const refT = await typeAndScroll(r.page, {note: {x: 640, y: 400}, scroll: {x: 300, y: 300}}, false);
const ms = (m) => m.times.length ? `${median(m.times).toFixed(2)} / ${p90(m.times).toFixed(2)} (${m.times.length} frames)` : '-';
const wait = (m) => m.glWait.toFixed(2);
row('CPU per frame typing a note, ms median / p90', ms(scT.typing), ms(refT.typing) + ' no text field');
row('  of which waiting in WebGL state reads, ms mean', wait(scT.typing), wait(refT.typing));
row('CPU per frame scrolling, ms median / p90', ms(scT.scrolling), ms(refT.scrolling));
row('  of which waiting in WebGL state reads, ms mean', wait(scT.scrolling), wait(refT.scrolling));
// The accessibility mirror: 500 widgets made from the interview screen's, updated with
// nothing changed (the per-frame cost) and with one name changed each time; and the
// typing frame beside it, to read the share.
const mirror = await s.page.evaluate(() => JSON.parse(UTF8ToString(Module._sc_bench_mirror(500, 400))));
row('accessibility mirror, 500 widgets, nothing changed, ms per frame', mirror.unchangedMs.toFixed(3), '-');
row('accessibility mirror, 500 widgets, one change, ms per frame (JSON ' + (mirror.jsonBytes / 1024).toFixed(0) + ' KB)',
  mirror.changedMs.toFixed(3), '-');
row('  widgets in the interview screen\'s own frame', mirror.frameItems, '-');
row('peak WASM memory, MB', ((await peakMemory(s.page)) / 1048576).toFixed(1), ((await peakMemory(r.page)) / 1048576).toFixed(1));
for (const x of [s, r]) await x.ctx.close();
await browser.close();
for (const srv of servers) srv.close();
console.log(out.join('\n'));
