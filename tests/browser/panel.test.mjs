// The panel screen through real clicks: four scorecards loaded through the file
// chooser, independent-first (no scores before the reveal), the matrix cells and
// disagreement flags, the evidence behind a cell, the exported panel JSON and CSVs
// and the Markdown summaries on the clipboard, all against the values
// `scorecard consolidate tests/data/scorecards/*.json` gives; bad files beside
// good ones (the draft not counted, the 2026 interview held back); and the view
// surviving a reload. The debrief's cards and the 1024 px matrix: debrief.test.mjs.
import fs from 'node:fs';
import path from 'node:path';
import {openApp, waitReady, find, click, typeInto, settle, shot, scrollTo, widgets, assert, assertEqual} from './lib.mjs';

const DATA = path.resolve('tests/data/scorecards');
const GOOD = ['elena-rossi', 'marcus-chen', 'priya-shah', 'tom-baker'].map((n) => path.join(DATA, `sam-taylor-${n}-2025-03-04.scorecard.json`));
const BAD = fs.readdirSync(path.join(DATA, 'bad')).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(DATA, 'bad', f));
const WIDE = fs.readdirSync(path.join(DATA, 'wide')).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(DATA, 'wide', f));
// `scorecard consolidate --format long-csv`'s columns (docs/panel-format.md).
const LONG_COLUMNS = ['candidate', 'rubric', 'competency_id', 'competency', 'interviewer', 'scorecard_id', 'interview_date',
  'submitted_at', 'days_to_submit', 'late_submit', 'included_on_purpose', 'status', 'score', 'not_assessed_reason', 'recommendation'];

// RFC 4180, read independently of the app's writer: quoted fields, "" for a quote, CRLF rows.
function parseCsv(text) {
  const rows = [[]];
  let cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows[rows.length - 1].push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { rows[rows.length - 1].push(cell); cell = ''; rows.push([]); i++; }
    else cell += c;
  }
  assert(cell === '' && rows[rows.length - 1].length === 0, 'every CSV row ends with CRLF');
  rows.pop();
  return rows;
}

const LEAD = 'i-lead-and-support-other-leaders';
const DRIVE = 'i-drive-strategic-improvements-in-how-we-support-customers';
const INFLUENCE = 'i-influence-org-wide-direction-and-effectiveness';
const CULTURE = 'i-build-and-protect-a-strong-values-aligned-culture';
const INTERVIEWERS = ['elena-rossi', 'marcus-chen', 'priya-shah', 'tom-baker'];
// Scores by competency, in INTERVIEWERS order ("-" = not assessed), as in the fixture files.
const MATRIX = {
  [LEAD]: ['4', '2', '3', '2'],
  [DRIVE]: ['2', '3', '3', '3'],
  [INFLUENCE]: ['-', '2', '2', '3'],
  [CULTURE]: ['3', '3', '4', '3'],
};
// What `build/native/scorecard consolidate tests/data/scorecards/*.json` prints.
const STATS = {
  [LEAD]: {title: 'I lead and support other leaders', n: 4, mean: 2.75, median: 2.5, min: 2, max: 4, spread: 2, disagreement: true, notAssessed: 0},
  [DRIVE]: {title: 'I drive strategic improvements in how we support customers', n: 4, mean: 2.75, median: 3, min: 2, max: 3, spread: 1, disagreement: false, notAssessed: 0},
  [INFLUENCE]: {title: 'I influence org-wide direction and effectiveness', n: 3, mean: 2.33, median: 2, min: 2, max: 3, spread: 1, disagreement: false, notAssessed: 1},
  [CULTURE]: {title: 'I build and protect a strong, values-aligned culture', n: 4, mean: 3.25, median: 3, min: 3, max: 4, spread: 1, disagreement: false, notAssessed: 0},
};
const RECOMMENDATIONS = {strong_no: 0, no: 1, yes: 2, strong_yes: 1};
const OVERALL_MEAN = 2.77;

// An object with its keys in order, so comparisons do not depend on key order.
const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

