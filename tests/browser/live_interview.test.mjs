// Live interview mode (issue 12), at 1024x700 and 1280x720: the current question, its
// note and the rating on screen without scrolling; notes per question with "asked" and
// behaviour tags; every interview and competency opening at its top; Page Down, Space and
// the shortcut sheet; the interview clock; undo of a burst of typing; copyable read-only
// text; and the small items (clickable "Before you submit", local times, remembered name).
import fs from 'node:fs';
import path from 'node:path';
import {openApp, find, click, typeInto, settle, shot, scrollTo, widgets, assert, assertEqual} from './lib.mjs';

const SCORECARDS = path.resolve('tests/data/scorecards');

const SIZES = [[1024, 700], [1280, 720]];

async function start(page, candidate = 'Sam Taylor', interviewer = 'Ada Lovelace') {
  await typeInto(page, {idPart: '##candidate'}, candidate);
  const who = await find(page, {idPart: '##interviewer'});
  await page.mouse.click(who.x + 10, who.y + who.h / 2);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(interviewer);
  await click(page, {label: 'Start interview'});
  await find(page, {idPart: '##question-'});
}

function readDraft(page, candidate) {
  return page.evaluate((name) => {
    for (const k of Object.keys(localStorage).filter((x) => x.startsWith('scorecard:draft:'))) {
      const d = JSON.parse(localStorage.getItem(k));
      if (d.scorecard.candidate.name === name) return d;
    }
    return null;
  }, candidate);
}

// The stored draft of this candidate after autosave (within a second of an edit).
async function stored(page, candidate = 'Sam Taylor') {
  await page.waitForTimeout(900);
  return readDraft(page, candidate);
}

// The stored draft once `check(draft)` returns the expected value; a loaded machine can
// delay the autosave timer, so wait for it (up to 10 s) instead of guessing a delay.
async function storedUntil(page, check, expected, what, candidate = 'Sam Taylor') {
  const until = Date.now() + 10000;
  let got;
  for (;;) {
    const d = await readDraft(page, candidate);
    got = d && check(d);
    if (JSON.stringify(got) === JSON.stringify(expected)) return d;
    if (Date.now() > until) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
    await page.waitForTimeout(100);
  }
}

// The clock strip keeps each part on one line with no-break spaces: match it with any space.
function strip(text) {
  return new RegExp('^' + text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \u00a0]') + '$');
}

function inView(w, height, what) {
  assert(w.y >= 0 && w.y + w.h <= height, `${what} on screen without scrolling: y ${Math.round(w.y)} h ${Math.round(w.h)}, window ${height}`);
}

