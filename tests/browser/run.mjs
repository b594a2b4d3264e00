// Runs every tests/browser/*.test.mjs against build/site, served by a local
// server this runner starts and stops itself. Prints one line per test and
// "browser: N passed, N failed"; exits non-zero on any failure.
// Usage: node tests/browser/run.mjs [name-filter]
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {startServer} from '../../scripts/serve.mjs';
import {launch} from './lib.mjs';

const filter = process.argv[2] || '';
const dir = path.dirname(new URL(import.meta.url).pathname);
const site = path.resolve(process.env.SCORECARD_SITE || 'build/site');
if (!fs.existsSync(path.join(site, 'index.html'))) {
  console.error('browser: build/site is missing: build the web preset first');
  process.exit(2);
}
const requests = [];
const server = await startServer({dir: site, port: 0, log: (m, u, s) => requests.push({method: m, url: u, status: s})});
const baseUrl = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
let passed = 0, failed = 0;
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort();
for (const f of files) {
  const mod = await import(pathToFileURL(path.join(dir, f)).href);
  for (const t of mod.default) {
    const name = `${f.replace('.test.mjs', '')}: ${t.name}`;
    if (filter && !name.includes(filter)) continue;
    const started = Date.now();
    try {
      await Promise.race([
        t.run({browser, baseUrl, requests, server}),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 120 s')), 120000)),
      ]);
      passed++;
      console.log(`ok    ${name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed++;
      console.log(`FAIL  ${name}\n      ${String(err && err.stack || err).split('\n').slice(0, 6).join('\n      ')}`);
    }
  }
}
await browser.close();
server.close();
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
