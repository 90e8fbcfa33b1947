// The walking skeleton, as a person on a phone uses it: open Trellis, tap to the Goals tab, add a
// goal with the keyboard, reload, and find the goal again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, findItem, items, openApp, phoneFixture, settle, tap, waitForTextInput, watchErrors } from './browser.mjs';

const site = phoneFixture();

async function waitForFlush(page) {
  await page.waitForFunction(() => !window.trellis.flushPending, null, { timeout: 5000 });
}

test('opens on Home at phone size with readable text and large touch targets', async () => {
  const page = await site.phone.context.newPage();
  const errors = watchErrors(page);
  await openApp(page, site.web.url);
  const drawn = await items(page);
  for (const tab of ['Home', 'Goals', 'Journal', 'Plan', '1:1']) {
    const item = drawn.find((i) => i.label === tab);
    assert.ok(item, `tab ${tab} is drawn`);
    assert.ok(item.h >= 44 && item.w >= 44, `tab ${tab} is at least 44 CSS px (${item.w}x${item.h})`);
    assert.ok(item.y + item.h <= 844 + 0.5, `tab ${tab} is on screen`);
  }
  const dpr = await page.evaluate(() => [window.devicePixelRatio, document.getElementById('canvas').width]);
  assert.deepEqual(dpr, [3, 390 * 3], 'the canvas is drawn at the device pixel ratio');
  await page.screenshot({ path: path.join(ARTIFACTS, 'skeleton-home.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('adds a goal with taps and the keyboard, and finds it after a reload', async () => {
  const page = await site.phone.context.newPage();
  const errors = watchErrors(page);
  await openApp(page, site.web.url);

  await tap(page, 'Goals');
  await findItem(page, '\uf067  Add a goal');
  await tap(page, '\uf067  Add a goal');
  await waitForTextInput(page);
  await page.keyboard.type('Mentor two new hires');
  await settle(page, 200);
  await tap(page, '\uf00c  Save goal');
  await findItem(page, 'Mentor two new hires');

  // A second goal, saved with the Enter key.
  await tap(page, '\uf067  Add a goal');
  await waitForTextInput(page);
  await page.keyboard.type('Learn to negotiate');
  await page.keyboard.press('Enter');
  await findItem(page, 'Learn to negotiate');
  await waitForFlush(page);
  await page.screenshot({ path: path.join(ARTIFACTS, 'skeleton-goals.png') });

  await page.reload();
  await page.evaluate(() => window.trellis.ready);
  await tap(page, 'Goals');
  await findItem(page, 'Mentor two new hires');
  await findItem(page, 'Learn to negotiate');
  await page.screenshot({ path: path.join(ARTIFACTS, 'skeleton-after-reload.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('an idle page draws no frames', async () => {
  const page = await site.phone.context.newPage();
  await openApp(page, site.web.url);
  await tap(page, 'Journal');
  await settle(page, 500);
  const before = await page.evaluate(() => window.trellis.frames);
  await settle(page, 1500);
  const after = await page.evaluate(() => window.trellis.frames);
  assert.equal(after, before, 'no frame is drawn while nothing changes');
  await page.close();
});
