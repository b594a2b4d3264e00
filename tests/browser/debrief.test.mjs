// The debrief through real clicks: who said what (a card per interviewer, nothing of
// anyone's ratings, recommendation or text before the reveal), Tom Baker's late scorecard
// flagged, the draft listed apart and never counted, the 2026 interview held back with a
// question until the lead includes it (kept over a reload), and the matrix at 1024 px:
// the competency, flag, mean and spread stay in view while ten interviewers scroll, long
// names cut with the full name on hover and as the head's name. Expected values come from
// the fixture files themselves, never from the app.
import fs from 'node:fs';
import path from 'node:path';
import {openApp, waitReady, find, click, settle, stable, shot, scrollTo, widgets, assert, assertEqual} from './lib.mjs';

const DATA = path.resolve('tests/data/scorecards');
const GOOD = fs.readdirSync(DATA).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(DATA, f));
const WIDE = fs.readdirSync(path.join(DATA, 'wide')).sort().map((f) => path.join(DATA, 'wide', f));
const DRAFT = path.join(DATA, 'bad', 'draft.scorecard.json');
const LATER = path.join(DATA, 'bad', 'dated-2026-12-01.scorecard.json');
const read = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));
const slug = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const LABELS = {strong_no: 'Strong no', no: 'No', yes: 'Yes', strong_yes: 'Strong yes'};

async function openPanel(browser, baseUrl, opts) {
  const {ctx, page} = await openApp(browser, baseUrl, opts);
  await click(page, {label: 'Panel'});
  await find(page, {label: 'Load scorecards...'});
  return {ctx, page};
}

async function load(page, files) {
  const w = await find(page, {label: 'Load scorecards...'});
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', {timeout: 10000}), page.mouse.click(w.x + w.w / 2, w.y + w.h / 2)]);
  await chooser.setFiles(files);
  await settle(page, 3);
  // The browser reads the chosen files asynchronously: wait (up to 10 s) until each has its
  // verdict in the list; the assertions that follow say what is missing if one never comes.
  for (const until = Date.now() + 10000; Date.now() < until;) {
    if (Object.keys(await verdicts(page)).length >= files.length) break;
    await settle(page);
  }
  await stable(page);
}

async function reveal(page) {
  await click(page, await scrollTo(page, {label: 'I lead the debrief: reveal all scores'}));
}

// The texts of every interviewer card on screen, by card: {"tom-baker": ["Tom Baker", "No", ...]}.
async function cardTexts(page) {
  const out = {};
  for (const w of await widgets(page)) {
    const m = /##card-([a-z0-9-]+)_/.exec(w.id);
    if (m) (out[m[1]] = out[m[1]] || []).push(w.label);
  }
  return out;
}

// Scrolls down through the cards, collecting every card's texts.
async function allCards(page, width) {
  const seen = {};
  await scrollTo(page, {label: 'Who said what'}, {x: width / 2});
  for (let i = 0; i < 12; i++) {
    for (const [k, v] of Object.entries(await cardTexts(page))) seen[k] = [...new Set([...(seen[k] || []), ...v])];
    if ((await widgets(page)).some((w) => w.label === 'Matrix')) break;
    await page.mouse.move(width / 2, 400);
    await page.mouse.wheel(0, 300);
    await settle(page);
  }
  return seen;
}

async function verdicts(page) {
  const out = {};
  for (const w of await widgets(page)) {
    const m = /##file-(\d+)-(\w+)$/.exec(w.id);
    if (m) out[Number(m[1])] = m[2];
  }
  return out;
}

async function download(page, label) {
  const w = await scrollTo(page, {label});
  const [dl] = await Promise.all([page.waitForEvent('download', {timeout: 10000}), page.mouse.click(w.x + w.w / 2, w.y + w.h / 2)]);
  await settle(page);
  return JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
}

const heads = async (page) => (await widgets(page)).filter((w) => w.id.includes('##who-'));

