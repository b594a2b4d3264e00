// Accessibility (docs/accessibility.md): the mirror of the UI in the DOM beside the canvas.
// axe-core finds no serious or critical violation on any screen; each screen's
// accessibility tree matches its committed snapshot (tests/browser/expected/, rewrite with
// SCORECARD_UPDATE_SNAPSHOTS=1 and read the diff); a whole interview and a whole debrief
// with the keyboard alone (no mouse event reaches the page); the same through the mirror
// alone, as a screen reader would (controls found by role and name, activated by the
// element's click, values and states read back); every text colour of both themes keeps
// 4.5:1 on every background and the focus ring 3:1 (WCAG's formula written here, not the
// app's); forced colours, reduced motion, 24 px targets and 400% zoom.
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {openApp, settle, stable, shot, assert, assertEqual} from './lib.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const EXPECTED = path.resolve('tests/browser/expected');
const FIXTURES = path.resolve('tests/data/scorecards');
const FOUR = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(FIXTURES, f)).slice(0, 4);

async function open(browser, baseUrl, opts = {}) {
  // The page's CSP allows no injected script: axe comes in with it bypassed, in tests only.
  const context = await browser.newContext({viewport: {width: opts.width || 1280, height: opts.height || 800},
    deviceScaleFactor: opts.dpr || 1, acceptDownloads: true, serviceWorkers: 'block', bypassCSP: true,
    reducedMotion: opts.reducedMotion || 'no-preference', forcedColors: opts.forcedColors || 'none'});
  return openApp(browser, baseUrl, {context});
}

// ---- reading the mirror ------------------------------------------------------------
const mirror = (page) => page.locator('#a11y');
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return null;
    if (el.id === 'ime') return {role: 'textbox', name: el.getAttribute('aria-label'), value: el.value, ime: true};
    return {role: el.getAttribute('role'), name: el.getAttribute('aria-label'), checked: el.getAttribute('aria-checked'),
      value: el.textContent};
  });
}
async function mirrorSettled(page) {
  await stable(page);
  await settle(page, 2);
}
// Presses Tab (Shift+Tab when `back`) until the focus is on `role` named `name` (a string
// or a regular expression): reachable in reading order within `max` presses.
async function tabTo(page, role, name, {back = false, max = 120} = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    // Tab moves the DOM focus at once: frames are needed only once there (text typed on a
    // field before it opens is kept for it).
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    seen.push(f && `${f.role}:${f.name}`);
    const match = f && f.role === role && (typeof name === 'string' ? f.name === name : name.test(f.name || ''));
    if (match) {
      await settle(page, 2);
      return f;
    }
  }
  throw new Error(`Tab never reached ${role} ${name}; went through: ${seen.slice(-40).join(' | ')}`);
}
// Waits until the mirror has this control (in view or not).
async function present(page, role, name, timeout = 10000) {
  await page.getByRole(role, {name, exact: true}).first().waitFor({state: 'attached', timeout});
}
async function press(page, key) {
  await page.keyboard.press(key);
  await mirrorSettled(page);
}

// Through the mirror: a control by role and exact name, clicked as a screen reader does.
const control = (page, role, name) => page.getByRole(role, {name, exact: true});
async function activate(page, role, name) {
  await control(page, role, name).dispatchEvent('click');
  await mirrorSettled(page);
}
// The set-up form filled through the mirror, then "Start interview".
async function startThroughMirror(page, date = null) {
  await control(page, 'textbox', 'Candidate').focus();
  await page.keyboard.type('Ada Lovelace');
  await control(page, 'textbox', 'Interviewer').focus();
  await page.keyboard.type('Grace Hopper');
  if (date) {
    await control(page, 'textbox', 'Date').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(date);
  }
  await control(page, 'button', 'Start interview').dispatchEvent('click');
  await present(page, 'button', 'Review and submit');
}
// Four fixture scorecards loaded on the panel through its button.
async function loadFour(page) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', {timeout: 10000}),
    control(page, 'button', 'Load scorecards...').dispatchEvent('click')]);
  await chooser.setFiles(FOUR);
  await page.waitForTimeout(500);
  await mirrorSettled(page);
}