export default [
  ...SIZES.map(([width, height]) => ({
    name: `${width}x${height}: title, current question, its note and the rating are on screen when a competency opens`,
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {width, height});
      await start(page);
      for (let c = 0; c < 4; c++) {
        const title = await find(page, {idPart: '##text', label: ['I lead and support other leaders',
          'I drive strategic improvements in how we support customers', 'I influence org-wide direction and effectiveness',
          'I build and protect a strong, values-aligned culture'][c]});
        inView(title, height, 'competency title');
        inView(await find(page, {label: 'Question 1 of 3', idPart: '##text'}), height, 'question header');
        inView(await find(page, {idPart: '##question-'}), height, 'the question\'s note field');
        for (let v = 1; v <= 4; v++) inView(await find(page, {idPart: '##rate-' + v}), height, 'rating ' + v);
        inView(await find(page, {label: 'Not assessed'}), height, 'not assessed');
        if (c === 0) await shot(page, `live-${width}x${height}`);
        // Scroll away, then the next competency must open at its top.
        await page.mouse.move(width - 200, height - 150);
        await page.mouse.wheel(0, 900);
        await settle(page);
        if (c < 3) {
          await page.keyboard.press('Control+Enter');
          await settle(page);
        }
      }
      // A new interview opens at its top too, whatever the last one's scroll.
      await click(page, {label: 'Back to interviews'});
      await start(page, 'Second Candidate');
      inView(await find(page, {label: 'I lead and support other leaders', idPart: '##text'}), height, 'new interview title');
      inView(await find(page, {idPart: '##question-'}), height, 'new interview note');
      await ctx.close();
    },
  })),
  {
    name: 'notes per question: a note under each question, asked marks, behaviour tags; in the file, review and text',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {width: 1024, height: 700,
        permissions: ['clipboard-read', 'clipboard-write']});
      await start(page);
      await typeInto(page, {idPart: '##question-'}, 'Coached two new managers; one now runs EMEA.');
      await page.keyboard.press('Escape');
      await click(page, {idPart: '##tag-i-give-high-quality'});
      await click(page, {label: 'Next question'});
      await find(page, {label: 'Question 2 of 3', idPart: '##text'});
      await click(page, {label: 'Asked'});
      await shot(page, 'live-question-notes');
      const d = await stored(page);
      const qs = d.scorecard.competencies[0].questions;
      assertEqual(qs.length, 2, 'two question entries');
      assertEqual([qs[0].index, qs[0].asked, qs[0].note], [0, true, 'Coached two new managers; one now runs EMEA.'], 'question 1');
      assert(qs[0].question.startsWith('Tell me about a time you helped a manager'), 'the question text travels along');
      assertEqual(qs[0].behaviours, ['i-give-high-quality-actionable-feedback-and'], 'tagged behaviour');
      assertEqual([qs[1].index, qs[1].asked, qs[1].note], [1, true, ''], 'question 2 asked, no note');
      // The review shows it, copy as text carries it.
      await click(page, {label: 'Review and submit', nth: 0});
      await scrollTo(page, {label: 'Coached two new managers; one now runs EMEA.', idPart: '##text'});
      const copy = await scrollTo(page, {label: 'Copy as text'});
      await page.mouse.click(copy.x + 20, copy.y + copy.h / 2);
      await settle(page);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      assert(text.includes('**Q1.** Tell me about a time you helped a manager') && text.includes('Coached two new managers'),
        'Markdown has the question and its note: ' + text.slice(0, 400));
      assert(text.includes('*Shows:* I give high-quality, actionable feedback'), 'Markdown names the tagged behaviour');
      await ctx.close();
    },
  },
  {
    name: 'Page Down and Space scroll, the shortcut sheet lists every key and closes with Escape',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {width: 1024, height: 700});
      await start(page);
      await page.keyboard.press('Escape');  // no field active
      await page.waitForTimeout(1100);      // and not typing: Space is the scroll key
      const title = () => find(page, {idPart: '##q-0'});  // the first entry of "All questions", low on the screen
      const before = (await title()).y;
      await page.keyboard.press('PageDown');
      await settle(page);
      const afterPage = (await title()).y;
      assert(before - afterPage > 300, `Page Down scrolled ${before - afterPage} px`);
      await page.keyboard.press('Shift+Space');
      await settle(page);
      assert(Math.abs((await title()).y - before) < 4, 'Shift+Space scrolled back');
      await page.keyboard.press('Space');
      await settle(page);
      assert(before - (await title()).y > 300, 'Space scrolled down');
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+Slash');
      await settle(page);
      for (const key of ['1  2  3  4', '← →', 'Ctrl+Enter, Ctrl+Shift+Enter', 'Ctrl+Z, Ctrl+Shift+Z', 'Ctrl+S', 'Escape'])
        await find(page, {label: key, idPart: '##text'});
      await shot(page, 'live-shortcut-sheet');
      await page.keyboard.press('Escape');
      await settle(page, 3);
      const left = (await page.evaluate(() => window.scorecardTest.widgets())).filter((w) => w.label === 'Ctrl+S');
      assertEqual(left.length, 0, 'the sheet closed');
      await ctx.close();
    },
  },
  {
    name: 'the clock starts with Start or the first note, pauses, resets; time left and a calm overrun cue stay in view',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {width: 1024, height: 700});
      await start(page);
      await find(page, {match: strip('Competency 1 of 4  ·  12:00 left of 12 min  ·  interview 48:00 left of 48 min  ·  clock not started'), idPart: '##text'});
      await click(page, {label: 'Start clock'});
      let d = await stored(page);
      assertEqual(d.clockRunning, true, 'running');
      await page.waitForTimeout(2300);
      await click(page, {label: 'Pause clock'});
      await find(page, {label: 'Resume clock'});
      d = await stored(page);
      assertEqual(d.clockRunning, false, 'paused');
      const spent = Object.values(d.seconds).reduce((a, b) => a + b, 0);
      assert(spent >= 1.5 && spent < 6, `the clock counted ${spent} s in about 3 s`);
      await click(page, {label: 'Reset'});
      d = await stored(page);
      assertEqual(Object.values(d.seconds).reduce((a, b) => a + b, 0), 0, 'reset to zero');
      // The first note starts a clock nobody started.
      await typeInto(page, {idPart: '##question-'}, 'Started talking');
      d = await stored(page);
      assertEqual(d.clockRunning, true, 'a note started the clock');
      // Past the budget: an overrun cue in the strip that stays while typing (a draft with 13 minutes spent).
      await page.evaluate(() => {
        const k = Object.keys(localStorage).find((x) => x.startsWith('scorecard:draft:'));
        const draft = JSON.parse(localStorage.getItem(k));
        draft.seconds[draft.scorecard.competencies[0].id] = 13 * 60 + 5;
        draft.clockRunning = false;
        localStorage.setItem(k, JSON.stringify(draft));
      });
      await page.reload();
      await find(page, {idPart: '##question-'});
      const cue = await find(page, {match: strip('Competency 1 of 4  ·  1:05 over the 12 min  ·  interview 34:55 left of 48 min  ·  clock paused'), idPart: '##text'});
      inView(cue, 700, 'the overrun cue');
      await shot(page, 'live-clock-overrun');
      await ctx.close();
    },
  },
  {
    name: 'Ctrl+Z undoes a word at a time inside the field and across fields; Ctrl+Shift+Z redoes; nothing lost',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {width: 1280, height: 720});
      await start(page);
      await typeInto(page, {idPart: '##question-'}, 'Led three teams');
      const note = (d) => d.scorecard.competencies[0].questions[0]?.note ?? '';
      await storedUntil(page, note, 'Led three teams', 'typed');
      await page.keyboard.press('Control+z');
      await storedUntil(page, note, 'Led three', 'the last word undone');
      await page.keyboard.press('Control+z');
      await storedUntil(page, note, 'Led', 'the word before');
      await page.keyboard.press('Control+Shift+z');
      await storedUntil(page, note, 'Led three', 'redone');
      // The field still has focus and shows the restored text: typing continues from it.
      await page.keyboard.type(' regions');
      await storedUntil(page, note, 'Led three regions', 'typing continues in the restored text');
      // Across fields: a note in the evidence, then leave the field and undo both in turn.
      const ev = await scrollTo(page, {idPart: '##evidence-', nth: 0});
      await page.mouse.click(ev.x + 20, ev.y + 10);
      await page.keyboard.type('Evidence');
      const evidence = (d) => d.scorecard.competencies[0].evidence.map((e) => e.note);
      await storedUntil(page, evidence, ['Evidence'], 'evidence typed');
      await page.keyboard.press('Escape');
      await settle(page);
      await page.keyboard.press('Control+z');
      await storedUntil(page, evidence, [], 'the evidence note undone');
      await page.keyboard.press('Control+z');
      await storedUntil(page, note, 'Led three', 'then the question note\'s last burst');
      await page.keyboard.press('Control+y');
      await page.keyboard.press('Control+y');
      await storedUntil(page, (d) => [note(d), ...evidence(d)], ['Led three regions', 'Evidence'],
        'everything back: not a character lost');
      await ctx.close();
    },
  },
  {
    name: 'review: notes are selectable and copy; missing items lead to their place; local times; the name is remembered',
    async run({browser, baseUrl}) {
      const ctx = await browser.newContext({viewport: {width: 1024, height: 700}, timezoneId: 'Europe/Berlin',
        serviceWorkers: 'block'});
      const {page} = await openApp(browser, baseUrl, {context: ctx});
      await start(page, 'Sam Taylor', 'Remembered Name');
      await typeInto(page, {idPart: '##question-'}, 'Copy this answer, please.');
      await page.keyboard.press('Escape');
      await settle(page);
      await page.waitForTimeout(1100);  // a pause: the digit rates on purpose (issue 17)
      await page.keyboard.press('3');
      await settle(page);
      await click(page, {label: 'Review and submit', nth: 0});
      // A missing item is a link to where it is fixed.
      const rec = await scrollTo(page, {label: 'Choose an overall recommendation'});
      await page.mouse.click(rec.x + 20, rec.y + rec.h / 2);
      await settle(page, 3);
      inView(await find(page, {label: 'Yes', idPart: '##rec-yes'}), 700, 'the recommendation after the link');
      await find(page, {label: '5 items missing', idPart: '##text'});
      const notRated = await scrollTo(page, {label: 'I drive strategic improvements in how we support customers: not rated (rate it or mark it not assessed with a reason)'},
        {step: -300});
      await page.mouse.click(notRated.x + 20, notRated.y + notRated.h / 2);
      await settle(page, 3);
      inView(await find(page, {label: 'I drive strategic improvements in how we support customers', idPart: '##text'}), 700,
        'the competency the item named');
      // Rate the rest by key, then review again.
      for (let c = 1; c < 4; c++) {
        await page.waitForTimeout(1100);
        await page.keyboard.press('3');
        await settle(page);
        if (c < 3) await page.keyboard.press('Control+Enter');
        await settle(page);
      }
      await click(page, {label: 'Review and submit', nth: 0});
      // Read-only text selects and copies: click into it, select all, copy.
      const shown = await scrollTo(page, {label: 'Copy this answer, please.', idPart: '##text'});
      await page.mouse.click(shown.x + 10, shown.y + shown.h / 2);
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Control+c');
      await settle(page);
      assertEqual(await page.evaluate(() => window.scorecardTest.clipboard()), 'Copy this answer, please.', 'copied read-only text');
      await scrollTo(page, {label: 'Submit scorecard'});
      await click(page, {label: 'Yes', idPart: '##rec-yes'});
      await typeInto(page, {idPart: '##rationale'}, 'Consistent evidence.');
      await page.keyboard.press('Escape');
      await storedUntil(page, (d) => [d.scorecard.rationale, d.scorecard.recommendation], ['Consistent evidence.', 'yes'],
        'ready to submit');
      await settle(page);
      await click(page, {label: 'Submit scorecard'});
      // The banner is in the device's time zone (Berlin here), with its offset; the file keeps UTC.
      const offset = new Date().toLocaleString('en-US', {timeZone: 'Europe/Berlin', timeZoneName: 'longOffset'})
        .replace(/.*GMT/, 'UTC');
      const banner = await scrollTo(page, {idPart: '##text', match: /^Submitted \d/}, {step: -300});
      assert(new RegExp(`^Submitted \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} \\(${offset.replace('+', '\\+')}\\)\\. The scorecard is sealed and read-only\\.$`).test(banner.label),
        `local time with offset ${offset}: ${banner.label}`);
      const d = await stored(page);
      assert(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(d.scorecard.submittedAt), 'the file keeps UTC: ' + d.scorecard.submittedAt);
      await shot(page, 'live-review-local-time');
      // The interviewer's name is remembered on this device for the next interview.
      await click(page, {label: 'Interviews'});
      const name = await find(page, {idPart: '##interviewer'});
      await page.mouse.click(name.x + 10, name.y + name.h / 2);
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Control+c');
      await settle(page);
      assertEqual(await page.evaluate(() => window.scorecardTest.clipboard()), 'Remembered Name', 'interviewer remembered');
      assert(page.problems.length === 0, 'console errors: ' + page.problems.join('; '));
      await ctx.close();
    },
  },
  {
    name: 'the panel shows each interviewer\'s question notes as evidence, selectable and copyable',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {width: 1280, height: 720});
      await click(page, {label: 'Panel'});
      const files = fs.readdirSync(SCORECARDS).filter((f) => f.endsWith('.json')).map((f) => path.join(SCORECARDS, f));
      files.push(path.join(SCORECARDS, 'notes', 'sam-taylor-nadia-okafor-2025-03-04.scorecard.json'));
      const load = await find(page, {label: 'Load scorecards...'});
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', {timeout: 10000}),
        page.mouse.click(load.x + load.w / 2, load.y + load.h / 2)]);
      await chooser.setFiles(files);
      await settle(page, 3);
      await scrollTo(page, {label: 'I lead the debrief: reveal all scores'});
      await click(page, {label: 'I lead the debrief: reveal all scores'});
      const cell = await scrollTo(page, {idPart: '##cell-i-lead-and-support-other-leaders--nadia-okafor'});
      await page.mouse.click(cell.x + cell.w / 2, cell.y + cell.h / 2);
      await settle(page, 2);
      await scrollTo(page, {match: /^Q1\. Tell me about a time you helped a manager/, idPart: '##text'});
      const note = await scrollTo(page, {label: 'Coached two first-time managers; one now leads the EMEA team.', idPart: '##text'});
      await find(page, {match: /^Shows: I guide managers and senior engineers/, idPart: '##text'});
      await shot(page, 'live-panel-question-notes');
      await page.mouse.click(note.x + 10, note.y + note.h / 2);
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Control+c');
      await settle(page);
      assertEqual(await page.evaluate(() => window.scorecardTest.clipboard()),
        'Coached two first-time managers; one now leads the EMEA team.', 'copied from the panel');
      assert(!(await widgets(page)).some((w) => /^Q2\./.test(w.label) && w.label.includes('(asked)') === false),
        'an asked question without a note is marked asked');
      await ctx.close();
    },
  },
];
