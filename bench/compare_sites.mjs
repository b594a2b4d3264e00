// Two builds of Scorecard side by side in one run (bench/compare_sites.mjs SITE_A SITE_B
// [ROUNDS]): the time inside a frame while typing into a question's note and while scrolling,
// the part of it spent in WebGL state reads, and the WASM heap. The two sites alternate so the
// noise of a shared machine hits both alike; each figure is the median over the rounds.
import {launch} from '../tests/browser/lib.mjs';
import {startServer} from '../scripts/serve.mjs';
const [aDir, bDir, roundsArg] = process.argv.slice(2);
const ROUNDS = Number(roundsArg || 3);
function instrument() {
  window.__bench = {glGetMs: 0};
  for (const proto of [WebGL2RenderingContext.prototype]) {
    const get = proto.getParameter;
    proto.getParameter = function (p) { const t = performance.now(); const r = get.call(this, p); window.__bench.glGetMs += performance.now() - t; return r; };
  }
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
async function measure(browser, base) {
  const ctx = await browser.newContext({viewport: {width: 1280, height: 800}, serviceWorkers: 'block'});
  await ctx.addInitScript(instrument);
  const page = await ctx.newPage();
  await page.goto(base + '?test');
  await page.waitForFunction(() => window.scorecardTest && window.scorecardTest.ready() && window.scorecardTest.frames() > 1 && window.scorecardTest.fontsComplete());
  const find = async (part) => {
    for (let i = 0; i < 50; i++) {
      const w = (await page.evaluate(() => window.scorecardTest.widgets())).find((x) => x.id.includes(part) || x.label === part);
      if (w) return {x: w.x + Math.min(40, w.w / 2), y: w.y + w.h / 2};
      await page.evaluate(() => window.scorecardTest.redraw()); await page.waitForTimeout(50);
    }
    throw new Error('no widget ' + part);
  };
  let p = await find('##candidate'); await page.mouse.click(p.x, p.y); await page.keyboard.type('Bench Candidate');
  p = await find('##interviewer'); await page.mouse.click(p.x, p.y); await page.keyboard.type('Bench Interviewer');
  p = await find('Start interview'); await page.mouse.click(p.x, p.y); await page.waitForTimeout(500);
  p = await find('##question-'); await page.mouse.click(p.x, p.y); await page.waitForTimeout(300);
  await page.evaluate(() => { window.__times = []; const f = Module._sc_frame; Module._sc_frame = function (...a) { const t = performance.now(); const r = f.apply(this, a); window.__times.push(performance.now() - t); return r; }; window.__bench.glGetMs = 0; });
  await page.keyboard.type('Coached two team leads through an incident review and wrote the follow-up. '.repeat(2), {delay: 25});
  await page.waitForTimeout(300);
  const typing = await page.evaluate(() => { const t = window.__times; const g = window.__bench.glGetMs; window.__times = []; window.__bench.glGetMs = 0; return {t, g}; });
  await page.keyboard.press('Escape'); await page.mouse.move(900, 500); await page.waitForTimeout(300);
  await page.evaluate(() => { window.__times = []; window.__bench.glGetMs = 0; });
  for (let i = 0; i < 30; i++) { await page.mouse.wheel(0, i % 10 < 5 ? 120 : -120); await page.waitForTimeout(40); }
  await page.waitForTimeout(300);
  const scrolling = await page.evaluate(() => { const t = window.__times; const g = window.__bench.glGetMs; return {t, g}; });
  const mem = await page.evaluate(() => Module.HEAP8.length);
  await ctx.close();
  return {typing: median(typing.t), typingGl: typing.g / typing.t.length, scrolling: median(scrolling.t), scrollingGl: scrolling.g / Math.max(1, scrolling.t.length), mem};
}
const servers = [await startServer({dir: aDir, port: 0}), await startServer({dir: bDir, port: 0})];
const urls = servers.map((s) => `http://127.0.0.1:${s.address().port}/`);
const browser = await launch();
const res = {a: [], b: []};
for (let i = 0; i < ROUNDS; i++) for (const k of i % 2 ? ['b', 'a'] : ['a', 'b']) res[k].push(await measure(browser, urls[k === 'a' ? 0 : 1]));
for (const k of ['a', 'b']) {
  const m = (f) => median(res[k].map((r) => r[f])).toFixed(2);
  console.log(`${k === "a" ? aDir : bDir}: typing ${m('typing')} ms/frame (gl reads ${m('typingGl')}), scrolling ${m('scrolling')} (gl ${m('scrollingGl')}), heap ${(median(res[k].map((r) => r.mem)) / 1048576).toFixed(1)} MB`);
}
await browser.close(); for (const s of servers) s.close();