// ---- axe and snapshots ---------------------------------------------------------------
async function axe(page, screen) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({path: AXE});
  const result = await page.evaluate(() => window.axe.run(document, {resultTypes: ['violations']}));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(!bad.length, `${screen}: axe: ` + bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('; '));
  return result.violations.length;
}
// Today's date and the clock's seconds change from run to run: they are written as
// placeholders, everything else as it is.
function stableText(snapshot) {
  return snapshot.replace(/\b\d{4}-\d{2}-\d{2}\b/g, '<date>').replace(/\b\d+:\d\d\b/g, '<m:ss>') + '\n';
}
async function matchesSnapshot(page, screen) {
  const actual = stableText(await mirror(page).ariaSnapshot());
  const file = path.join(EXPECTED, `a11y-${screen}.yml`);
  if (process.env.SCORECARD_UPDATE_SNAPSHOTS === '1' || !fs.existsSync(file)) {
    fs.mkdirSync(EXPECTED, {recursive: true});
    fs.writeFileSync(file, actual);
    if (process.env.SCORECARD_UPDATE_SNAPSHOTS !== '1') throw new Error(`${file} did not exist: written, read it and commit it`);
    return;
  }
  const expected = fs.readFileSync(file, 'utf8');
  if (actual !== expected) {
    const a = actual.split('\n'), e = expected.split('\n');
    const at = a.findIndex((line, i) => line !== e[i]);
    throw new Error(`${screen}: the accessibility tree differs from ${path.relative('.', file)} at line ${at + 1}:\n` +
      `  expected: ${e[at]}\n  actual:   ${a[at]}`);
  }
}
// Every control has a name, and no name is an ImGui id ("##...", or a bare slug).
async function namesAreWords(page, screen) {
  const bad = await page.evaluate(() => [...document.querySelectorAll('#a11y [role]')]
    .filter((el) => !['radiogroup', 'tablist', 'listbox'].includes(el.getAttribute('role')))
    .map((el) => el.getAttribute('aria-label') || '')
    .filter((n) => !n.trim() || n.includes('##') || /^[a-z0-9]+(-[a-z0-9]+)+$/.test(n)));
  assert(!bad.length, `${screen}: controls without a real name: ${JSON.stringify(bad.slice(0, 10))}`);
}
async function checkScreen(page, screen) {
  await mirrorSettled(page);
  await namesAreWords(page, screen);
  await axe(page, screen);
  await matchesSnapshot(page, screen);
  await shot(page, `a11y-${screen}`);
}

