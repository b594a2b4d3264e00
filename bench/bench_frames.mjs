// Browser benchmark: page load to first frame, and the cost of one ImGui frame on
// the start screen and on the interview screen (sc_frame called back to back, so
// the number is CPU time in WASM plus WebGL submission under SwiftShader).
import {launch, openApp, typeInto, click, find} from '../tests/browser/lib.mjs';
import {startServer} from '../scripts/serve.mjs';

const server = await startServer({dir: process.env.SCORECARD_SITE || 'build/site', port: 0});
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const t0 = Date.now();
const {page} = await openApp(browser, base);
const loadMs = Date.now() - t0;
async function frameCost(n) {
  return page.evaluate((n) => {
    const times = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      Module._sc_frame(t);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return {median: times[Math.floor(n / 2)], p90: times[Math.floor(n * 0.9)]};
  }, n);
}
const start = await frameCost(200);
await typeInto(page, {idPart: '##candidate'}, 'Bench Candidate');
await typeInto(page, {idPart: '##interviewer'}, 'Bench Interviewer');
await click(page, {label: 'Start interview'});
await find(page, {label: 'Review and submit'});
const interview = await frameCost(200);
console.log(`page load to ready (ms)                      ${loadMs}`);
console.log(`frame, start screen: median / p90 (ms)       ${start.median.toFixed(2)} / ${start.p90.toFixed(2)}`);
console.log(`frame, interview screen: median / p90 (ms)   ${interview.median.toFixed(2)} / ${interview.p90.toFixed(2)}`);
await browser.close();
server.close();
