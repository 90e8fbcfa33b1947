// Issue 17: text at 200 % in the dark theme on a phone on its side (740 x 360 CSS px, DPR 2), the
// tabs then a rail at the left: every screen, with data in each, walked from top to bottom with
// nothing cut, as text-size.test.mjs does upright in the light. Screenshots text-size-200-dark-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findItem, launchPhone, serveWeb, tap, waitForIdle, watchErrors } from './browser.mjs';
import { ICON, closePage, loadDemoData, openWithScheme, scrollTo } from './screens.mjs';
import { TOUR_SECOND_HALF, expectWholePageUncut, scrollToTop, tourUncut } from './text-size.mjs';

const SIDEWAYS = { viewport: { width: 740, height: 360 }, deviceScaleFactor: 2 };
let site;

test.before(async () => {
  site = { web: await serveWeb(), phone: await launchPhone(undefined, SIDEWAYS) };
});
test.after(async () => {
  await site.phone.context.close();
  site.phone.cleanup();
  await site.web.close();
});

test('text at 200 % in the dark on a phone on its side: Settings, Home, goals and the journal whole', async (t) => {
  const page = await site.phone.context.newPage();
  t.after(() => closePage(page));
  const errors = watchErrors(page);
  await openWithScheme(page, site.web.url, 'dark');
  await loadDemoData(page);
  await tap(page, 'Dismiss');
  await tap(page, 'Home');
  await scrollToTop(page);
  await tap(page, ICON.cog);
  await scrollToTop(page);
  const home = await findItem(page, 'Home');
  assert.ok(home.x + home.w <= 100, 'the tabs are a rail at the left');
  for (const percent of [115, 130, 150, 175, 200]) {
    await scrollTo(page, 'text size +');
    await tap(page, 'text size +');
    await waitForIdle(page);
    await scrollTo(page, `${percent} %`);
  }
  await scrollToTop(page);
  const cut = [await expectWholePageUncut(page, 'Settings', 'text-size-200-dark-settings')];
  cut.push(...await tourUncut(page, 'text-size-200-dark', { to: TOUR_SECOND_HALF }));
  assert.deepEqual(cut.filter((c) => c !== null), [], 'no screen cuts anything');
  assert.deepEqual(errors, []);
});

// The same profile: the data and the text size are this device's, kept from the test before.
test('text at 200 % in the dark on a phone on its side: the plan, path, 1:1 and team whole', async (t) => {
  const page = await site.phone.context.newPage();
  t.after(() => closePage(page));
  const errors = watchErrors(page);
  await openWithScheme(page, site.web.url, 'dark');
  await tap(page, ICON.cog);
  await scrollToTop(page);
  await scrollTo(page, '200 %');
  const cut = await tourUncut(page, 'text-size-200-dark', { from: TOUR_SECOND_HALF });
  assert.deepEqual(cut, [], 'no screen cuts anything');
  assert.deepEqual(errors, []);
});
