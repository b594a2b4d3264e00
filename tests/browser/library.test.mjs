// The rubric library screen: the built-in levels are listed, a rubric reads in full
// (summary, competencies, questions, anchors, hiring bar), a rubric can be chosen
// for a new interview, and a bad import names the file and the line.
import path from 'node:path';
import {openApp, find, click, settle, shot, scrollTo, typeInto, assert, assertEqual} from './lib.mjs';

export default [
  {
    name: 'browse the built-in library and read a rubric in full',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl);
      await click(page, {label: 'Rubric library'});
      for (const level of ['L1: Junior DevOps Support Engineer', 'L2: DevOps Support Engineer',
        'L3: Senior DevOps Support Engineer', 'L4: Lead DevOps Support Engineer', 'L4: Support Manager',
        'L5: Principal DevOps Support Engineer', 'L5: Senior Support Manager']) {
        await find(page, {label: level, idPart: '##lib-'});
      }
      // The default rubric is shown: its summary quote and its first competency.
      await find(page, {label: 'I lead and support other leaders', idPart: '##text'});
      await shot(page, 'library-l5');
      await scrollTo(page, {label: 'Rating scale', idPart: '##text'});
      await scrollTo(page, {label: '3  Performing', idPart: '##text'});
      await scrollTo(page, {label: '4  Exceeding', idPart: '##text'});
      await scrollTo(page, {label: 'What success looks like', idPart: '##text'});
      // Another level, then interview with it.
      await click(page, {label: 'L4: Support Manager', idPart: '##lib-'});
      await find(page, {label: 'I support growth and performance at the individual level', idPart: '##text'});
      await click(page, {label: 'Interview with this rubric'});
      // The set-up form has the chosen rubric: an interview started now uses it.
      await typeInto(page, {idPart: '##candidate'}, 'Lib Candidate');
      await typeInto(page, {idPart: '##interviewer'}, 'Lib Interviewer');
      await click(page, {label: 'Start interview'});
      await find(page, {idPart: '##competency-'});
      const rubricId = await page.waitForFunction(() => {
        const k = Object.keys(localStorage).find((x) => x.startsWith('scorecard:draft:'));
        return k && JSON.parse(localStorage.getItem(k)).scorecard.rubric.id;
      }, null, {timeout: 8000}).then((h) => h.jsonValue());
      assertEqual(rubricId, 'l4-support-manager', 'the interview uses the rubric chosen in the library');
      assert(page.problems.length === 0, 'console errors: ' + page.problems.join('; '));
      await ctx.close();
    },
  },
  {
    name: 'a bad rubric through the file chooser: the message names the file and the line',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl);
      await click(page, {label: 'Rubric library'});
      const chooserP = page.waitForEvent('filechooser');
      await click(page, {label: 'Import rubric...'});
      const chooser = await chooserP;
      await chooser.setFiles([path.resolve('tests/data/rubrics/bad/duplicate-titles.md')]);
      await settle(page, 3);
      const all = await page.evaluate(() => window.scorecardTest.widgets());
      const msg = all.find((w) => w.id.endsWith('##text') && w.label.startsWith('duplicate-titles.md:'));
      assert(msg, 'error names file:line: ' + all.filter((w) => w.id.endsWith('##text')).map((w) => w.label).join(' | '));
      assert(/duplicate-titles\.md:\d+: /.test(msg.label), msg.label);
      await shot(page, 'library-bad-import');
      const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('scorecard:rubric:')));
      assert(stored.length === 0, 'nothing stored for a bad file');
      await ctx.close();
    },
  },
];
