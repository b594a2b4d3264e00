// Keyboard-first interviewing and the drafts list: shortcuts act only outside text
// fields, Ctrl+S exports, "Not assessed" needs a reason, drafts can be resumed,
// exported and deleted (with confirmation), copy as text fills the clipboard, and
// leaving the page with unexported work asks first.
import fs from 'node:fs';
import {openApp, find, click, typeInto, replaceText, settle, shot, scrollTo, assert, assertEqual} from './lib.mjs';

async function start(page, candidate = 'Keyboard Candidate', interviewer = 'Key Interviewer') {
  await typeInto(page, {idPart: '##candidate'}, candidate);
  await typeInto(page, {idPart: '##interviewer'}, interviewer);
  await click(page, {label: 'Start interview'});
  await find(page, {label: 'Review and submit'});
}

async function stored(page) {
  await page.waitForTimeout(900);  // autosave is within a second
  return page.evaluate(() => {
    const k = Object.keys(localStorage).find((x) => x.startsWith('scorecard:draft:'));
    return k ? JSON.parse(localStorage.getItem(k)) : null;
  });
}

export default [
  {
    name: 'keys rate and move only outside text fields; Ctrl+S exports',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl);
      await start(page);
      await find(page, {label: 'I lead and support other leaders', idPart: '##text'});
      const ev = await scrollTo(page, {idPart: '##evidence-'});
      await page.mouse.click(ev.x + 20, ev.y + 10);
      await settle(page);
      await page.keyboard.type('Scored 1234 on a survey; moved left and right', {delay: 2});
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowRight');
      await settle(page);
      let d = await stored(page);
      assertEqual(d.scorecard.competencies[0].score ?? null, null, 'digits typed in a note do not rate');
      assertEqual(d.current, 0, 'arrows in a note do not move between competencies');
      assertEqual(d.scorecard.competencies[0].evidence[0].note, 'Scored 1234 on a survey; moved left and right', 'note');
      await page.keyboard.press('Escape');
      await settle(page);
      await page.keyboard.press('4');
      await settle(page);
      // Right and left step through the questions; Ctrl+Enter and Ctrl+Shift+Enter through competencies.
      await page.keyboard.press('ArrowRight');
      await settle(page);
      await page.keyboard.press('Control+Enter');
      await settle(page);
      await find(page, {label: 'I drive strategic improvements in how we support customers', idPart: '##text'});
      await page.keyboard.press('Control+Enter');
      await settle(page);
      await find(page, {label: 'I influence org-wide direction and effectiveness', idPart: '##text'});
      await page.keyboard.press('Control+Shift+Enter');
      await settle(page);
      await page.waitForTimeout(500);
      d = await stored(page);
      assertEqual(d.scorecard.competencies[0].score, 4, 'key 4 rated the first competency');
      assertEqual(d.current, 1, 'Ctrl+Enter twice, Ctrl+Shift+Enter once');
      assertEqual(d.questionAt[d.scorecard.competencies[0].id], 1, 'ArrowRight showed the second question');
      const downloadP = page.waitForEvent('download');
      await page.keyboard.press('Control+s');
      const download = await downloadP;
      assertEqual(download.suggestedFilename(), `keyboard-candidate-key-interviewer-${d.scorecard.date}.scorecard.json`, 'Ctrl+S file');
      const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
      assertEqual(file.submittedAt, null, 'a draft exports unsealed');
      assertEqual(file.competencies[0].score, 4, 'exported score');
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
  {
    name: 'not assessed needs a reason and is separate from every score',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl);
      await start(page);
      const na = await scrollTo(page, {label: 'Not assessed'});
      await page.mouse.click(na.x + 10, na.y + na.h / 2);
      await settle(page);
      await typeInto(page, {idPart: '##na-reason'}, 'Covered by the hiring manager');
      await page.keyboard.press('Escape');
      const d = await stored(page);
      assertEqual(d.scorecard.competencies[0].notAssessedReason, 'Covered by the hiring manager', 'reason');
      assertEqual(d.scorecard.competencies[0].score ?? null, null, 'no score');
      await click(page, {label: 'Review and submit'});
      // The review lists each competency's state as text.
      await find(page, {label: 'Not assessed', idPart: '##text'});
      await ctx.close();
    },
  },
  {
    name: 'drafts list: resume, export, delete with confirmation; copy as text; leaving asks first',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {permissions: ['clipboard-read', 'clipboard-write']});
      await start(page, 'Draft Person', 'List Checker');
      await page.keyboard.press('3');
      await settle(page);
      await click(page, {label: 'Back to interviews'});
      await find(page, {label: 'Draft Person', idPart: '##text'});
      await click(page, {label: 'Resume'});
      await find(page, {label: 'Review and submit'});
      await click(page, {label: 'Review and submit'});
      const copy = await scrollTo(page, {label: 'Copy as text'});
      await page.mouse.click(copy.x + 20, copy.y + copy.h / 2);
      await settle(page);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      assert(text.includes('Draft Person') && text.includes('List Checker'), 'Markdown summary on the clipboard: ' + text.slice(0, 200));
      assert(text.includes('I lead and support other leaders'), 'summary lists competencies');
      // Leaving with unexported work asks first.
      let asked = null;
      page.on('dialog', async (dialog) => { asked = dialog.type(); await dialog.dismiss(); });
      await page.close({runBeforeUnload: true});
      await new Promise((r) => setTimeout(r, 1500));
      assertEqual(asked, 'beforeunload', 'the page asks before leaving with unexported work');
      const page2 = await ctx.newPage();
      await page2.goto(baseUrl + '?test');
      await page2.waitForFunction(() => window.scorecardTest && window.scorecardTest.ready(), null, {timeout: 30000});
      // It resumes on the review screen where the user was.
      await scrollTo(page2, {label: 'Copy as text'});
      await click(page2, {label: 'Interviews'});
      await click(page2, {label: 'Delete'});
      await find(page2, {label: 'Keep it'});
      await click(page2, {label: 'Keep it'});
      await find(page2, {label: 'Resume'});
      await click(page2, {label: 'Delete'});
      await click(page2, {label: 'Delete', idPart: 'Delete interview?'});
      await settle(page2);
      await find(page2, {label: 'No interviews yet.', idPart: '##text'});
      const keys = await page2.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('scorecard:draft:')));
      assertEqual(keys, [], 'deleted from storage');
      await ctx.close();
    },
  },
  {
    name: 'notes keep emoji, wrap at the field width, and Backspace at a wrapped line start deletes one character',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {width: 1024, height: 700});
      await start(page, 'Wrap Person', 'Emoji Tester');
      const ev = await scrollTo(page, {idPart: '##evidence-'});
      await page.mouse.click(ev.x + 20, ev.y + 10);
      await settle(page);
      const words = 'word '.repeat(40).trim();  // wraps onto several lines in a 1024 px window
      await page.keyboard.insertText('Great answer 👍 ' + words);
      await settle(page, 3);
      let note = (await stored(page)).scorecard.competencies[0].evidence[0].note;
      assertEqual(note, 'Great answer 👍 ' + words, 'emoji kept, no soft breaks stored');
      // Put the cursor at the start of the second visual line and press Backspace.
      const field = await find(page, {idPart: '##evidence-'});
      const line = 16 * 1.2;  // Inter 16 px line height is about 19 px
      await page.mouse.click(field.x + 10 + 1, field.y + 7 + line * 1.5);
      await page.keyboard.press('Home');
      await page.keyboard.press('Backspace');
      await settle(page, 3);
      note = (await stored(page)).scorecard.competencies[0].evidence[0].note;
      assert(!note.includes('\u200b') && !note.includes('\n'), 'no invisible characters or hard breaks: ' + JSON.stringify(note));
      assertEqual(note.length, ('Great answer 👍 ' + words).length - 1, 'exactly one character deleted');
      await ctx.close();
    },
  },
  {
    name: 'details are corrected on the review before submitting; an impossible date is refused, not stored',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl);
      await start(page, 'Jon Smiht', 'Me');
      await click(page, {label: 'Review and submit'});
      await click(page, {label: 'Correct the candidate, interviewer or date'});
      await replaceText(page, {idPart: '##details-candidate'}, 'Jon Smith');
      await replaceText(page, {idPart: '##details-date'}, '2026-02-30');
      const msg = await find(page, {idPart: '##text', label: undefined, nth: 0}).then(async () =>
        (await page.evaluate(() => window.scorecardTest.widgets())).find((w) => w.label.startsWith('Enter a real date')));
      assert(msg, 'an impossible date is explained');
      const d = await stored(page);
      assertEqual([d.scorecard.candidate.name, d.scorecard.date.length], ['Jon Smith', 10], 'name corrected');
      assert(d.scorecard.date !== '2026-02-30', 'impossible date not stored');
      await ctx.close();
    },
  },
];
