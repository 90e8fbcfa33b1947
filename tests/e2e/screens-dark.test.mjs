// Every screen on a phone in the dark theme, saved in build/test-artifacts/ (see screens.test.mjs),
// and a theme chosen in Settings, which wins over the system's and is still there after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phoneFixture, tap, watchErrors } from './browser.mjs';
import { ICON, closePage, loadDemoData, openWithScheme, phoneTour, scrollTo } from './screens.mjs';

const site = phoneFixture();

test('every screen on a phone, dark', async (t) => {
  const loading = await site.phone.context.newPage();
  await openWithScheme(loading, site.web.url, 'dark');
  await loadDemoData(loading);
  await closePage(loading);

  const page = await site.phone.context.newPage();       // a fresh start: every page at its top
  t.after(() => closePage(page));
  const errors = watchErrors(page);
  await openWithScheme(page, site.web.url, 'dark');
  await phoneTour(page, 'dark');
  assert.deepEqual(errors, []);
});

test('a theme chosen in Settings wins over the system, after a reload too', async (t) => {
  const page = await site.phone.context.newPage();
  t.after(() => closePage(page));
  const theme = () => page.evaluate(() => window.trellis.theme);
  await openWithScheme(page, site.web.url, 'dark');
  await tap(page, 'Home');
  await tap(page, ICON.cog);
  await scrollTo(page, 'Light');
  await tap(page, 'Light');
  await page.waitForFunction(() => window.trellis.theme === 'light', null, { timeout: 5000 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });     // the system changes: the choice stays
  await page.waitForTimeout(300);
  assert.equal(await theme(), 'light');
  await page.evaluate(() => window.trellis.flush());
  await page.reload();
  await page.waitForFunction(() => window.trellis !== undefined && window.trellis.writer);
  await page.evaluate(() => window.trellis.ready);
  assert.equal(await theme(), 'light', 'kept on this device');
  await tap(page, ICON.cog);
  await scrollTo(page, 'System');
  await tap(page, 'System');
  await page.waitForFunction(() => window.trellis.theme === 'dark', null, { timeout: 5000 });
});
