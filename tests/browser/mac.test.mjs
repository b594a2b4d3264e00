// On a Mac, Cmd is the shortcut key: Cmd+A, Cmd+C, Cmd+V in text fields and Cmd+S to
// export, while Ctrl+S does nothing there. The page is told it runs on a Mac.
import {openApp, find, click, typeInto, settle, assert, assertEqual} from './lib.mjs';

export default [
  {
    name: 'Cmd is the shortcut key on a Mac: select all, copy, paste replayed as Cmd+V, export',
    async run({browser, baseUrl}) {
      const context = await browser.newContext({viewport: {width: 1280, height: 800}, acceptDownloads: true,
        permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers: 'block'});
      await context.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'platform', {get: () => 'MacIntel'});
      });
      const {page} = await openApp(browser, baseUrl, {context});
      assert(await page.evaluate(() => Module.scorecard.isMac), 'the page believes it is a Mac');
      await typeInto(page, {idPart: '##candidate'}, 'Grace Hopper');
      await page.keyboard.press('Meta+a');
      await page.keyboard.press('Meta+c');
      await settle(page);
      assertEqual(await page.evaluate(() => navigator.clipboard.readText()), 'Grace Hopper', 'Cmd+A, Cmd+C copy');
      await click(page, {idPart: '##interviewer'});
      // The paste itself is the browser's: Chromium on Linux pastes on Ctrl+V even when the page
      // thinks it is a Mac (a real Mac pastes on Cmd+V). The app then replays Cmd+V to ImGui,
      // which with Mac behaviour pastes only on Cmd: this checks that replay.
      await page.keyboard.press('Control+v');
      await settle(page);
      await click(page, {label: 'Start interview'});
      await find(page, {label: 'Review and submit'});
      const d = await page.evaluate(async () => {
        await new Promise((r) => setTimeout(r, 900));
        const k = Object.keys(localStorage).find((x) => x.startsWith('scorecard:draft:'));
        return JSON.parse(localStorage.getItem(k)).scorecard;
      });
      assertEqual(d.interviewer.name, 'Grace Hopper', 'Cmd+V pasted');
      let downloaded = false;
      page.on('download', () => { downloaded = true; });
      await page.keyboard.press('Control+s');
      await settle(page, 3);
      assert(!downloaded, 'Ctrl+S is not the shortcut on a Mac');
      const downloadP = page.waitForEvent('download');
      await page.keyboard.press('Meta+s');
      const download = await downloadP;
      assert(download.suggestedFilename().startsWith('grace-hopper-grace-hopper-'), download.suggestedFilename());
      await context.close();
    },
  },
];
