// The walk through every screen at a large text size, shared by text-size.test.mjs (light, a
// 320 px phone upright) and text-size-dark.test.mjs (dark, a phone on its side): what the frame
// shows cut, a page checked from its top to its end, and the tour itself.
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, drag, tap, waitForIdle } from './browser.mjs';
import { GOAL, ICON, REPORT, ROLE, scrollTo, shoot } from './screens.mjs';

// Where a thumb drags the page: beside the tab rail when there is one.
const dragX = (page) => (page.viewportSize().width > 600 ? page.viewportSize().width / 2 : 24);

// What the last frame shows cut, in words.
export async function cutOnScreen(page) {
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
export async function expectWholePageUncut(page, where, shot) {
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
    await drag(page, dragX(page), height * 0.7, height * 0.35, 20);
  }
  assert.fail(`${where}: never reached the end of the page`);
}

export async function scrollToTop(page) {
  const { height } = page.viewportSize();
  let last = null;
  for (let i = 0; i < 30; i++) {
    await waitForIdle(page);
    const now = await fingerprint(page);
    if (now === last) return;
    last = now;
    await drag(page, dragX(page), height * 0.25, height * 0.85, 8);
  }
}

// Every screen with data in it, from wherever the page is, each checked
// from top to bottom and its first screen saved as `${prefix}-<screen>.png`. The problems found,
// one string a screen. `from` and `to` take a part of the tour (a test each, for their time).
export const TOUR_SECOND_HALF = 6;     // from My plan on: each step starts from a tab
export async function tourUncut(page, prefix, { from = 0, to = Infinity } = {}) {
  const cut = [];
  const tour = [
    ['Home', async () => { await tap(page, 'Home'); }],
    ['Goals', async () => { await tap(page, 'Goals'); }],
    ['a goal', async () => { await scrollToTop(page); await scrollTo(page, GOAL); await tap(page, GOAL); }],
    ['Journal', async () => { await tap(page, 'Journal'); }],
    ['a new reflection', async () => { await scrollToTop(page); await scrollTo(page, '\uf067  Write a reflection'); await tap(page, '\uf067  Write a reflection'); }],
    ['Insights', async () => { await scrollTo(page, 'Cancel'); await tap(page, 'Cancel'); await scrollToTop(page); await scrollTo(page, `${ICON.bolt}  Patterns in my journal`); await tap(page, `${ICON.bolt}  Patterns in my journal`); }],
    ['My plan', async () => { await tap(page, 'Plan'); await scrollToTop(page); await tap(page, 'My plan'); }],
    ['Path & skills', async () => { await scrollToTop(page); await tap(page, 'Path & skills'); }],
    ['a role', async () => { await scrollToTop(page); await scrollTo(page, ROLE); await tap(page, ROLE); }],
    ['My 1:1', async () => { await tap(page, '1:1'); await scrollToTop(page); await tap(page, 'My 1:1'); }],
    ['Team', async () => { await scrollToTop(page); await tap(page, 'Team'); }],
    ['a report', async () => { await scrollToTop(page); await scrollTo(page, REPORT); await tap(page, REPORT); }],
  ];
  for (const [where, go] of tour.slice(from, to)) {
    await go();
    await scrollToTop(page);
    cut.push(await expectWholePageUncut(page, where, `${prefix}-${where.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase()}`));
  }
  return cut.filter((c) => c !== null);
}
