// What a phone's browser sees, measured in Debian's Chromium under Playwright with the same phone
// emulation as the browser tests (tests/e2e/browser.mjs): 390 x 844 CSS px, DPR 3, touch.
//
// A visit, for Trellis and for the hello baseline alike, goes:
//   1. cold: a fresh browser profile opens the page; time from navigation start to the end of the
//      first drawn frame (performance.now() when it finished, so network, wasm compile, IndexedDB
//      load and the first frame's work are all in it)
//   2. idle: 0.5 s to settle, then frames drawn over 2 s with no input, as frames per second
//   3. heap: the wasm linear memory (Module.HEAP8.length): what the app holds from the browser, in
//      MiB; malloc grows it and it never shrinks, so it is the high-water mark of the wasm heap
//   4. cached: only if the visit registered a service worker: the browser goes offline and a new
//      tab opens the page, so everything comes from the service worker's cache
// and it notes every file of the site the visit requested: the first-visit download.
//
// Scrolling the ten-year journal: with a workspace file (written by the data bench, see data.mjs),
// a visit seeds it into the app's storage, opens the Journal, and drags a finger up the screen;
// every animation frame's duration is recorded with requestAnimationFrame timestamps. Only if the
// drag moved the screen's items (or brought new ones into view) does that count: dragging over a
// screen with nothing to scroll measures nothing.
import { items, launchPhone, seedStorage, tap, waitForIdle } from '../e2e/browser.mjs';
import path from 'node:path';

// Each target publishes window.__bench = { firstFrameMs, frames() } through an init script, which
// runs before the page's own scripts.
export const TARGETS = {
  // window.trellis.ready resolves right after the first frame: hook the assignment of window.trellis.
  trellis: () => {
    window.__bench = {
      firstFrameMs: null,
      frames: () => (window.trellis ? window.trellis.frames : 0),
      frameMs: () => (window.trellis ? window.trellis.frameMs : null),
    };
    let hooked;
    Object.defineProperty(window, 'trellis', {
      configurable: true,
      enumerable: true,
      get() { return hooked; },
      set(value) {
        hooked = value;
        value.ready.then(() => { window.__bench.firstFrameMs = performance.now(); });
      },
    });
  },
  // tests/bench/hello/main.cpp keeps window.hello up to date itself.
  hello: () => {
    window.__bench = {
      get firstFrameMs() { return window.hello ? window.hello.firstFrameMs : null; },
      frames: () => (window.hello ? window.hello.frames : 0),
    };
  },
};

const FIRST_FRAME_TIMEOUT_MS = 60000;   // a cold wasm compile on a busy 2-core machine is slow
const IDLE_SETTLE_MS = 500;
const IDLE_WINDOW_MS = 2000;

async function firstFrame(page, url) {
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstFrameMs !== null, null,
    { timeout: FIRST_FRAME_TIMEOUT_MS, polling: 50 });
  if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
  return page.evaluate(() => window.__bench.firstFrameMs);
}

function idleFps(page) {
  return page.evaluate(async ({ settleMs, windowMs }) => {
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    await sleep(settleMs);
    const frames = window.__bench.frames();
    const start = performance.now();
    await sleep(windowMs);
    return ((window.__bench.frames() - frames) * 1000) / (performance.now() - start);
  }, { settleMs: IDLE_SETTLE_MS, windowMs: IDLE_WINDOW_MS });
}

function wasmHeapMb(page) {
  return page.evaluate(() => window.Module.HEAP8.length / (1024 * 1024));
}

function serviceWorkerCount(page) {
  return page.evaluate(async () =>
    (navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0));
}

// One visit with a fresh profile; see the top of this file.
// Returns { firstFrameMs, idleFps, heapMb, cachedFirstFrameMs (null without a service worker),
// requested: [paths relative to the site root] }.
export async function visit(target, siteUrl) {
  const phone = await launchPhone();
  try {
    const { context } = phone;
    await context.addInitScript(TARGETS[target]);
    const requested = new Set();
    // On the context, so a service worker's own fetches (its precache) count too.
    context.on('request', (req) => {
      if (req.url().startsWith(siteUrl)) requested.add(new URL(req.url()).pathname.slice(1) || 'index.html');
    });
    const page = await context.newPage();
    const result = { firstFrameMs: await firstFrame(page, siteUrl) };
    result.idleFps = await idleFps(page);
    result.heapMb = await wasmHeapMb(page);
    result.cachedFirstFrameMs = null;
    if (await serviceWorkerCount(page) > 0) {
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await page.close();
      await context.setOffline(true);   // from here on only the service worker can answer
      result.cachedFirstFrameMs = await firstFrame(await context.newPage(), siteUrl);
    }
    result.requested = [...requested].map((file) => (file.endsWith('/') ? file + 'index.html' : file)).sort();
    return result;
  } finally {
    await phone.context.close();
    phone.cleanup();
  }
}

// [SECTION] Scrolling the journal

async function touch(cdp, type, x, y) {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
}

// Drags a finger from near the bottom of the screen to near the top, `flings` times, one move per
// 16 ms, and returns the duration of every animation frame in which the app drew.
async function dragFrameTimes(page, flings) {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => {
    window.__benchTicks = [];
    const tick = (time) => {
      if (window.__benchTicks === null) return;   // the drag is over
      window.__benchTicks.push([time, window.__bench.frames(), window.__bench.frameMs()]);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const { width, height } = page.viewportSize();
  const steps = 20;
  for (let fling = 0; fling < flings; fling++) {
    const x = width / 2;
    await touch(cdp, 'touchStart', x, height * 0.8);
    for (let step = 1; step <= steps; step++) {
      await touch(cdp, 'touchMove', x, height * (0.8 - (0.6 * step) / steps));
      await page.waitForTimeout(16);
    }
    await touch(cdp, 'touchEnd');
  }
  await page.waitForTimeout(500);   // scrolling inertia
  const ticks = await page.evaluate(() => {
    const recorded = window.__benchTicks;
    window.__benchTicks = null;
    return recorded;
  });
  await cdp.detach();
  const durations = [];
  const mainThread = [];
  for (let i = 1; i < ticks.length; i++) {
    if (ticks[i][1] <= ticks[i - 1][1]) continue;
    durations.push(ticks[i][0] - ticks[i - 1][0]);
    if (typeof ticks[i][2] === 'number') mainThread.push(ticks[i][2]);
  }
  return { durations, mainThread };
}

// Where each item of the screen is drawn, by ImGui id.
async function itemPositions(page) {
  await waitForIdle(page);
  return new Map((await items(page)).map((item) => [item.id, item.y]));
}

// One visit that seeds `workspaceFile` as the app's /data/<name>, opens the tab labelled `screen`
// and scrolls it. Returns the duration (ms) of every frame drawn while scrolling, or null if the
// drag moved nothing: the screen has no list to scroll.
export async function scrollScreen(siteUrl, workspaceFile, screen, flings) {
  const phone = await launchPhone();
  try {
    await phone.context.addInitScript(TARGETS.trellis);
    const page = await phone.context.newPage();
    await seedStorage(page, siteUrl, workspaceFile, `/data/${path.basename(workspaceFile)}`);
    await firstFrame(page, siteUrl);
    await tap(page, screen);
    const before = await itemPositions(page);
    const frames = await dragFrameTimes(page, flings);
    const after = await itemPositions(page);
    // A list scrolled when an item moved or a new one came into view (rows are drawn only on screen).
    const moved = [...after].some(([id, y]) => !before.has(id) || before.get(id) !== y);
    return moved ? frames : null;
  } finally {
    await phone.context.close();
    phone.cleanup();
  }
}