// ---- WCAG's contrast, written here ---------------------------------------------------
function luminance(hex) {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

async function keyboardInterview(page) {
  await tabTo(page, 'textbox', 'Candidate');
  await page.keyboard.type('Ada Lovelace');
  await tabTo(page, 'textbox', 'Interviewer');
  await page.keyboard.type('Grace Hopper');
  await tabTo(page, 'button', 'Start interview');
  await press(page, 'Enter');
  await present(page, 'button', 'Review and submit');
  for (let c = 0; c < 4; c++) {
    // Evidence in the first note field, then a rating from the radio group.
    const note = await tabTo(page, 'textbox', /.+/);
    await page.keyboard.type(`Evidence for competency ${c + 1}, typed without a mouse.`);
    await settle(page, 2);
    await mirrorSettled(page);
    const typed = await focused(page);
    assert(typed.value.includes(`competency ${c + 1}`), `competency ${c + 1}: typed into ${note.name}: ${JSON.stringify(typed)}`);
    await tabTo(page, 'radio', /^2\s+/);
    await page.keyboard.press('ArrowRight');  // arrows move within the group
    await settle(page, 2);
    assert(/^3\s+/.test((await focused(page)).name), 'ArrowRight moved to the next rating');
    await press(page, 'Space');
    assertEqual((await focused(page)).checked, 'true', `competency ${c + 1} rated with Space`);
    if (c < 3) await press(page, 'Control+Enter');
  }
  await tabTo(page, 'button', 'Review and submit', {back: true});
  await press(page, 'Enter');
  await present(page, 'button', 'Submit scorecard');
  await tabTo(page, 'radio', 'Yes');
  await press(page, 'Space');
  await tabTo(page, 'textbox', 'Rationale');
  await page.keyboard.type('Consistent evidence across every competency.');
  await press(page, 'Escape');  // leaves the field (the keys go back to the screen's shortcuts), keeps the text
  const left = await focused(page);
  assertEqual([left.name, left.value], ['Keyboard input for Scorecard', ''], 'Escape left the field');
  const rationale = await control(page, 'textbox', 'Rationale').textContent();
  assert(rationale.includes('Consistent evidence'), 'the rationale kept its text after Escape: ' + rationale);
  await tabTo(page, 'button', 'Submit scorecard');
  await press(page, 'Enter');
  await present(page, 'button', 'Reopen');
  await tabTo(page, 'button', 'Export JSON', {back: true});
  const [download] = await Promise.all([page.waitForEvent('download', {timeout: 10000}), page.keyboard.press('Enter')]);
  const card = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assertEqual(card.competencies.map((c) => c.score), [3, 3, 3, 3], 'exported ratings');
  assert(card.submittedAt && card.recommendation === 'yes', 'exported submitted, recommending yes');
}

async function keyboardDebrief(page) {
  await tabTo(page, 'tab', 'Panel', {back: true});
  await press(page, 'Enter');
  await tabTo(page, 'button', 'Load scorecards...');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', {timeout: 10000}), page.keyboard.press('Enter')]);
  await chooser.setFiles(FOUR);
  await page.waitForTimeout(500);
  await mirrorSettled(page);
  await tabTo(page, 'button', 'I lead the debrief: reveal all scores');
  await press(page, 'Enter');
  await tabTo(page, 'radio', /^Hire/);
  await press(page, 'Space');
  await tabTo(page, 'textbox', 'Rationale');
  await page.keyboard.type('The panel agreed on the evidence.');
  await tabTo(page, 'textbox', 'Who attended');
  await page.keyboard.type('Elena, Marcus, Priya, Tom');
  await tabTo(page, 'button', 'Export panel JSON');
  const [download] = await Promise.all([page.waitForEvent('download', {timeout: 10000}), page.keyboard.press('Enter')]);
  const out = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert(JSON.stringify(out).includes('The panel agreed on the evidence.'), 'the exported decision holds the rationale');
}

export default [
  {
    name: 'axe and the accessibility tree on every screen: start, library, interview, review, panel before and after reveal',
    async run({browser, baseUrl}) {
      const {ctx, page} = await open(browser, baseUrl);
      await checkScreen(page, 'start');
      await page.getByRole('tab', {name: 'Rubric library', exact: true}).dispatchEvent('click');
      await checkScreen(page, 'library');
      await activate(page, 'tab', 'Interviews');
      await startThroughMirror(page, '2025-03-04');
      await checkScreen(page, 'interview');
      await page.getByRole('button', {name: 'Review and submit', exact: true}).first().dispatchEvent('click');
      await present(page, 'button', 'Submit scorecard');
      await checkScreen(page, 'review');
      await activate(page, 'tab', 'Panel');
      await loadFour(page);
      await checkScreen(page, 'panel');
      await page.getByRole('button', {name: 'I lead the debrief: reveal all scores', exact: true}).dispatchEvent('click');
      await checkScreen(page, 'panel-revealed');
      assert(!page.problems.length, page.problems.join('\n'));
      await ctx.close();
    },
  },
  {
    name: 'keyboard only: set up, four competencies with evidence and ratings, submit, export; load four on the panel, reveal, decide, export',
    async run({browser, baseUrl}) {
      const {ctx, page} = await open(browser, baseUrl);
      await page.evaluate(() => {
        window.pointerEvents = 0;
        for (const t of ['pointerdown', 'mousedown', 'click', 'wheel'])
          window.addEventListener(t, (e) => { if (e.isTrusted && e.detail !== 0) window.pointerEvents++; }, true);
      });
      await keyboardInterview(page);
      await keyboardDebrief(page);
      assertEqual(await page.evaluate(() => window.pointerEvents), 0, 'mouse events during the journey');
      await shot(page, 'a11y-keyboard-journey-end');
      assert(!page.problems.length, page.problems.join('\n'));
      await ctx.close();
    },
  },
  {
    name: 'through the mirror alone: find by role and name, activate by click, read back values, states and notices',
    async run({browser, baseUrl}) {
      const {ctx, page} = await open(browser, baseUrl);
      const rubric = page.getByRole('combobox', {name: 'Rubric', exact: true});
      assert((await rubric.textContent()).includes('L5: Senior Support Manager'), 'the rubric combobox reads its value');
      assertEqual(await rubric.getAttribute('aria-expanded'), 'false', 'closed at first');
      await rubric.dispatchEvent('click');
      await mirrorSettled(page);
      assertEqual(await rubric.getAttribute('aria-expanded'), 'true', 'opened by its click');
      const options = page.getByRole('option');
      assert((await options.count()) >= 7, 'every level is an option');
      await page.getByRole('option', {name: 'L4: Support Manager', exact: true}).dispatchEvent('click');
      await mirrorSettled(page);
      assertEqual(await rubric.textContent(), 'L4: Support Manager', 'the chosen level is the combobox value');
      assertEqual(await rubric.getAttribute('aria-expanded'), 'false', 'closed after the choice');
      const split = page.getByRole('checkbox', {name: 'I cover only some competencies (panel split)', exact: true});
      assertEqual(await split.getAttribute('aria-checked'), 'false', 'split off');
      await split.dispatchEvent('click');
      await mirrorSettled(page);
      assertEqual(await split.getAttribute('aria-checked'), 'true', 'split on by its click');
      await split.dispatchEvent('click');
      await mirrorSettled(page);
      const candidate = page.getByRole('textbox', {name: 'Candidate', exact: true});
      assertEqual(await candidate.getAttribute('aria-required'), 'true', 'Candidate is required');
      await candidate.focus();
      await mirrorSettled(page);
      assertEqual((await focused(page)).name, 'Candidate', 'the field being edited names #ime');
      await page.keyboard.type('Ada Lovelace');
      await mirrorSettled(page);
      assertEqual(await page.evaluate(() => document.getElementById('ime').value), 'Ada Lovelace', '#ime holds the value');
      await page.getByRole('textbox', {name: 'Interviewer', exact: true}).focus();
      await page.keyboard.type('Grace Hopper');
      await mirrorSettled(page);
      assertEqual(await candidate.textContent(), 'Ada Lovelace', 'the Candidate field reads back its value');
      await page.getByRole('button', {name: 'Start interview', exact: true}).dispatchEvent('click');
      await present(page, 'button', 'Review and submit');
      await mirrorSettled(page);
      assert(await page.getByRole('heading', {name: 'Ada Lovelace', exact: true}).count() > 0, 'the candidate is a heading');
      const rail = page.getByRole('tablist', {name: 'Competencies', exact: true}).getByRole('tab');
      assertEqual(await rail.count(), 4, 'four competencies in the rail');
      assertEqual(await rail.first().getAttribute('aria-selected'), 'true', 'the first competency is current');
      const rating = page.getByRole('radiogroup', {name: 'Rating', exact: true}).getByRole('radio', {name: /^3\s+/});
      await rating.dispatchEvent('click');
      await mirrorSettled(page);
      assertEqual(await rating.getAttribute('aria-checked'), 'true', 'rated 3 by the radio button');
      await rail.nth(1).dispatchEvent('click');
      await mirrorSettled(page);
      assertEqual(await rail.nth(1).getAttribute('aria-selected'), 'true', 'the second competency by its tab');
      assert((await rail.first().getAttribute('aria-label')).includes('Rated'), 'the first tab says it is rated: ' + await rail.first().getAttribute('aria-label'));
      // A notice is read out by the live region.
      await page.getByRole('button', {name: 'Review and submit', exact: true}).first().dispatchEvent('click');
      await present(page, 'button', 'Export JSON');
      await Promise.all([page.waitForEvent('download', {timeout: 10000}),
        page.getByRole('button', {name: 'Export JSON', exact: true}).dispatchEvent('click')]);
      await mirrorSettled(page);
      const said = await page.locator('#a11y-status').textContent();
      assert(said.includes('Exported'), 'the live region says what happened: ' + said);
      assert(!page.problems.length, page.problems.join('\n'));
      await ctx.close();
    },
  },
  {
    name: 'contrast: every text colour 4.5:1 on every background of both themes, the focus ring 3:1',
    async run({browser, baseUrl}) {
      const {ctx, page} = await open(browser, baseUrl);
      const palettes = await page.evaluate(() => window.scorecardTest.palettes());
      const low = [];
      for (const [theme, p] of Object.entries(palettes)) {
        for (const [t, fg] of Object.entries(p.text))
          for (const [b, bg] of Object.entries(p.backgrounds))
            if (contrast(fg, bg) < 4.5) low.push(`${theme} ${t} ${fg} on ${b} ${bg}: ${contrast(fg, bg).toFixed(2)}`);
        if (contrast(p.primary.text, p.primary.background) < 4.5) low.push(`${theme} primary button text`);
        for (const [b, bg] of Object.entries(p.backgrounds))
          if (contrast(p.focus, bg) < 3) low.push(`${theme} focus ring on ${b}: ${contrast(p.focus, bg).toFixed(2)}`);
      }
      assert(!low.length, 'below WCAG AA: ' + low.join('; '));
      // The formula itself, on colours whose ratios WCAG's own examples give.
      assertEqual(contrast('#000000', '#ffffff').toFixed(1), '21.0', 'black on white');
      assertEqual(contrast('#767676', '#ffffff').toFixed(2), '4.54', '#767676 on white');
      await ctx.close();
    },
  },
  {
    name: 'system settings: forced colours draw with the system palette; reduced motion stops the caret blinking',
    async run({browser, baseUrl}) {
      const {ctx, page} = await open(browser, baseUrl, {forcedColors: 'active', reducedMotion: 'reduce'});
      const expected = await page.evaluate(() => {
        const probe = document.createElement('div');
        document.body.appendChild(probe);
        probe.style.color = 'Canvas';
        const c = getComputedStyle(probe).color.match(/\d+/g).map(Number);
        probe.remove();
        return c;
      });
      await settle(page, 3);
      const corner = await page.evaluate(() => {
        const c = document.getElementById('canvas');
        const o = document.createElement('canvas');
        o.width = c.width; o.height = c.height;
        const g = o.getContext('2d');
        g.drawImage(c, 0, 0);
        return [...g.getImageData(c.width - 5, c.height - 5, 1, 1).data.slice(0, 3)];
      });
      assertEqual(corner, expected, 'the window background is the system Canvas colour');
      await shot(page, 'a11y-forced-colors');
      // A text field being edited with reduced motion: the app asks for no frames to blink.
      await page.getByRole('textbox', {name: 'Candidate', exact: true}).focus();
      await mirrorSettled(page);
      const before = await page.evaluate(() => window.scorecardTest.frames());
      await page.waitForTimeout(1500);
      const after = await page.evaluate(() => window.scorecardTest.frames());
      assert(after - before <= 1, `no frames for a blinking caret: ${after - before} in 1.5 s`);
      await ctx.close();
    },
  },
  {
    name: 'targets at least 24 CSS px on every screen; 400% zoom of a 1280 px window reflows without cutting controls',
    async run({browser, baseUrl}) {
      const small = async (page, screen) => {
        const rects = await page.evaluate(() => [...document.querySelectorAll('#a11y [tabindex="0"]')].map((el) => ({
          name: el.getAttribute('aria-label'), w: parseFloat(el.style.width), h: parseFloat(el.style.height)})));
        const bad = rects.filter((r) => r.w < 24 || r.h < 24);
        assert(!bad.length, `${screen}: targets under 24 px: ` + bad.slice(0, 8).map((r) => `${r.name} ${r.w}x${r.h}`).join(', '));
      };
      const {ctx, page} = await open(browser, baseUrl);
      await mirrorSettled(page);
      await small(page, 'start');
      await page.getByRole('combobox', {name: 'Rubric', exact: true}).dispatchEvent('click');
      await mirrorSettled(page);
      await small(page, 'start, the rubric list open');
      await page.keyboard.press('Escape');
      await activate(page, 'tab', 'Rubric library');
      await small(page, 'library');
      await activate(page, 'tab', 'Panel');
      await loadFour(page);
      await activate(page, 'button', 'I lead the debrief: reveal all scores');
      await small(page, 'panel, revealed');
      await activate(page, 'tab', 'Interviews');
      await startThroughMirror(page);
      await mirrorSettled(page);
      await small(page, 'interview');
      await ctx.close();
      // 400% of 1280 x 800 is a 320 x 200 CSS px viewport at four device pixels per CSS pixel:
      // the start and interview screens reflow, no control runs past the right edge.
      const zoomed = await open(browser, baseUrl, {width: 320, height: 200, dpr: 4});
      const cut = (screen) => zoomed.page.evaluate(() => [...document.querySelectorAll('#a11y [tabindex="0"]')]
        .map((el) => ({name: el.getAttribute('aria-label'), x: parseFloat(el.style.left), w: parseFloat(el.style.width)}))
        .filter((r) => r.x < 0 || r.x + Math.min(r.w, 320) > 320 + 1))
        .then((bad) => assert(!bad.length, `${screen} at 400%: controls beyond 320 px: ` + bad.slice(0, 8).map((r) => r.name).join(', ')));
      await mirrorSettled(zoomed.page);
      await shot(zoomed.page, 'a11y-zoom-400');
      await cut('start');
      await startThroughMirror(zoomed.page);
      await mirrorSettled(zoomed.page);
      await shot(zoomed.page, 'a11y-zoom-400-interview');
      await cut('interview');
      await zoomed.ctx.close();
    },
  },
];
