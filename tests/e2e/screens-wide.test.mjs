// Wider windows, saved in build/test-artifacts/: a desktop (1280 x 800) has the tabs as a side rail
// and a list beside the item open from it; a phone on its side (844 x 390) keeps its tabs, as a rail,
// and its pages scroll.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { findItem, items, launchPhone, serveWeb, tap, waitForIdle, watchErrors } from './browser.mjs';
import { GOAL, ICON, OTHER_GOAL, REPORT, ROLE, closePage, expectTouchSized, isDate, loadDemoData, openWithScheme, scrollTo, shoot } from './screens.mjs';

const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false };
const SIDEWAYS = { viewport: { width: 844, height: 390 } };

let web;
let browser;                // one profile for both: the data loaded on the desktop is there sideways
before(async () => { web = await serveWeb(); });
after(async () => {
  await browser?.context.close();
  browser?.cleanup();
  await web.close();
});

test('on a desktop: a side rail, and lists beside the item open from them', async (t) => {
  browser = await launchPhone(undefined, DESKTOP);
  const loading = await browser.context.newPage();
  await openWithScheme(loading, web.url, 'light');
  await loadDemoData(loading);
  await closePage(loading);

  for (const scheme of ['light', 'dark']) {
    const page = await browser.context.newPage();
    t.after(() => closePage(page));
    const errors = watchErrors(page);
    await openWithScheme(page, web.url, scheme);
    const name = (screen) => `screens-desktop-${screen}-${scheme}`;
    const home = await findItem(page, 'Home');
    assert.ok(home.x + home.w <= 90 && home.y < 100, 'the tabs are a rail on the left');
    await shoot(page, name('home'));
    await tap(page, 'Goals');
    await tap(page, GOAL);
    const list = await findItem(page, OTHER_GOAL);
    const editor = await findItem(page, 'goal-title');
    assert.ok(editor.x > list.x + list.w, 'the editor is beside the list');
    await shoot(page, name('goals'));
    await tap(page, 'Journal');
    await waitForIdle(page);
    await tap(page, (await items(page)).find((it) => isDate(it.label)).label);
    await shoot(page, name('journal'));
    await tap(page, 'Plan');
    await tap(page, 'Path & skills');
    await tap(page, ROLE);
    await shoot(page, name('path'));
    await tap(page, '1:1');
    await tap(page, 'Team');
    await tap(page, REPORT);
    await shoot(page, name('team'));
    await tap(page, 'Home');
    await tap(page, ICON.cog);
    await shoot(page, name('settings'));
    await expectTouchSized(page, 'desktop settings');
    assert.deepEqual(errors, []);
    await closePage(page);
  }
});

test('on a phone on its side: the tabs stay and the page scrolls', async (t) => {
  await browser.context.close();
  browser = { ...browser, ...(await launchPhone(browser.userDataDir, SIDEWAYS)) };
  const page = await browser.context.newPage();
  t.after(() => closePage(page));
  const errors = watchErrors(page);
  await openWithScheme(page, web.url, 'light');
  for (const tab of ['Home', 'Goals', 'Journal', 'Plan', '1:1']) {
    const item = await findItem(page, tab);
    assert.ok(item.y + item.h <= 390 && item.h >= 44, `${tab} is on screen and touch-sized`);
  }
  await shoot(page, 'screens-sideways-home-light');
  await tap(page, 'Plan');
  await tap(page, 'Path & skills');
  await shoot(page, 'screens-sideways-path-light');
  await scrollTo(page, 'new-skill');
  await shoot(page, 'screens-sideways-path-scrolled-light');
  await tap(page, 'Goals');
  await tap(page, GOAL);
  await shoot(page, 'screens-sideways-goal-light');
  assert.deepEqual(errors, []);
});
