// The About view and the licence texts (issue 18): F1 or the top bar opens About over
// every screen, Escape and Close return to where the user was (a note being typed keeps
// its text); About shows the version, the build id, the privacy promise and every
// component the site ships with its licence; the site's licenses.txt carries each
// licence text, is cached by the service worker and loads in About while offline.
import fs from 'node:fs';
import {openApp, waitReady, find, click, typeInto, settle, shot, shotClip, widgets, assert, assertEqual, openWithServiceWorker} from './lib.mjs';

const PRIVACY = 'Nothing leaves this device unless you export it.';

// THIRD_PARTY.md's rows shipped in the site: {id, name, version, licence, text}.
function siteRows() {
  return fs.readFileSync('THIRD_PARTY.md', 'utf8').split('\n')
    .filter((l) => /^\| [a-z0-9-]+ \|/.test(l) && !l.startsWith('| id |'))
    .map((l) => l.replace(/^\| | \|$/g, '').replace(/`/g, '').split(' | '))
    .filter((c) => c[4].split(', ').includes('site'))
    .map((c) => ({id: c[0], name: c[1], version: c[2], licence: c[3], text: c[6]}));
}

async function aboutShown(page) {
  return (await widgets(page)).some((w) => w.label === PRIVACY && w.id.startsWith('About Scorecard'));
}

async function waitAbout(page, shown, what) {
  for (let i = 0; i < 20; i++) {
    if (await aboutShown(page) === shown) return;
    await settle(page);
  }
  throw new Error(`${what}: About is ${shown ? 'not shown' : 'still shown'}`);
}

// Opens About with F1 on the current screen, checks it, leaves with Escape and checks the
// screen is still the one identified by `marker`.
async function aboutByKey(page, screen, marker) {
  await page.keyboard.press('F1');
  await waitAbout(page, true, `F1 on the ${screen} screen`);
  const version = (await widgets(page)).find((w) => /^Version /.test(w.label));
  assert(version && /^Version \d+\.\d+\.\d+ {2}· {2}build ([0-9a-f]{12}(-modified)?|unknown)$/.test(version.label),
    `${screen}: version and build id: ${version && version.label}`);
  await page.keyboard.press('Escape');
  await waitAbout(page, false, `Escape on the ${screen} screen`);
  await find(page, marker);
}

export default [
  {
    name: 'About opens with F1 on every screen and from the top bar; Escape and Close return to the same place',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl);
      await aboutByKey(page, 'start', {label: 'Start interview'});
      await click(page, {label: 'Rubric library'});
      await aboutByKey(page, 'library', {label: 'Import rubric...'});
      await click(page, {label: 'Panel'});
      await aboutByKey(page, 'panel', {label: 'Load scorecards...'});
      await click(page, {label: 'Interviews'});
      await typeInto(page, {idPart: '##candidate'}, 'Ada Lovelace');
      await typeInto(page, {idPart: '##interviewer'}, 'Grace Hopper');
      await click(page, {label: 'Start interview'});
      await find(page, {label: 'Review and submit'});
      // F1 while typing a note: About opens, the note keeps every character.
      await typeInto(page, {idPart: '##question-'}, 'Ran the incident review');
      await aboutByKey(page, 'interview', {label: 'Review and submit'});
      await page.waitForTimeout(1200);  // autosave is within a second
      const stored = await page.evaluate(() => {
        const k = Object.keys(localStorage).find((x) => x.startsWith('scorecard:draft:'));
        return JSON.stringify(JSON.parse(localStorage.getItem(k)).scorecard);
      });
      assert(stored.includes('Ran the incident review'), 'note typed before F1 is kept: ' + stored.slice(0, 300));
      await click(page, {label: 'Review and submit'});
      await aboutByKey(page, 'review', {label: 'Back to the interview'});
      // The top bar's About, then Close.
      await click(page, {label: 'About'});
      await waitAbout(page, true, 'About in the top bar');
      await click(page, {label: 'Close'});
      await waitAbout(page, false, 'Close');
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
  {
    name: 'About lists every shipped component; licenses.txt carries every licence text, at ratios 1 and 2',
    async run({browser, baseUrl}) {
      const rows = siteRows();
      assert(rows.length >= 5, 'THIRD_PARTY.md site rows: ' + rows.length);
      for (const dpr of [1, 2]) {
        const {ctx, page} = await openApp(browser, baseUrl, {dpr, height: 900});
        const txt = await (await page.request.get(baseUrl + 'licenses.txt')).text();
        assert(/^Scorecard \d+\.\d+\.\d+ \(build [^)]+\): licences of this site/.test(txt), 'licenses.txt header: ' + txt.slice(0, 80));
        assert(txt.includes('Copyright 2026 The Scorecard authors'), 'licenses.txt has Scorecard\'s NOTICE');
        for (const r of rows) {
          assert(txt.includes(`${r.name} ${r.version}  (${r.licence})`), `licenses.txt names ${r.id}`);
          const copyright = fs.readFileSync(r.text, 'utf8').split('\n').find((l) => /Copyright|public domain/.test(l));
          assert(copyright && txt.includes(copyright.trim()), `licenses.txt has ${r.id}'s licence text (${copyright})`);
        }
        await page.keyboard.press('F1');
        await waitAbout(page, true, 'F1');
        const labels = (await widgets(page)).map((w) => w.label);
        for (const r of rows) {
          assert(labels.includes(r.name) && labels.includes(r.licence), `About lists ${r.id}: ${r.name}, ${r.licence}`);
        }
        const box = await find(page, {idPart: '##licence-texts', timeout: 10000});
        await shot(page, `about-dpr${dpr}`);
        await shotClip(page, `about-dpr${dpr}-detail`, {x: box.x - 30, y: box.y - 330, width: 560, height: 420});
        // The texts in the box are the site's file: select all and copy.
        await page.mouse.click(box.x + 40, box.y + 40);
        await settle(page);
        await page.keyboard.press('Control+a');
        await page.keyboard.press('Control+c');
        await settle(page);
        const copied = await page.evaluate(() => window.scorecardTest.clipboard());
        assertEqual(copied.length, txt.length, 'licence texts copied out of About');
        assert(copied === txt, 'copied text equals licenses.txt');
        assertEqual(page.problems, [], 'console errors');
        await ctx.close();
      }
    },
  },
  {
    name: 'offline: the service worker caches licenses.txt and About shows the licence texts with the network off',
    async run({browser, baseUrl, requests}) {
      const {ctx, page} = await openWithServiceWorker(browser, baseUrl);
      const cached = await page.evaluate(async () => {
        const out = [];
        for (const k of await caches.keys()) out.push(...(await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname));
        return out;
      });
      assert(cached.includes('/licenses.txt'), 'licenses.txt cached: ' + cached.join(' '));
      const served = requests.length;
      await ctx.setOffline(true);
      await page.reload();
      await waitReady(page);
      await page.keyboard.press('F1');
      await waitAbout(page, true, 'F1 offline');
      await find(page, {idPart: '##licence-texts', timeout: 10000});
      assertEqual(requests.slice(served).map((r) => r.url), [], 'requests reaching the server while offline');
      await shot(page, 'about-offline');
      await ctx.close();
    },
  },
];
