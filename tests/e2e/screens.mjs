// Shared by the screenshot tests (screens*.test.mjs): demo data brought in through the system's
// file chooser, and the helpers that walk the screens as a thumb would. Each test file stays under
// the per-file time limit of scripts/test, so the tour is split over several files.
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, drag, findItem, items, openApp, tap, waitForIdle } from './browser.mjs';

export const GOLDEN = path.resolve(import.meta.dirname, '../golden');
export const ICON = {
  cog: '\uf013', left: '\uf053', upload: '\uf093', check: '\uf00c', bolt: '\uf0e7', calendar: '\uf073', lock: '\uf023',
};
// What tests/golden/share-v3.json and backup-v3.json hold.
export const REPORT = 'Inès Ødegård';
export const GOAL = 'Become the go-to person for accessibility ♿';
export const OTHER_GOAL = 'Présenter au meetup de Lyon 🎤';
export const TARGET = `${ICON.calendar}  Wed\u00a030\u00a0Jun\u00a02027`;      // that goal's target, on its date picker
export const ROLE = 'Senior engineer';
export const isDate = (label) => /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\u00a0\d{1,2}\u00a0\w{3}\u00a0\d{4}$/.test(label);

export async function shoot(page, name) {
  await waitForIdle(page);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

// Drags the page, as a thumb would, until the item labelled `label` is whole on screen (above a
// bottom tab bar, if any): up the page by default, back down with `up`. `x` is where the finger goes
// (by default near the left edge of a phone, in the middle of a wider window, clear of a side rail).
// Once the item is laid out (off screen too), the drags aim at it, slowly so that no fling carries
// the page past it, and come back if one did.
export async function scrollTo(page, label, { x = null, up = false } = {}) {
  const { width, height } = page.viewportSize();
  x ??= width > 600 ? width / 2 : 24;
  for (let i = 0; i < 12; i++) {
    await waitForIdle(page);
    const drawn = await items(page);
    const bar = drawn.find((it) => it.label === 'Home' && it.y > height / 2);
    const bottom = bar ? bar.y : height;
    const item = drawn.find((it) => it.label === label);
    if (item && item.h >= 44 && item.y >= 0 && item.y + item.h <= bottom) return item;
    if (item) {
      // Where it is: bring its middle to the middle of what shows, half a screen at most per drag.
      let by = Math.max(-height * 0.5, Math.min(height * 0.5, item.y + item.h / 2 - bottom / 2));
      if (Math.abs(by) < 60) by = Math.sign(by || 1) * 60;         // past the slop that tells a drag from a tap
      const from = by > 0 ? height * 0.75 : height * 0.25;
      await drag(page, x, from, from - by, 40);
      continue;
    }
    const [from, to] = up ? [height * 0.25, height * 0.75] : [height * 0.75, height * 0.25];
    await drag(page, x, from, to, 12);
  }
  const shot = path.join(ARTIFACTS, 'scroll-failed.png');
  await page.screenshot({ path: shot });
  throw new Error(`never scrolled to "${label}" (the screen is in ${shot})`);
}

// Taps `button`, which opens the system's file chooser, and picks `file` in it.
export async function pickFile(page, button, file) {
  const chooser = page.waitForEvent('filechooser', { timeout: 10000 });
  await tap(page, button);
  await (await chooser).setFiles(file);
}

// Opens the app as the tab that writes (the page before it may still be letting go of the lock).
export async function openWithScheme(page, url, scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  await openApp(page, url);
  await page.waitForFunction(() => window.trellis.writer, null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => window.trellis.theme), scheme);
}

// What the page saved reaches IndexedDB before it goes, so the next page (or browser) has it.
export async function closePage(page) {
  if (page.isClosed()) return;
  const flushed = await Promise.race([
    page.evaluate(() => window.trellis.flush().then(() => 'flushed')),
    new Promise((resolve) => setTimeout(() => resolve('still waiting'), 10000)),
  ]).catch((e) => String(e));
  await page.close();
  assert.equal(flushed, 'flushed');
}