async function openPanel(browser, baseUrl, opts = {}) {
  const {ctx, page} = await openApp(browser, baseUrl, opts);
  await click(page, {label: 'Panel'});
  await find(page, {label: 'Load scorecards...'});
  return {ctx, page};
}

// Clicks "Load scorecards..." and answers the browser's file chooser with `files`.
async function loadThroughChooser(page, files) {
  const w = await find(page, {label: 'Load scorecards...'});
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', {timeout: 10000}),
    page.mouse.click(w.x + w.w / 2, w.y + w.h / 2),
  ]);
  assert(chooser.isMultiple(), 'the file chooser allows several files');
  await chooser.setFiles(files);
  await settle(page, 3);
}

async function cells(page) {
  const out = {};
  for (const w of await widgets(page)) {
    const m = /##cell-(.+)--(.+)$/.exec(w.id);
    if (m) out[`${m[1]}/${m[2]}`] = w.label;
  }
  return out;
}

// Scrolls the panel until the button is visible, clicks it and returns the download's text.
async function download(page, label) {
  const w = await scrollTo(page, {label});
  const [dl] = await Promise.all([
    page.waitForEvent('download', {timeout: 10000}),
    page.mouse.click(w.x + w.w / 2, w.y + w.h / 2),
  ]);
  await settle(page);
  return {name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), 'utf8')};
}

async function reveal(page) {
  await scrollTo(page, {label: 'I lead the debrief: reveal all scores'});
  await click(page, {label: 'I lead the debrief: reveal all scores'});
  await scrollTo(page, {idPart: '##cell-'});
}

