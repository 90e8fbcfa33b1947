// Issue 17: text size. On the narrowest phone (320 x 640 CSS px, devicePixelRatio 2), the text size
// is raised to 200 % in Settings with real taps; every screen, with data in each, is then walked from
// top to bottom: no item's label is cut, no item leaves the screen at the sides, no letter is drawn
// across the edge it is clipped to. Screenshots of each screen (text-size-200-*.png), and the size
// kept after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { findItem, launchPhone, serveWeb, tap, waitForIdle, watchErrors } from './browser.mjs';
import { ICON, closePage, loadDemoData, openWithScheme, scrollTo, shoot } from './screens.mjs';
import { expectWholePageUncut, scrollToTop, tourUncut } from './text-size.mjs';

const SMALL_PHONE = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 };
let site;

test.before(async () => {
  site = { web: await serveWeb(), phone: await launchPhone(undefined, SMALL_PHONE) };
});
test.after(async () => {
  await site.phone.context.close();
  site.phone.cleanup();
  await site.web.close();
});

test('text at 200 % on a 320 px phone: every screen whole', async (t) => {
  const page = await site.phone.context.newPage();
  t.after(() => closePage(page));
  const errors = watchErrors(page);
  await openWithScheme(page, site.web.url, 'light');
  await loadDemoData(page);
  const bakedAt100 = await page.evaluate(() => window.trellis.fontScale);
  assert.equal(bakedAt100, 2, 'the fonts are baked at the device pixel ratio');

  await tap(page, 'Dismiss');
  await tap(page, 'Home');
  await scrollToTop(page);
  await tap(page, ICON.cog);
  await scrollToTop(page);
  await scrollTo(page, 'text size +');
  await shoot(page, 'text-size-100-settings');
  const bodyAt100 = (await findItem(page, 'text size +')).h;
  for (const percent of [115, 130, 150, 175, 200]) {
    await scrollTo(page, 'text size +');
    await tap(page, 'text size +');
    await waitForIdle(page);
    await scrollTo(page, `${percent} %`);
  }
  await scrollTo(page, 'Back to 100 %');
  const bigger = await scrollTo(page, 'text size +', { up: true });
  assert.ok(bigger.h > bodyAt100 * 1.3, `a touch target grows with its text (${bodyAt100} -> ${bigger.h})`);
  await shoot(page, 'text-size-200-settings');
  await scrollToTop(page);
  const cut = [await expectWholePageUncut(page, 'Settings', null)];

  // The size is this device's: a reload keeps it.
  await page.evaluate(() => window.trellis.flush());
  await page.reload();
  await page.waitForFunction(() => window.trellis !== undefined);
  await page.evaluate(() => window.trellis.ready);
  await tap(page, ICON.cog);
  await scrollToTop(page);
  await scrollTo(page, '200 %');

  cut.push(...await tourUncut(page, 'text-size-200'));
  assert.deepEqual(cut.filter((c) => c !== null), [], 'no screen cuts anything');
  assert.deepEqual(errors, []);
});

// Two fingers pinch, as on a phone's photo: together makes the text smaller, apart larger, a step
// for each fifth nearer or further. The first finger lands on a button: a pinch is no tap on it.
// The first finger rests at (x, y); the second lands `fromGap` px above or below it (where there is
// room) and moves to `toGap`.
async function pinch(page, x, y, fromGap, toGap, steps = 12) {
  const { height } = page.viewportSize();
  const dir = y + Math.max(fromGap, toGap) < height - 8 ? 1 : -1;
  const cdp = await page.context().newCDPSession(page);
  const points = (gap) => [{ x, y, id: 1 }, { x, y: y + dir * gap, id: 2 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [points(fromGap)[0]] });
  await page.waitForTimeout(60);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(fromGap) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(fromGap + ((toGap - fromGap) * i) / steps) });
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(60);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const SIZES = [85, 100, 115, 130, 150, 175, 200];
async function shownSize(page) {
  const item = await page.evaluate(() => window.trellis.items().find((it) => /^\d+ %$/.test(it.label)) || null);
  assert.ok(item, 'Settings shows the size');
  return Number(item.label.replace(' %', ''));
}

test('a pinch with two fingers changes the text size, and taps nothing', async (t) => {
  const page = await site.phone.context.newPage();
  t.after(() => closePage(page));
  const errors = watchErrors(page);
  await openWithScheme(page, site.web.url, 'light');
  await tap(page, ICON.cog);
  await scrollToTop(page);
  await scrollTo(page, 'text size +');
  const before = await shownSize(page);
  const at = SIZES.indexOf(before);
  assert.ok(at >= 0, `${before} % is one of Settings' sizes`);
  // Two steps down where there is room (the test before leaves 200 %), else two up; then back.
  const first = at >= 2 ? -2 : 2;
  for (const [steps, expected] of [[first, SIZES[at + first]], [-first, before]]) {
    const plus = await findItem(page, 'text size +');
    // 120 px and 190 px apart: ln(190/120) / ln 1.2 = 2.5 steps, two whole ones.
    const [from, to] = steps < 0 ? [190, 120] : [120, 190];
    await pinch(page, plus.x + plus.w / 2, plus.y + plus.h / 2, from, to);
    await waitForIdle(page);
    await scrollToTop(page);
    await scrollTo(page, 'text size +');
    assert.equal(await shownSize(page), expected, `${steps} steps, and the + under the first finger was not tapped`);
    if (steps === first) await shoot(page, 'text-size-pinched');
  }
  assert.equal(await page.evaluate(() => window.trellis.textInput), false, 'no keyboard came up');
  assert.deepEqual(errors, []);
});
