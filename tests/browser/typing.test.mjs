// Typing never goes astray (issue 17): text typed while no field is active goes to the
// current note, whole, and takes the field; a digit rates only on purpose, after a pause,
// with a notice and Ctrl+Z to take it back; other screens ignore stray keys.
import {openApp, find, click, typeInto, settle, shot, assert, assertEqual} from './lib.mjs';

async function start(page) {
  await typeInto(page, {idPart: '##candidate'}, 'Sam Taylor');
  await typeInto(page, {idPart: '##interviewer'}, 'Ada Lovelace');
  await click(page, {label: 'Start interview'});
  await find(page, {idPart: '##question-'});
}

// The stored draft once `check(draft)` gives `expected` (autosave is within a second; a
// loaded machine can delay it).
async function storedUntil(page, check, expected, what) {
  const until = Date.now() + 10000;
  let got;
  for (;;) {
    got = await page.evaluate(() => {
      const k = Object.keys(localStorage).find((x) => x.startsWith('scorecard:draft:'));
      return k ? JSON.parse(localStorage.getItem(k)) : null;
    }).then((d) => d && check(d));
    if (JSON.stringify(got) === JSON.stringify(expected)) return;
    if (Date.now() > until) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
    await page.waitForTimeout(100);
  }
}

const note = (d) => d.scorecard.competencies[0].questions?.[0]?.note ?? '';
const score = (d) => d.scorecard.competencies[0].score ?? null;
const notices = async (page) => (await page.evaluate(() => window.scorecardTest.info())).notices.map((n) => n.text);

export default [
  {
    name: 'a sentence typed with no field active lands in the current note, whole, and nothing is rated',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {width: 1024, height: 700});
      await start(page);
      // Click on the page background: no field is active.
      await page.mouse.click(700, 660);
      await settle(page);
      await page.keyboard.type('Led 3 teams across 2 regions', {delay: 40});
      await storedUntil(page, note, 'Led 3 teams across 2 regions', 'the sentence in the note');
      await storedUntil(page, score, null, 'no rating from the digits');
      // The note field took the focus: what follows goes on in it.
      await page.keyboard.type('; hired 4 managers.', {delay: 40});
      await storedUntil(page, note, 'Led 3 teams across 2 regions; hired 4 managers.', 'typing continues in the field');
      await shot(page, 'typing-into-note');
      // After Escape, the same: the burst continues into the note.
      await page.keyboard.press('Escape');
      await page.keyboard.type(' Evidence 1: staffing. Evidence 2: budgets.', {delay: 30});
      await storedUntil(page, note, 'Led 3 teams across 2 regions; hired 4 managers. Evidence 1: staffing. Evidence 2: budgets.',
        'typing after Escape');
      await storedUntil(page, score, null, 'still unrated');
      assertEqual((await notices(page)).filter((t) => t.startsWith('Rated')), [], 'no rating notice');
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
  {
    name: 'a deliberate 3 after a pause rates, says so with the way back, and Ctrl+Z undoes it',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {width: 1280, height: 720});
      await start(page);
      await page.mouse.click(900, 690);
      await page.waitForTimeout(1300);  // a pause: the next digit is on purpose
      await page.keyboard.press('3');
      await storedUntil(page, score, 3, 'rated 3');
      await find(page, {label: 'Rated 3, Performing: Ctrl+Z undoes', idPart: '##text'});
      assert((await notices(page)).includes('Rated 3, Performing: Ctrl+Z undoes'), 'the notice is in the app\'s notices');
      await shot(page, 'typing-rated-by-key');
      assertEqual(await storedUntil(page, note, '', 'the digit typed nothing'), undefined, 'no text');
      await page.keyboard.press('Control+z');
      await storedUntil(page, score, null, 'Ctrl+Z undid the rating');
      // A digit right after typing a word is text.
      await page.waitForTimeout(1300);
      await page.keyboard.type('Rated4', {delay: 40});
      await storedUntil(page, note, 'Rated4', 'a digit inside a burst is text');
      await storedUntil(page, score, null, 'not rated by the 4');
      await ctx.close();
    },
  },
  {
    name: 'on screens without notes, stray keys do nothing and show nothing',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {width: 1024, height: 700});
      await page.mouse.click(900, 660);
      await page.keyboard.type('3 stray words 2', {delay: 20});
      await settle(page, 3);
      assertEqual(await notices(page), [], 'no notice on the start screen');
      const drafts = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('scorecard:draft:')).length);
      assertEqual(drafts, 0, 'nothing stored');
      await click(page, {label: 'Rubric library'});
      await page.mouse.click(900, 660);
      await page.keyboard.type('1 2 3 4 ?', {delay: 20});
      await settle(page, 3);
      assertEqual(await notices(page), [], 'no notice on the library');
      await find(page, {label: 'Import rubric...'});
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
];
