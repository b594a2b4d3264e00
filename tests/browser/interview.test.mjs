// A whole interview through real clicks and typing: set-up, evidence notes on
// every competency, ratings by click and by key, a reload in the middle that
// must lose nothing, review, submit, and the downloaded scorecard checked field by field.
import fs from 'node:fs';
import {openApp, waitReady, find, click, typeInto, settle, shot, scrollTo, assert, assertEqual, startInterview} from './lib.mjs';

const L5 = ['I lead and support other leaders', 'I drive strategic improvements in how we support customers',
  'I influence org-wide direction and effectiveness', 'I build and protect a strong, values-aligned culture'];

export default [
  {
    name: 'a whole interview, reloaded in the middle, submitted and exported',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {width: 1280, height: 900});
      await startInterview(page, 'Zoë Łukasiewicz', 'Ana Núñez');
      await shot(page, 'interview-first-competency');
      const notes = {};
      for (let i = 0; i < L5.length; i++) {
        // Evidence for the first behaviour, typed for real.
        const note = `C${i + 1}: led the rollout of a new escalation path; result ${i + 1}0% fewer pages.`;
        notes[i] = note;
        const ev = await scrollTo(page, {idPart: '##evidence-', nth: 0});
        await page.mouse.click(ev.x + 20, ev.y + 10);
        await settle(page);
        await page.keyboard.type(note, {delay: 2});
        await settle(page);
        // Typing digits in a note must not rate.
        if (i === 1) {
          // Reload in the middle: everything typed so far must come back.
          await page.waitForTimeout(1200);  // autosave is within a second
          await page.reload();
          await waitReady(page);
          await find(page, {label: 'Review and submit'});
          await shot(page, 'interview-after-reload');
        }
        // Leave the text field, then rate with the keyboard (1-4) or a click. A digit right
        // after typing is text (issue 17): pause first, as an interviewer rating on purpose does.
        await page.keyboard.press('Escape');
        await settle(page);
        await page.waitForTimeout(1100);
        if (i % 2 === 0) {
          await page.keyboard.press(String(2 + (i % 3)));
        } else {
          const rate = await scrollTo(page, {idPart: '##rate-3'});
          await page.mouse.click(rate.x + 30, rate.y + Math.min(10, rate.h / 2));
          await shot(page, 'interview-rated-' + i);
        }
        await settle(page);
        if (i + 1 < L5.length) {
          await page.keyboard.press('Control+Enter');  // next competency
          await settle(page);
        }
      }
      // The stored draft has every note (what a reload or a crash would restore): autosave is within a second.
      await page.waitForTimeout(1000);
      const stored = await page.evaluate(() => {
        const k = Object.keys(localStorage).find((x) => x.startsWith('scorecard:draft:'));
        return JSON.parse(localStorage.getItem(k));
      });
      const comps = stored.scorecard.competencies;
      for (let i = 0; i < L5.length; i++) {
        assert(comps[i].evidence.length === 1 && comps[i].evidence[0].note === notes[i],
          `competency ${i + 1} note kept: ${JSON.stringify(comps[i].evidence)}`);
      }
      assertEqual(comps.map((c) => c.score), [2, 3, 4, 3], 'scores by key and click');

      await click(page, {label: 'Review and submit'});
      await find(page, {label: 'Back to the interview'});
      await shot(page, 'review-before-submit');
      const fill = async (idPart, text) => {
        const w = await scrollTo(page, {idPart});
        await page.mouse.click(w.x + 20, w.y + Math.min(10, w.h / 2));
        await settle(page);
        await page.keyboard.type(text, {delay: 2});
        await page.keyboard.press('Escape');
        await settle(page);
      };
      const press = async (label) => {
        const w = await scrollTo(page, {label});
        await page.mouse.click(w.x + Math.min(w.w / 2, 30), w.y + w.h / 2);
        await settle(page);
      };
      await fill('##takeaways', 'Strong systems thinker; coaching evidence thinner.');
      await fill('##private', 'Reminded me of a former colleague (private).');
      await press('Yes');
      await fill('##rationale', 'Meets the L5 bar on three of four competencies with evidence.');
      await shot(page, 'review-ready');
      await press('Submit scorecard');
      await scrollTo(page, {label: 'Reopen'});
      await shot(page, 'review-submitted');
      const downloadP = page.waitForEvent('download');
      await press('Export JSON');
      const download = await downloadP;
      assertEqual(download.suggestedFilename(), 'zoe-lukasiewicz-ana-nunez-' + stored.scorecard.date + '.scorecard.json', 'file name');
      const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
      assertEqual(file.format, 'scorecard', 'format');
      assertEqual(file.version, 1, 'version');
      assert(/^[0-9a-f-]{36}$/.test(file.id), 'uuid id');
      assertEqual(file.rubric.id, 'l5-senior-support-manager', 'rubric id');
      assert(/^sha256:[0-9a-f]{64}$/.test(file.rubric.digest), 'rubric digest');
      assertEqual(file.candidate, {name: 'Zoë Łukasiewicz'}, 'candidate');
      assertEqual(file.interviewer, {name: 'Ana Núñez'}, 'interviewer');
      assert(/^\d{4}-\d{2}-\d{2}$/.test(file.date), 'date');
      assertEqual(file.competencies.map((c) => c.score), [2, 3, 4, 3], 'scores');
      assertEqual(file.competencies.map((c) => c.evidence[0].note), Object.values(notes), 'evidence notes');
      assertEqual(file.recommendation, 'yes', 'recommendation');
      assertEqual(file.rationale, 'Meets the L5 bar on three of four competencies with evidence.', 'rationale');
      assertEqual(file.keyTakeaways, 'Strong systems thinker; coaching evidence thinner.', 'key takeaways');
      assert(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(file.submittedAt), 'submittedAt ' + file.submittedAt);
      assert(/^sha256:[0-9a-f]{64}$/.test(file.digest), 'digest');
      assert(!JSON.stringify(file).includes('former colleague'), 'private notes never exported');
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
];
