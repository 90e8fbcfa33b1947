// Every screen on a phone (390 x 844 CSS px, devicePixelRatio 3) in the light theme, saved in
// build/test-artifacts/ for a person to look at (issue 5). On the way, a report's share file and a
// backup come in through the system's file chooser and the import preview. The dark theme is in
// screens-dark.test.mjs, a desktop and a phone on its side in screens-wide.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findItem, phoneFixture, tap, watchErrors } from './browser.mjs';
import { GOAL, REPORT, closePage, loadDemoData, openWithScheme, phoneTour } from './screens.mjs';

const site = phoneFixture();

test('a share file and a backup come in through the file chooser', async (t) => {
  const page = await site.phone.context.newPage();
  t.after(() => closePage(page));
  const errors = watchErrors(page);
  await openWithScheme(page, site.web.url, 'light');
  await loadDemoData(page, 'screens-phone');
  await tap(page, 'Goals');
  await findItem(page, GOAL);
  await tap(page, '1:1');
  await findItem(page, REPORT);
  assert.deepEqual(errors, []);
});

test('every screen on a phone, light', async (t) => {
  const page = await site.phone.context.newPage();
  t.after(() => closePage(page));
  const errors = watchErrors(page);
  await openWithScheme(page, site.web.url, 'light');
  await phoneTour(page, 'light');
  assert.deepEqual(errors, []);
});
