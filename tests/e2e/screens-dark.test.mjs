// Every screen on a phone in the dark theme, saved in build/test-artifacts/ (see screens.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phoneFixture, watchErrors } from './browser.mjs';
import { closePage, loadDemoData, openWithScheme, phoneTour } from './screens.mjs';

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
