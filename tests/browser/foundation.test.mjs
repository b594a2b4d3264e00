// The app opens: a rendered, non-blank canvas that fills the window and follows
// resizes, the product's name, no console errors, and the test surface only with ?test.
import {openApp, find, canvasColours, shot, assert, assertEqual, settle} from './lib.mjs';

export default [
  {
    name: 'opens with the product name, no console errors, non-blank canvas',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl);
      await find(page, {label: 'Scorecard'});
      await find(page, {label: 'Start interview'});
      const c = await canvasColours(page);
      assert(c.colours > 8, `canvas looks blank: ${c.colours} colours`);
      assertEqual([c.width, c.height], [1280, 800], 'canvas backing store at ratio 1');
      await shot(page, 'start-dpr1');
      assertEqual(page.problems, [], 'console errors');
      await ctx.close();
    },
  },
  {
    name: 'fills the window and follows a resize',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl, {width: 1024, height: 700});
      let c = await canvasColours(page);
      assertEqual([c.width, c.height], [1024, 700], 'canvas at 1024x700');
      await page.setViewportSize({width: 1440, height: 900});
      await settle(page);
      c = await canvasColours(page);
      assertEqual([c.width, c.height], [1440, 900], 'canvas after resize');
      const theme = await find(page, {idPart: '##theme'});
      assert(theme.x + theme.w > 1300, `top bar follows the new width (theme switch at ${theme.x})`);
      await shot(page, 'start-1024-after-resize');
      await ctx.close();
    },
  },
  {
    name: 'widget list is published only with ?test',
    async run({browser, baseUrl}) {
      const {ctx, page} = await openApp(browser, baseUrl);
      const all = await page.evaluate(() => window.scorecardTest.widgets());
      assert(all.length > 5, 'widgets listed');
      for (const w of all) assert(typeof w.label === 'string' && typeof w.id === 'string' && w.w > 0 && w.h > 0, 'shape ' + JSON.stringify(w));
      const page2 = await ctx.newPage();
      await page2.goto(baseUrl);
      await page2.waitForTimeout(1500);
      assertEqual(await page2.evaluate(() => typeof window.scorecardTest), 'undefined', 'no test surface without ?test');
      await ctx.close();
    },
  },
];