// The matrix at 1024 px wide, at device pixel ratio `dpr`.
async function matrixAt1024({browser, baseUrl}, dpr) {
  const {ctx, page} = await openPanel(browser, baseUrl, {width: 1024, height: 800, dpr});
  await load(page, [...GOOD, ...WIDE]);
  await reveal(page);
  await scrollTo(page, {idPart: '##who-'}, {x: 512});
  await page.mouse.move(512, 300);
  await page.mouse.wheel(0, 200);
  await settle(page);
  // Disagreements from the files: a spread of 2 or more among the ten.
  const cards = [...GOOD, ...WIDE].map(read);
  const flagged = cards[0].competencies.map((c) => c.id).filter((id) => {
    const xs = cards.map((sc) => sc.competencies.find((c) => c.id === id).score).filter((x) => x != null);
    return Math.max(...xs) - Math.min(...xs) >= 2;
  });
  assert(flagged.length >= 1, 'the fixtures have a disagreement');
  const fixed = async () => {
    const all = await widgets(page);
    const at = (label) => all.find((w) => w.label === label && !w.id.includes('##cell-') && !w.id.includes('##flag-'));
    return {competency: at('Competency'), flag: at('Disagreement'), mean: at('mean'), spread: at('spread'),
      flags: all.filter((w) => w.id.includes('##flag-')), titles: all.filter((w) => w.label === 'I lead and support other leaders')};
  };
  const before = await fixed();
  for (const k of ['competency', 'flag', 'mean', 'spread']) assert(before[k], `the ${k} head is on screen`);
  assertEqual(before.flags.map((w) => w.id.replace(/.*##flag-/, '')).sort(), [...flagged].sort(), 'disagreement flags');
  for (const w of [before.spread, ...before.flags]) assert(w.x + w.w <= 1024 - 16, `fully in view: ${w.label} at ${w.x}+${w.w}`);
  const names = (await heads(page)).map((w) => w.label);
  assert(names.includes('Elena Rossi') && !names.includes('Zhang Wei'), 'the first interviewers are shown first: ' + names);
  // The long name is cut to its column, listed and named in full, with the full name on hover.
  const long = (await heads(page)).find((w) => w.label.startsWith('Anne-Sophie'));
  assertEqual(long.label, 'Anne-Sophie Lefebvre-Beaumont', 'full name as the head\'s name');
  assert(long.w <= 132 + 2 * 8 + 1, `the head is cut to its column: ${long.w}`);
  await page.mouse.move(long.x + 20, long.y + long.h / 2);
  await settle(page, 3);
  const tip = (await widgets(page)).find((w) => w.id.includes('Tooltip') && w.label === 'Anne-Sophie Lefebvre-Beaumont');
  assert(tip, 'the full name in a tooltip on hover');
  await shot(page, `debrief-matrix-1024-dpr${dpr}`);
  // Scroll the interviewers sideways over the table.
  const cell = (await widgets(page)).find((w) => w.id.includes('##cell-'));
  await page.mouse.move(cell.x + 4, cell.y + 4);
  for (let i = 0; i < 20 && !(await heads(page)).some((w) => w.label === 'Zhang Wei'); i++) {
    await page.mouse.wheel(1200, 0);
    await settle(page, 2);
  }
  const after = await fixed();
  const names2 = (await heads(page)).map((w) => w.label);
  assert(names2.includes('Zhang Wei') && !names2.includes('Elena Rossi'), 'scrolled to the last interviewers: ' + names2);
  // Within a pixel: the frozen columns' clipping moves by one border width once the rest scrolls.
  const still = (a, b, what) => {
    assert(a, `${what} is still on screen after scrolling sideways`);
    assert(Math.abs(a.x - b.x) <= 1 && Math.abs(a.w - b.w) <= 1, `${what} stays: ${a.x}+${a.w} vs ${b.x}+${b.w}`);
  };
  for (const k of ['competency', 'flag', 'mean', 'spread']) still(after[k], before[k], `the ${k} head`);
  assertEqual(after.flags.length, before.flags.length, 'the flags stay: ' + JSON.stringify([before.flags, after.flags]));
  after.flags.forEach((w, i) => still(w, before.flags[i], 'a flag'));
  assertEqual(after.titles.length, 1, 'the competency title stays');
  still(after.titles[0], before.titles[0], 'the competency title');
  assert((await heads(page)).some((w) => w.label === '=HYPERLINK("http://evil.example","x")') || names.includes('=HYPERLINK("http://evil.example","x")'),
    'a formula-like name is just a name on screen');
  await shot(page, `debrief-matrix-1024-scrolled-dpr${dpr}`);
  assertEqual(page.problems, [], 'console errors');
  await ctx.close();
}

export default [
  {
    name: 'who said what: nothing before the reveal, then a card per counted interviewer (1280 px and 1024 px)',
    async run({browser, baseUrl}) {
      for (const [width, dpr] of [[1280, 1], [1024, 2]]) {
        const {ctx, page} = await openPanel(browser, baseUrl, {width, height: 800, dpr});
        await load(page, [...GOOD, DRAFT]);
        // The draft is listed apart, not counted.
        assertEqual(Object.values(await verdicts(page)).sort(), ['counted', 'counted', 'counted', 'counted', 'draft'], 'verdicts');
        await find(page, {label: 'Dana Park on Sam Taylor (draft.scorecard.json): not counted, not submitted'});
        // Before the reveal: no card, no recommendation, takeaway or rationale of anyone.
        const before = (await widgets(page)).map((w) => w.label + ' ' + w.id).join('\n');
        for (const f of GOOD) {
          const sc = read(f);
          assert(!before.includes(sc.rationale) && !before.includes(sc.keyTakeaways), `${sc.interviewer.name}'s text hidden before the reveal`);
        }
        assert(!before.includes('##card-') && !before.includes('Who said what'), 'no card before the reveal');
        await reveal(page);
        const cards = await allCards(page, width);
        assertEqual(Object.keys(cards).sort(), ['elena-rossi', 'marcus-chen', 'priya-shah', 'tom-baker'], 'a card per counted interviewer, none for the draft');
        for (const f of GOOD) {
          const sc = read(f);
          const texts = cards[slug(sc.interviewer.name)];
          const late = sc.interviewer.name === 'Tom Baker';
          const expect = [sc.interviewer.name, LABELS[sc.recommendation], sc.keyTakeaways, sc.rationale,
            late ? 'Interview 2025-03-04, submitted 3 days after the interview' : 'Interview 2025-03-04, submitted the day of the interview'];
          for (const t of expect) assert(texts.includes(t), `${sc.interviewer.name}'s card shows ${JSON.stringify(t)}: ${JSON.stringify(texts)}`);
          assertEqual(texts.includes('Late'), late, `${sc.interviewer.name}'s late flag`);
          const notAssessed = sc.competencies.filter((c) => c.notAssessedReason);
          assert(texts.includes(`All 4 competencies: ${4 - notAssessed.length} rated${notAssessed.length ? `, ${notAssessed.length} not assessed` : ''}`),
            `${sc.interviewer.name}'s coverage: ${JSON.stringify(texts)}`);
        }
        assert(cards['elena-rossi'].includes('Not assessed: I influence org-wide direction and effectiveness (Ran out of time)'), 'Elena\'s not-assessed reason');
        await scrollTo(page, {label: 'Not in these numbers: Dana Park (draft). See Scorecards above.'}, {step: -300, x: width / 2});
        await scrollTo(page, {label: 'Who said what'}, {step: -300, x: width / 2});
        await page.mouse.wheel(0, 200);
        await settle(page);
        await shot(page, `debrief-cards-${width}-dpr${dpr}`);
        await scrollTo(page, {idPart: '##card-tom-baker'}, {x: width / 2});
        await page.mouse.wheel(0, 150);
        await settle(page);
        await shot(page, `debrief-card-late-${width}-dpr${dpr}`);
        assertEqual(page.problems, [], 'console errors');
        await ctx.close();
      }
    },
  },
  {
    name: 'a scorecard of another application is held back with a question until the lead includes it',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openPanel(browser, baseUrl, {width: 1024, height: 800});
      await load(page, [...GOOD, LATER]);
      assertEqual((await verdicts(page))[4], 'held', 'the 2026 interview is held back');
      await scrollTo(page, {label: 'Held back: same application?'}, {x: 512});
      await find(page, {label: 'Ines Duarte\'s scorecard for Sam Taylor (dated-2026-12-01.scorecard.json): interviewed 2026-12-01, ' +
        '637 days after the other interviews of "Sam Taylor" (2025-03-04).'});
      await shot(page, 'debrief-held-back');
      await reveal(page);
      await scrollTo(page, {idPart: '##who-'}, {x: 512});
      assert(!(await heads(page)).some((w) => w.label === 'Ines Duarte'), 'not in the matrix while held back');
      let panel = await download(page, 'Export panel JSON');
      assertEqual(panel.scorecards.length, 4, 'four counted');
      assertEqual(panel.excluded.map((x) => [x.file, x.status]), [['dated-2026-12-01.scorecard.json', 'held_back']], 'held back in the record');
      // The lead answers "same application": it counts, and the record says so.
      await click(page, await scrollTo(page, {idPart: '##include-4'}, {x: 512, step: -300}));
      assertEqual((await verdicts(page))[4], 'counted', 'included');
      await find(page, {label: 'Held back by its date, included by the lead: interviewed 2026-12-01, 637 days after the other interviews of "Sam Taylor" (2025-03-04)'});
      panel = await download(page, 'Export panel JSON');
      assertEqual(panel.scorecards.length, 5, 'five counted');
      const ines = panel.interviewers.find((i) => i.name === 'Ines Duarte');
      assert(ines && /^date: interviewed 2026-12-01, 637 days after/.test(ines.includedOnPurpose), 'included on purpose: ' + JSON.stringify(ines));
      assertEqual(panel.excluded, [], 'nothing left out');
      // The choice survives a reload, and can be taken back.
      await page.waitForTimeout(300);
      await page.reload();
      await waitReady(page);
      const card = await scrollTo(page, {label: 'Held back by its date; included by the lead.'}, {x: 512});
      assert(card.id.includes('##card-ines-duarte'), 'Ines Duarte\'s card says she was included: ' + card.id);
      await shot(page, 'debrief-included');
      await scrollTo(page, {idPart: '##who-ines-duarte'}, {x: 512});
      await click(page, await scrollTo(page, {idPart: '##exclude-4'}, {x: 512, step: -300}));
      assertEqual((await verdicts(page))[4], 'held', 'held back again');
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
  {
    name: 'the matrix at 1024 px: competency, flag, mean and spread stay in view while ten interviewers scroll',
    run: (env) => matrixAt1024(env, 1),
  },
  {
    name: 'the matrix at 1024 px at device pixel ratio 2',
    run: (env) => matrixAt1024(env, 2),
  },
];
