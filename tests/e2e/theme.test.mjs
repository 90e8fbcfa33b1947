// Light and dark, following the system: screenshots of the main screens in both, for a person to
// look at, and the theme switching live when the system's preference changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, openApp, phoneFixture, tap, waitForIdle } from './browser.mjs';

const site = phoneFixture();

for (const scheme of ['light', 'dark']) {
  test(`draws every tab in the ${scheme} theme`, async () => {
    const page = await site.phone.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, site.web.url);
    assert.equal(await page.evaluate(() => window.trellis.theme), scheme);
    for (const tab of ['Home', 'Goals', 'Journal', 'Plan', '1:1']) {
      await tap(page, tab);
      await waitForIdle(page);
      await page.screenshot({ path: path.join(ARTIFACTS, `screen-${tab === '1:1' ? 'one-on-one' : tab.toLowerCase()}-${scheme}.png`) });
    }
    await page.close();
  });
}

test('switches theme when the system does', async () => {
  const page = await site.phone.context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page, site.web.url);
  assert.equal(await page.evaluate(() => window.trellis.theme), 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => window.trellis.theme === 'dark', null, { timeout: 5000 });
  await page.close();
});