// Every item on screen is at least a touch target, but for those cut by a scrolling edge.
export async function expectTouchSized(page, where) {
  const height = page.viewportSize().height;
  for (const item of await items(page)) {
    if (item.text) continue;       // text to read, not a target
    if (item.y <= 1 || item.y + item.h >= height - 65) continue;
    assert.ok(item.h >= 44 && item.w >= 44, `${where}: "${item.label}" at ${item.x}, ${item.y} is ${item.w} x ${item.h}`);
  }
}

// A manager's view of the app with data in every screen: a report's share file goes to the Team,
// then the golden backup (goals, journal, skills, path, plan, one-on-ones) is restored from
// Settings, both through the file chooser and the import preview. `shots` names the previews.
export async function loadDemoData(page, shots = null) {
  await tap(page, '1:1');
  await tap(page, 'Team');
  if (shots) await shoot(page, `${shots}-team-empty`);
  await pickFile(page, `${ICON.upload}  Import a file`, path.join(GOLDEN, 'share-v3.json'));
  await findItem(page, `${ICON.check} Import`);
  if (shots) await shoot(page, `${shots}-import-share`);
  await tap(page, `${ICON.check} Import`);
  await findItem(page, REPORT);

  await tap(page, 'Home');
  await tap(page, ICON.cog);
  await scrollTo(page, `${ICON.upload}  Restore from a file`);
  await pickFile(page, `${ICON.upload}  Restore from a file`, path.join(GOLDEN, 'backup-v3.json'));
  await findItem(page, `${ICON.check} Import`);
  if (shots) await shoot(page, `${shots}-import-backup`);
  await tap(page, `${ICON.check} Import`);
  await tap(page, 'Home');
  await scrollTo(page, `${ICON.bolt}  Patterns in my journal`);     // below what is due this week
}

// Every page on a phone, each saved as screens-phone-<page>-<scheme>.png.
export async function phoneTour(page, scheme) {
  const name = (screen) => `screens-phone-${screen}-${scheme}`;
  await tap(page, 'Home');
  await shoot(page, name('home'));
  await tap(page, ICON.cog);
  await shoot(page, name('settings'));
  await expectTouchSized(page, 'settings');
  await scrollTo(page, `${ICON.upload}  Restore from a file`);
  await shoot(page, name('settings-backup'));
  await scrollTo(page, `${ICON.lock}  Ask to keep data`);     // headless Chromium does not keep data unasked
  await shoot(page, name('settings-storage'));

  await tap(page, 'Goals');
  await shoot(page, name('goals'));
  await tap(page, GOAL);
  await shoot(page, name('goal-editor'));
  await scrollTo(page, TARGET);
  await tap(page, TARGET);
  await scrollTo(page, 'Next month');
  await drag(page, 24, 600, 400);
  await shoot(page, name('date-picker'));
  await expectTouchSized(page, 'date picker');

  await tap(page, 'Journal');
  await shoot(page, name('journal'));
  await tap(page, `${ICON.bolt}  Patterns in my journal`);
  await shoot(page, name('insights'));

  await tap(page, 'Plan');
  await tap(page, 'My plan');
  await shoot(page, name('plan'));
  await tap(page, 'Path & skills');
  await shoot(page, name('path'));
  await expectTouchSized(page, 'path');
  await scrollTo(page, 'new-skill');
  await shoot(page, name('path-skills'));
  await scrollTo(page, ROLE, { up: true });
  await tap(page, ROLE);
  await shoot(page, name('path-role'));

  await tap(page, '1:1');
  await tap(page, 'My 1:1');
  await shoot(page, name('one-on-one'));
  await tap(page, 'Team');
  await shoot(page, name('team'));
  await tap(page, REPORT);
  await shoot(page, name('team-report'));
  await expectTouchSized(page, 'team report');

  // The import preview of a file that is already here.
  await tap(page, `${ICON.left}  Team`);
  await pickFile(page, `${ICON.upload}  Import a file`, path.join(GOLDEN, 'share-v3.json'));
  await findItem(page, `${ICON.check} Import`);
  await shoot(page, name('import-again'));
  await tap(page, 'Cancel');
}
