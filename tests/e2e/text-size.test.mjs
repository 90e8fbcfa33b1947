// Issue 17: text size. On the narrowest phone (320 x 640 CSS px, devicePixelRatio 2), the text size
// is raised to 200 % in Settings with real taps; every screen, with data in each, is then walked from
// top to bottom: no item's label is cut, no item leaves the screen at the sides, no letter is drawn
// across the edge it is clipped to. Screenshots of each screen (text-size-200-*.png), and the size
// kept after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, drag, findItem, launchPhone, serveWeb, tap, waitForIdle, watchErrors } from './browser.mjs';
import { GOAL, ICON, REPORT, ROLE, closePage, loadDemoData, openWithScheme, scrollTo, shoot } from './screens.mjs';

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

// What the last frame shows cut, in words.
async function cutOnScreen(page) {
  return page.evaluate(() => {
    const problems = [];
    const width = window.innerWidth;
    const drawn = window.trellis.items();
    for (const glyph of window.trellis.cutGlyphs()) {
      const owner = drawn.find((it) => it.label && glyph.y >= it.y - 1 && glyph.y + glyph.h <= it.y + it.h + 1 &&
                                        glyph.x + glyph.w >= it.x && glyph.x <= it.x + it.w);
      problems.push(`a letter at ${glyph.x},${glyph.y} crosses ${glyph.clipX}..${glyph.clipRight}${owner ? ` in "${owner.label}"` : ''}`);
    }
    for (const it of drawn) {
      if (it.cutX || it.x < -0.5 || it.x + it.w > width + 0.5) problems.push(`"${it.label}" reaches past the side (${it.x}..${it.x + it.w})`);
      if (!it.text && it.labelW > 0 && it.fullH < it.lineH * 2 && it.labelW > it.fullW + 0.5)
        problems.push(`"${it.label}" is ${it.fullW} px wide for a label of ${it.labelW} px`);
    }
    return problems;
  });
}

async function fingerprint(page) {
  return page.evaluate(() => window.trellis.items().map((it) => `${it.label}@${Math.round(it.y)}`).join(';'));
}

// From where the page is to its end, half a screen per drag; the first screen is saved as `shot`.
async function expectWholePageUncut(page, where, shot) {
  const { height } = page.viewportSize();
  let last = null;
  for (let step = 0; step < 40; step++) {
    await waitForIdle(page);
    if (step === 0 && shot) await shoot(page, shot);
    const problems = await cutOnScreen(page);
    if (problems.length) {
      const file = path.join(ARTIFACTS, `text-size-cut-${where.replace(/\W+/g, '-')}.png`);
      await page.screenshot({ path: file });
      return `${where}, screen ${step} (${file}):\n${problems.join('\n')}`;
    }
    const now = await fingerprint(page);
    if (now === last) return null;
    last = now;
    await drag(page, 24, height * 0.7, height * 0.35, 20);
  }
  assert.fail(`${where}: never reached the end of the page`);
}

async function scrollToTop(page) {
  const { height } = page.viewportSize();
  let last = null;
  for (let i = 0; i < 30; i++) {
    await waitForIdle(page);
    const now = await fingerprint(page);
    if (now === last) return;
    last = now;
    await drag(page, 24, height * 0.25, height * 0.85, 8);
  }
}

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

  const tour = [
    ['Home', async () => { await tap(page, 'Home'); }],
    ['Goals', async () => { await tap(page, 'Goals'); }],
    ['a goal', async () => { await scrollTo(page, GOAL); await tap(page, GOAL); }],
    ['Journal', async () => { await tap(page, 'Journal'); }],
    ['a new reflection', async () => { await scrollTo(page, '\uf067  Write a reflection'); await tap(page, '\uf067  Write a reflection'); }],
    ['Insights', async () => { await scrollTo(page, 'Cancel'); await tap(page, 'Cancel'); await scrollToTop(page); await scrollTo(page, `${ICON.bolt}  Patterns in my journal`); await tap(page, `${ICON.bolt}  Patterns in my journal`); }],
    ['My plan', async () => { await tap(page, 'Plan'); await scrollToTop(page); await tap(page, 'My plan'); }],
    ['Path & skills', async () => { await scrollToTop(page); await tap(page, 'Path & skills'); }],
    ['a role', async () => { await scrollToTop(page); await scrollTo(page, ROLE); await tap(page, ROLE); }],
    ['My 1:1', async () => { await tap(page, '1:1'); await scrollToTop(page); await tap(page, 'My 1:1'); }],
    ['Team', async () => { await scrollToTop(page); await tap(page, 'Team'); }],
    ['a report', async () => { await scrollTo(page, REPORT); await tap(page, REPORT); }],
  ];
  for (const [where, go] of tour) {
    await go();
    await scrollToTop(page);
    cut.push(await expectWholePageUncut(page, where, `text-size-200-${where.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase()}`));
  }
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