export default [
  {
    name: 'four scorecards through the file chooser: matrix, flags, evidence, exports and summary',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openPanel(browser, baseUrl, {permissions: ['clipboard-read', 'clipboard-write']});
      await loadThroughChooser(page, GOOD);
      await find(page, {label: 'Remove', nth: 3});

      // Independent first: the files are listed, no score is shown before the reveal.
      assertEqual(Object.keys(await cells(page)).length, 0, 'score cells before the reveal');
      assert(!(await widgets(page)).some((w) => w.id.includes('##flag-')), 'no disagreement flag before the reveal');
      await find(page, {label: 'I lead the debrief: reveal all scores'});
      await shot(page, 'panel-independent-first');

      await reveal(page);
      await shot(page, 'panel-revealed-dpr1');

      // Every cell of the matrix.
      await scrollTo(page, {idPart: `##cell-${CULTURE}--tom-baker`});
      const seen = await cells(page);
      for (const [comp, scores] of Object.entries(MATRIX))
        INTERVIEWERS.forEach((who, i) => assertEqual(seen[`${comp}/${who}`], scores[i], `cell ${comp} / ${who}`));
      assertEqual(Object.keys(seen).length, 16, 'cells in the matrix');

      // The disagreement flag: only "I lead and support other leaders" (4, 2, 3, 2).
      const flags = (await widgets(page)).filter((w) => w.id.includes('##flag-')).map((w) => w.id.replace(/.*##flag-/, ''));
      assertEqual(flags, [LEAD], 'disagreement flags');
      await shot(page, 'panel-matrix');

      // A click on a cell shows that interviewer's evidence (the behaviour text from the rubric
      // is checked by eye in the screenshot: it is plain text, not a widget).
      await click(page, {idPart: `##cell-${LEAD}--elena-rossi`});
      await scrollTo(page, {idPart: `##evidence-${LEAD}--elena-rossi`});
      await page.mouse.wheel(0, 250);
      await settle(page);
      await shot(page, 'panel-evidence');
      // The flag opens everyone's evidence on that competency.
      await scrollTo(page, {idPart: `##flag-${LEAD}`}, {step: -300});
      await click(page, {idPart: `##flag-${LEAD}`});
      await scrollTo(page, {idPart: `##evidence-${LEAD}--all`});
      await page.mouse.wheel(0, 250);
      await settle(page);
      await shot(page, 'panel-evidence-all');
      await click(page, await scrollTo(page, {label: 'Close evidence'}, {step: -300}));

      // The decision record.
      await scrollTo(page, {label: 'Hire at another level'});
      await click(page, {label: 'Hire at another level'});
      await typeInto(page, {idPart: '##other-level'}, 'L4 Support Manager');
      await scrollTo(page, {idPart: '##attendees'});
      await typeInto(page, {idPart: '##rationale'}, 'Strong on culture; leadership split the panel.');
      await typeInto(page, {idPart: '##attendees'}, 'Priya Shah, Marcus Chen ,Elena Rossi');
      await shot(page, 'panel-decision');

      // Panel JSON, field by field.
      const json = await download(page, 'Export panel JSON');
      assertEqual(json.name, 'sam-taylor-panel.json', 'panel file name');
      const panel = JSON.parse(json.text);
      assertEqual([panel.format, panel.version], ['panel', 1], 'format and version');
      assertEqual(panel.candidate, {name: 'Sam Taylor'}, 'candidate');
      assertEqual(panel.rubric.id, 'l5-senior-support-manager', 'rubric id');
      assert(/^sha256:[0-9a-f]{64}$/.test(panel.rubric.digest), 'rubric digest');
      assertEqual(panel.scorecards.length, 4, 'scorecards');
      assertEqual(panel.competencies.map((c) => c.id), [LEAD, DRIVE, INFLUENCE, CULTURE], 'competencies in rubric order');
      for (const c of panel.competencies) {
        const e = STATS[c.id];
        for (const k of ['title', 'n', 'mean', 'median', 'min', 'max', 'spread', 'disagreement', 'notAssessed'])
          assertEqual(c[k], e[k], `${c.id}.${k}`);
      }
      assertEqual(sorted(panel.recommendations), sorted(RECOMMENDATIONS), 'recommendations');
      assertEqual(panel.overall, {mean: OVERALL_MEAN}, 'overall');
      assertEqual(sorted(panel.decision), sorted({decision: 'hire_other_level', otherLevel: 'L4 Support Manager',
        rationale: 'Strong on culture; leadership split the panel.', attendees: ['Priya Shah', 'Marcus Chen', 'Elena Rossi']}), 'decision');
      const elena = panel.interviewers.find((i) => i.name === 'Elena Rossi');
      assertEqual(elena.scores[LEAD], 4, 'Elena on leadership');
      assertEqual(elena.notAssessed, [INFLUENCE], 'Elena did not assess influence');

      // Who said what in the record, Tom Baker's late scorecard flagged.
      const tom = panel.interviewers.find((i) => i.name === 'Tom Baker');
      assertEqual([tom.date, tom.submittedDaysAfterInterview, tom.lateSubmit], ['2025-03-04', 3, true], 'Tom Baker submitted late');
      assertEqual(elena.keyTakeaways, 'Strong people leader; strategy examples were narrower than the level expects.', 'takeaways');
      assertEqual(elena.rationale, 'Recommendation from Elena Rossi based on the evidence above.', 'rationale');
      assertEqual(panel.excluded, [], 'no file left out');

      // CSV: the matrix with its statistics, each row naming the candidate.
      const csv = await download(page, 'Export matrix CSV');
      assertEqual(csv.name, 'sam-taylor-panel.csv', 'CSV file name');
      const rows = parseCsv(csv.text);
      const head = rows[0];
      assertEqual(head.slice(0, 2), ['candidate', 'competency'], 'CSV header');
      assertEqual(head.slice(-7), ['n', 'mean', 'median', 'min', 'max', 'spread', 'disagreement'], 'CSV statistics columns');
      const names = head.slice(2, -7);
      assertEqual([...names].sort(), ['Elena Rossi', 'Marcus Chen', 'Priya Shah', 'Tom Baker'], 'CSV interviewers');
      assertEqual(rows.length, 5, 'CSV rows');
      for (const row of rows.slice(1)) {
        assertEqual(row[0], 'Sam Taylor', 'CSV candidate');
        const id = Object.keys(STATS).find((k) => STATS[k].title === row[1]);
        assert(id, 'CSV row for a known competency: ' + row[1]);
        const e = STATS[id];
        const csvCell = (v) => (v === '-' ? 'not assessed' : v);
        names.forEach((n, i) => assertEqual(row[2 + i], csvCell(MATRIX[id][INTERVIEWERS.indexOf(n.toLowerCase().replace(' ', '-'))]), `CSV ${id} / ${n}`));
        assertEqual(row.slice(-7), [String(e.n), String(e.mean), String(e.median), String(e.min), String(e.max), String(e.spread),
          e.disagreement ? 'yes' : 'no'], `CSV statistics of ${id}`);
      }

      // The long CSV: one row per interviewer and competency.
      const long = await download(page, 'Export long CSV');
      assertEqual(long.name, 'sam-taylor-ratings.csv', 'long CSV file name');
      const lrows = parseCsv(long.text);
      assertEqual(lrows[0], LONG_COLUMNS, 'long CSV columns');
      assertEqual(lrows.length, 1 + 4 * 4, 'long CSV rows');
      const col = (name) => LONG_COLUMNS.indexOf(name);
      for (const r of lrows.slice(1)) {
        const who = INTERVIEWERS.indexOf(r[col('interviewer')].toLowerCase().replace(' ', '-'));
        const cell = MATRIX[r[col('competency_id')]][who];
        assertEqual([r[col('candidate')], r[col('score')], r[col('status')]],
          ['Sam Taylor', cell === '-' ? '' : cell, cell === '-' ? 'not_assessed' : 'rated'], `long CSV ${r[col('interviewer')]} / ${r[col('competency_id')]}`);
        assertEqual(r[col('late_submit')], r[col('interviewer')] === 'Tom Baker' ? 'true' : 'false', 'late flag in the long CSV');
      }

      // The Markdown summaries on the system clipboard, short and with evidence.
      await click(page, await scrollTo(page, {label: 'Copy summary with evidence'}));
      const full = await page.evaluate(() => navigator.clipboard.readText());
      assert(full.includes('## Who said what\n\n### Elena Rossi: Strong yes\n'), 'full summary: who said what');
      assert(full.includes('**Elena Rossi: 4 Exceeding**\n\n> I guide managers and senior engineers to lead effectively and grow in their roles: Elena Rossi heard a concrete example'),
        'full summary quotes the evidence');
      assert(full.includes('**Elena Rossi: not assessed** (Ran out of time)'), 'full summary: not assessed with the reason');
      await click(page, await scrollTo(page, {label: 'Copy short summary'}));
      const md = await page.evaluate(() => navigator.clipboard.readText());
      assert(md.startsWith('# Panel summary: Sam Taylor\n'), 'summary title: ' + md.slice(0, 60));
      assert(md.includes('**Overall mean:** 2.77 of 4'), 'summary overall mean');
      assert(md.includes('**Recommendations:** Strong no 0, No 1, Yes 2, Strong yes 1'), 'summary tally');
      assert(md.includes('## Decision: Hire at another level (L4 Support Manager)'), 'summary decision');
      assert(md.includes('Attended: Priya Shah, Marcus Chen, Elena Rossi'), 'summary attendees');
      assert(md.includes('- Tom Baker: No (interviewed 2025-03-04, submitted 3 days after the interview, late: more than 24 hours)'),
        'summary: who recommended what, the late flag');
      assert(!md.includes('Evidence by competency'), 'the short summary has no evidence');
      assert(/\| I lead and support other leaders \|( [0-9-] \|){4} 4 \| 2.75 \| 2-4 \| yes \|/.test(md), 'summary leadership row');
      assertEqual(md, await page.evaluate(() => window.scorecardTest.clipboard()), 'clipboard holds what the app copied');
      await shot(page, 'panel-exported');
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
  {
    name: 'bad files beside the good ones: each file judged, the good four still consolidated, no console errors',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openPanel(browser, baseUrl, {height: 1000});
      const files = [...GOOD, ...BAD];
      await loadThroughChooser(page, files);
      await find(page, {label: 'Remove', nth: 3, timeout: 10000});
      await shot(page, 'panel-bad-files');
      // Each file's verdict, read from its Remove button id (##file-<i>-counted|draft|held|rejected),
      // collected while scrolling down the list.
      const verdicts = {};
      for (let i = 0; i < 20 && Object.keys(verdicts).length < files.length; i++) {
        for (const w of await widgets(page)) {
          const m = /##file-(\d+)-(\w+)$/.exec(w.id);
          if (m) verdicts[path.basename(files[Number(m[1])])] = m[2];
        }
        await page.mouse.move(900, 500);
        await page.mouse.wheel(0, 300);
        await settle(page);
      }
      const expected = {
        'draft.scorecard.json': 'draft',              // valid, listed apart, never counted
        'dated-2026-12-01.scorecard.json': 'held',    // another application? held back
        'duplicate-id.scorecard.json': 'rejected',
        'duplicate-interviewer.scorecard.json': 'rejected',
        'edited-after-submit.scorecard.json': 'rejected',
        'other-candidate.scorecard.json': 'counted',  // a second candidate on the same rubric
        'other-rubric.scorecard.json': 'rejected',
        'score-5.scorecard.json': 'rejected',
        'syntax-error.scorecard.json': 'rejected',
        'version-2.scorecard.json': 'rejected',
      };
      for (const f of GOOD) expected[path.basename(f)] = 'counted';
      assertEqual(Object.keys(verdicts).length, files.length, 'a row per file');
      for (const [f, v] of Object.entries(expected)) assertEqual(verdicts[f], v, `verdict on ${f}`);

      await reveal(page);
      // Sam Taylor's panel: exactly the good four (the draft and the 2026 interview not counted),
      // n and mean as the CLI gives them; every file left out recorded with its reason.
      let panel = JSON.parse((await download(page, 'Export panel JSON')).text);
      assertEqual(panel.candidate.name, 'Sam Taylor', 'the first candidate is shown');
      assertEqual(panel.interviewers.map((i) => i.name).sort(), ['Elena Rossi', 'Marcus Chen', 'Priya Shah', 'Tom Baker'], 'interviewers counted');
      assertEqual(panel.scorecards.length, 4, 'the four good scorecards');
      const excluded = Object.fromEntries(panel.excluded.map((x) => [x.file, x.status]));
      assertEqual([excluded['draft.scorecard.json'], excluded['dated-2026-12-01.scorecard.json'], excluded['score-5.scorecard.json'],
        excluded['syntax-error.scorecard.json'], excluded['other-candidate.scorecard.json']],
      ['not_counted', 'held_back', 'refused', 'refused', undefined], 'files left out of Sam Taylor\'s panel');
      assert(panel.warnings.includes('draft.scorecard.json (Dana Park) is not counted: submittedAt: not submitted (draft); a draft is not counted'),
        'the draft in the warnings: ' + panel.warnings);
      for (const c of panel.competencies) {
        assertEqual(c.n, STATS[c.id].n, `n of ${c.id} with bad files beside`);
        assertEqual(c.mean, STATS[c.id].mean, `mean of ${c.id} with bad files beside`);
        assertEqual(c.disagreement, STATS[c.id].disagreement, `disagreement of ${c.id} with bad files beside`);
      }
      assertEqual(sorted(panel.recommendations), sorted(RECOMMENDATIONS), 'recommendations with bad files beside');
      // The second candidate gives the comparison, calibration and agreement.
      await scrollTo(page, {idPart: '##cand-alex-morgan'});
      await shot(page, 'panel-candidates');
      await page.mouse.wheel(0, 2000);
      await settle(page);
      await shot(page, 'panel-agreement');
      // Every candidate at once, in the long CSV: submitted scorecards only.
      const all = await download(page, 'Export all candidates (long CSV)');
      assertEqual(all.name, 'all-candidates-ratings.csv', 'all candidates file name');
      const allRows = parseCsv(all.text);
      assertEqual(allRows[0], LONG_COLUMNS, 'all candidates: columns');
      const perCandidate = {};
      for (const r of allRows.slice(1)) perCandidate[r[0]] = (perCandidate[r[0]] || 0) + 1;
      assertEqual(perCandidate, {'Sam Taylor': 16, 'Alex Morgan': 4}, 'rows per candidate (4 competencies each)');
      assert(!/Dana Park|Ines Duarte/.test(all.text), 'no draft or held-back scorecard in the long CSV');
      await click(page, {idPart: '##cand-alex-morgan'});
      await scrollTo(page, {label: 'Export panel JSON'}, {step: -300});
      panel = JSON.parse((await download(page, 'Export panel JSON')).text);
      assertEqual([panel.candidate.name, panel.scorecards.length], ['Alex Morgan', 1], 'the second candidate\'s panel');
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
  {
    name: 'own scorecard marked as mine reveals that candidate; the view survives a reload',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openPanel(browser, baseUrl);
      await loadThroughChooser(page, GOOD);
      assertEqual(Object.keys(await cells(page)).length, 0, 'no scores before committing');
      // Ticking "My scorecard" on a sealed file commits one's own judgement.
      await click(page, {idPart: '##mine-1'});
      await scrollTo(page, {idPart: '##cell-'});
      assertEqual((await cells(page))[`${LEAD}/marcus-chen`], '2', 'Marcus on leadership');
      await scrollTo(page, {label: 'No hire'});
      await click(page, {label: 'No hire'});
      await page.waitForTimeout(300);
      await page.reload();
      await waitReady(page);
      await find(page, {label: 'Load scorecards...'});
      await find(page, {label: 'Remove', nth: 3});
      await scrollTo(page, {idPart: '##cell-'});
      const json = JSON.parse((await download(page, 'Export panel JSON')).text);
      assertEqual(json.decision.decision, 'no_hire', 'decision after reload');
      assertEqual(json.scorecards.length, 4, 'scorecards after reload');
      // Unticking hides the scores again.
      await scrollTo(page, {idPart: '##mine-1'}, {step: -300});
      await click(page, {idPart: '##mine-1'});
      await find(page, {label: 'I lead the debrief: reveal all scores'});
      assertEqual(Object.keys(await cells(page)).length, 0, 'no scores after unticking');
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
  {
    name: 'pasted JSON is checked like a file; ten interviewers make the matrix scroll sideways',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openPanel(browser, baseUrl, {permissions: ['clipboard-read', 'clipboard-write']});
      // Paste through the system clipboard into the paste field (Ctrl+V), then add it.
      for (const file of [path.join(DATA, 'bad', 'syntax-error.scorecard.json'), GOOD[0]]) {
        await page.evaluate((t) => navigator.clipboard.writeText(t), fs.readFileSync(file, 'utf8'));
        await click(page, {idPart: '##paste'});
        await page.keyboard.press('Control+V');
        await settle(page, 3);
        await click(page, {label: 'Add pasted JSON'});
      }
      const rows = (await widgets(page)).map((w) => /##file-(\d+)-(\w+)$/.exec(w.id)).filter(Boolean).map((m) => m[2]);
      assertEqual(rows, ['rejected', 'counted'], 'pasted files judged');
      await click(page, {label: 'Clear'});
      // Ten interviewers: the good four and the six submitted ones of tests/data/scorecards/wide.
      await loadThroughChooser(page, [...GOOD, ...WIDE]);
      await reveal(page);
      await scrollTo(page, {idPart: `##cell-${CULTURE}--elena-rossi`});
      const seen = await cells(page);
      assertEqual(seen[`${LEAD}/elena-rossi`], '4', 'first interviewer visible');
      const table = (await widgets(page)).find((w) => w.id.includes(`##cell-${LEAD}--elena-rossi`));
      assert(table.x < 600, 'the matrix starts on the left');
      await shot(page, 'panel-many-interviewers');
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
  {
    name: 'the revealed panel at device pixel ratio 2',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openPanel(browser, baseUrl, {dpr: 2});
      await loadThroughChooser(page, GOOD);
      await reveal(page);
      await shot(page, 'panel-revealed-dpr2');
      await scrollTo(page, {label: 'Export panel JSON'});
      await shot(page, 'panel-chart-dpr2');
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
];
