// Insights on ten years of journal, plan and skills, as a phone shows them in light and dark:
// screenshots of every chart for a person to look at, the charts' items on screen, and a tap on a
// theme listing the entries it came from (a second tap on the same spot closing it again).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ARTIFACTS, drag, items, launchPhone, openApp, phoneFixture, seedStorage, tap, waitForIdle, watchErrors } from './browser.mjs';

const DATA_BENCH = path.resolve(import.meta.dirname, '../../build/native/tests/trellis_data_bench');
const site = phoneFixture();
const TAB_BAR_TOP = 844 - 64;

const isThemeBar = (item) => /^\S.*  \d+$/.test(item.label) && item.h >= 44;
const isChartRow = (item) => / \d+ of \d+$/.test(item.label);
const isUsefulRow = (item) => / \d\.\d  \u00b7  \d+$/.test(item.label);
const isSkillRow = (item) => /  (\d \u203a \d|\uf00c \d)$/.test(item.label);
const isEntry = (item) => /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\u00a0\d{1,2}\u00a0\w{3}\u00a0\d{4}: /.test(item.label);
const isLast = (item) => /^and \d+ more skills$/.test(item.label);
const onScreen = (item) => item.y >= 0 && item.y + item.h <= TAB_BAR_TOP;

// What a tap changed can take a few frames to show on a loaded machine: polls until `done` accepts
// the items on screen, and returns them.
async function waitForItems(page, done, what) {
  for (let waited = 0; waited < 10000; waited += 100) {
    const now = await items(page);
    if (done(now)) return now;
    await page.waitForTimeout(100);
  }
  assert.fail(`timed out waiting until ${what}`);
}

// Taps the top loved theme: its latest entries are listed, each naming it; a second tap on the
// same spot closes the list.
async function openAndCloseTheme(page, shot) {
  const top = (await items(page)).find(isThemeBar);
  await tap(page, top.label);
  const entries = (await waitForItems(page, (now) => now.some(isEntry), 'the entries of the theme are listed')).filter(isEntry);
  await waitForIdle(page);
  const word = top.label.replace(/  \d+$/, '').toLowerCase().slice(0, 5);
  assert.ok(entries.every((entry) => entry.label.toLowerCase().includes(word)), `each entry mentions ${word}`);
  for (const entry of entries.filter(onScreen)) {
    assert.ok(entry.x >= 32 && entry.x + entry.w <= 390 - 32, `${entry.label} wraps inside its card`);
  }
  await shot('theme-entries');
  await tap(page, top.label);
  await waitForItems(page, (now) => !now.some(isEntry), 'a second tap closes the list');
}

// Page by page from the top to the end (or back up), a screenshot each; returns what was on screen.
async function pageThrough(page, shot, down) {
  const seen = (await items(page)).filter(onScreen);
  for (let screen = 1; screen < 10; screen++) {
    const now = (await items(page)).filter(onScreen);
    if (screen > 1 && (down ? now.some(isLast) : now.some((item) => item.label === 'Month'))) break;
    await drag(page, 30, down ? 700 : 300, down ? 300 : 700, 20);
    await waitForIdle(page);
    await shot(`page${down ? screen + 1 : 'up' + screen}`);
    seen.push(...(await items(page)).filter(onScreen));
  }
  return seen;
}

test('insights on ten years, in light and dark', { skip: !existsSync(DATA_BENCH) && 'needs build/native (the data bench writes the workspace)' }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'trellis-insights-'));
  execFileSync(DATA_BENCH, ['--out', dir, '--runs', '0'], { stdio: 'ignore' });     // 3,650 reflections
  const fresh = await launchPhone();
  try {
    const page = await fresh.context.newPage();
    await seedStorage(page, site.web.url, path.join(dir, 'workspace.trellis'), '/data/workspace.trellis');
    const errors = watchErrors(page);       // from the app on: the seeding page is a 404
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page, site.web.url);
    await tap(page, 'Journal');
    await tap(page, '\uf0e7  Patterns in my journal');
    await tap(page, 'All');                 // the workspace's ten years end before today's month
    await waitForItems(page, (now) => now.some((item) => item.label === 'Energy over time'), 'ten years are charted');
    await waitForIdle(page);

    for (const scheme of ['light', 'dark']) {
      // The pages at CSS size (a third of the pixels each way, quicker to take on a loaded machine),
      // the top and a tapped theme at the phone's full resolution.
      const shot = (name) => page.screenshot({ path: path.join(ARTIFACTS, `insights-${name}-${scheme}.png`),
                                               scale: name.startsWith('page') ? 'css' : 'device' });
      if (scheme === 'dark') {
        await page.emulateMedia({ colorScheme: 'dark' });   // the app follows the system live
        await page.waitForFunction(() => window.trellis.theme === 'dark', null, { timeout: 5000 });
        await waitForIdle(page);
      }
      // Light goes down the page from the top, dark comes back up it: every chart in both.
      const light = scheme === 'light';
      if (light) {
        await shot('energy');
        await openAndCloseTheme(page, shot);
      }
      const seen = await pageThrough(page, shot, light);
      const chart = seen.find((item) => item.label === 'Energy over time');
      assert.ok(chart && chart.x >= 16 && chart.x + chart.w <= 390 - 16, 'the energy line fits the screen');
      assert.ok(new Set(seen.filter(isThemeBar).map((item) => item.label)).size >= 10, 'loved and draining themes are bars');
      assert.ok(seen.some(isChartRow), 'plan activities are charted by type');
      assert.ok(seen.some((item) => isUsefulRow(item) && !item.label.includes(' goals  ')), 'usefulness is charted by activity type');
      assert.ok(seen.some((item) => isUsefulRow(item) && item.label.includes(' goals  ')), 'and by the kind of goal it served');
      assert.ok(new Set(seen.filter(isSkillRow).map((item) => item.label)).size >= 6, 'skills are charted against their targets');
      for (const row of seen.filter((item) => isThemeBar(item) || isChartRow(item) || isUsefulRow(item) || isSkillRow(item))) {
        assert.ok(row.x >= 16 && row.x + row.w <= 390 - 16, `${row.label} fits the screen`);
      }
      if (!light) {
        await shot('energy');
        await openAndCloseTheme(page, shot);
      }
    }
    assert.deepEqual(errors, []);
  } finally {
    await fresh.context.close();
    fresh.cleanup();
  }
});
