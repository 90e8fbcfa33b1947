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
// Scrolling the ten-year journal and goal list: with a workspace file (written by the data bench,
// see data.mjs), a visit seeds it into the app's storage, opens the screen, and drags a finger up
// it; every animation frame's duration is recorded with requestAnimationFrame timestamps, with the
// app's own account of the frame (window.trellis.frameMs, frameBuildMs, frameSubmitMs). Only if
// the drag moved the screen's items (or brought new ones into view) does that count: dragging over
// a screen with nothing to scroll measures nothing.
//
// Typing into a long entry: a new reflection with `words` words inserted, then one letter at a
// time; for each letter, the longest frame (window.trellis.frameMs) from the keystroke until the
// app is idle again, so the rewrap of the whole text, the field's layout and its drawing are in it.
//
// A tap to its frame: in the same workspace, a finger taps one bottom tab after another; the time
// from the touchend event to the end of the first frame that draws the new screen.
import { items, launchPhone, seedStorage, tap, waitForIdle } from '../e2e/browser.mjs';
import path from 'node:path';

// Each target publishes window.__bench = { firstFrameMs, frames() } through an init script, which
// runs before the page's own scripts, and reports its first frame to the bench through the page's
// binding __benchFirstFrame (see firstFrame()).
export const TARGETS = {
  // window.trellis.ready resolves right after the first frame: hook the assignment of window.trellis.
  trellis: () => {
    window.__bench = {
      firstFrameMs: null,
      frames: () => (window.trellis ? window.trellis.frames : 0),
      frameMs: () => (window.trellis ? window.trellis.frameMs : null),
      frameBuildMs: () => (window.trellis ? window.trellis.frameBuildMs : null),
      frameSubmitMs: () => (window.trellis ? window.trellis.frameSubmitMs : null),
    };
    let hooked;
    Object.defineProperty(window, 'trellis', {
      configurable: true,
      enumerable: true,
      get() { return hooked; },
      set(value) {
        hooked = value;
        value.ready.then(() => {
          window.__bench.firstFrameMs = performance.now();
          if (window.__benchFirstFrame) window.__benchFirstFrame(window.__bench.firstFrameMs);
        });
      },
    });
  },
  // tests/bench/hello/main.cpp makes window.hello and sets its firstFrameMs: hook both assignments.
  hello: () => {
    window.__bench = {
      get firstFrameMs() { return window.hello ? window.hello.firstFrameMs : null; },
      frames: () => (window.hello ? window.hello.frames : 0),
    };
    let hooked;
    Object.defineProperty(window, 'hello', {
      configurable: true,
      enumerable: true,
      get() { return hooked; },
      set(value) {
        let firstFrameMs = null;
        Object.defineProperty(value, 'firstFrameMs', {
          enumerable: true,
          get() { return firstFrameMs; },
          set(ms) {
            firstFrameMs = ms;
            if (ms !== null && window.__benchFirstFrame) window.__benchFirstFrame(ms);
          },
        });
        hooked = value;
      },
    });
  },
};

const FIRST_FRAME_TIMEOUT_MS = 60000;   // a cold wasm compile on a busy 2-core machine is slow
const IDLE_SETTLE_MS = 500;
const IDLE_WINDOW_MS = 2000;

// Opens `url` in `page` and returns the target's first frame time. The page tells the bench through
// a binding (a message from the page, nothing run in it): polling with page.waitForFunction would
// inject Playwright's own script into the page while it starts, which measured 14-18 ms of the main
// thread in the middle of the start-up being timed.
export async function firstFrame(page, url) {
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  let reported;
  const drawn = new Promise((resolve) => { reported = resolve; });
  await page.exposeBinding('__benchFirstFrame', (source, ms) => reported(ms));
  let timer;
  const timeout = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no first frame within ${FIRST_FRAME_TIMEOUT_MS} ms`)), FIRST_FRAME_TIMEOUT_MS);
  });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const ms = await Promise.race([drawn, timeout]);
    if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
    return ms;
  } finally {
    clearTimeout(timer);
  }
}

// When each step of a start ended (report.mjs's START_STEPS), in ms from navigation start; null for
// one the page did not mark. The page's own marks: web/pre.js and frontend/platform/main_web.cpp.
const STEP_MARKS = {
  wasm: 'trellis-prerun', storage: 'trellis-storage-loaded', context: 'trellis-context-ready',
  window: 'trellis-gl-ready', fonts: 'trellis-fonts-ready', gpu: 'trellis-gpu-ready',
};

function startSteps(page) {
  return page.evaluate((marks) => {
    const steps = { page: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null };
    for (const [step, mark] of Object.entries(marks)) steps[step] = performance.getEntriesByName(mark)[0]?.startTime ?? null;
    return steps;
  }, STEP_MARKS);
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
// cachedSteps (startSteps() of that start), requested: [paths relative to the site root] }.
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
      const cachedPage = await context.newPage();
      result.cachedFirstFrameMs = await firstFrame(cachedPage, siteUrl);
      result.cachedSteps = await startSteps(cachedPage);
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
// 16 ms. Returns, for every animation frame in which the app drew, its duration (`durations`) and
// the app's main-thread time for it: all of it (`mainThread`), ImGui and the app's drawing
// (`build`) and the GL calls (`submit`).
async function dragFrameTimes(page, flings) {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => {
    window.__benchTicks = [];
    const tick = (time) => {
      if (window.__benchTicks === null) return;   // the drag is over
      const bench = window.__bench;
      window.__benchTicks.push([time, bench.frames(), bench.frameMs(), bench.frameBuildMs(), bench.frameSubmitMs()]);
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
  const frames = { durations: [], mainThread: [], build: [], submit: [] };
  for (let i = 1; i < ticks.length; i++) {
    if (ticks[i][1] <= ticks[i - 1][1]) continue;
    frames.durations.push(ticks[i][0] - ticks[i - 1][0]);
    const [, , mainThread, build, submit] = ticks[i];
    if (typeof mainThread === 'number') frames.mainThread.push(mainThread);
    if (typeof build === 'number') frames.build.push(build);
    if (typeof submit === 'number') frames.submit.push(submit);
  }
  return frames;
}

// Where each item of the screen is drawn, by ImGui id.
async function itemPositions(page) {
  await waitForIdle(page);
  return new Map((await items(page)).map((item) => [item.id, item.y]));
}

// A fresh phone whose app has `workspaceFile` as its /data/<name>, open at its first screen.
async function withWorkspace(siteUrl, workspaceFile, use) {
  const phone = await launchPhone();
  try {
    await phone.context.addInitScript(TARGETS.trellis);
    const page = await phone.context.newPage();
    await seedStorage(page, siteUrl, workspaceFile, `/data/${path.basename(workspaceFile)}`);
    await firstFrame(page, siteUrl);
    return await use(page);
  } finally {
    await phone.context.close();
    phone.cleanup();
  }
}

// One visit that opens the tab labelled `screen` and scrolls it. Returns dragFrameTimes()'s
// frames, or null if the drag moved nothing: the screen has no list to scroll.
export function scrollScreen(siteUrl, workspaceFile, screen, flings) {
  return withWorkspace(siteUrl, workspaceFile, async (page) => {
    await tap(page, screen);
    const before = await itemPositions(page);
    const frames = await dragFrameTimes(page, flings);
    const after = await itemPositions(page);
    // A list scrolled when an item moved or a new one came into view (rows are drawn only on screen).
    const moved = [...after].some(([id, y]) => !before.has(id) || before.get(id) !== y);
    return moved ? frames : null;
  });
}

// [SECTION] A tap to its frame

// Taps the bottom tabs labelled `screens` in turn, `taps` times in all, each once the app is idle.
// Returns the milliseconds from each touchend to the end of the first frame whose items differ
// from those before the tap (window.trellis.frameEndMs, on the page's clock).
export function tapLatencies(siteUrl, workspaceFile, screens, taps) {
  return withWorkspace(siteUrl, workspaceFile, async (page) => {
    const latencies = [];
    for (let i = 0; i < taps; i++) {
      await waitForIdle(page);
      const target = (await items(page)).find((item) => item.label === screens[i % screens.length]);
      if (!target) throw new Error(`no tab labelled "${screens[i % screens.length]}" to tap`);
      // Watches from a timer, not an animation frame, so it reads each frame's end before the next.
      await page.evaluate(() => { window.__benchTapShown = new Promise((resolve, reject) => {
        const before = JSON.stringify(window.trellis.items());
        let touchEnd = null;
        let frames = window.trellis.frames;
        window.addEventListener('touchend', (event) => { touchEnd = event.timeStamp; }, { capture: true, once: true });
        const deadline = performance.now() + 5000;
        const poll = () => {
          if (touchEnd !== null && window.trellis.frames !== frames) {
            frames = window.trellis.frames;
            if (JSON.stringify(window.trellis.items()) !== before) return resolve(window.trellis.frameEndMs - touchEnd);
          }
          if (performance.now() > deadline) return reject(new Error('no frame showed the tap within 5 s'));
          setTimeout(poll, 1);
        };
        poll();
      }); });
      await page.touchscreen.tap(target.x + target.w / 2, target.y + target.h / 2);
      latencies.push(await page.evaluate(() => window.__benchTapShown));
    }
    return latencies;
  });
}

// [SECTION] Typing into a long entry

function entryOfWords(words) {
  const vocabulary = ['today', 'I', 'paired', 'with', 'Ana', 'on', 'the', 'parser', 'and', 'we', 'found', 'a',
    'clearer', 'way', 'to', 'explain', 'design', 'reviews', 'mentoring', 'feels', 'good', 'when', 'it', 'lands'];
  const out = [];
  for (let i = 0; i < words; i++) out.push(vocabulary[(i * 7 + Math.floor(i / 5)) % vocabulary.length]);
  return out.join(' ');
}

// Milliseconds of the longest frame each of `letters` keystrokes caused, typed at the end of a new
// reflection that already holds `words` words.
export async function typingFrames(siteUrl, words, letters) {
  const phone = await launchPhone();
  try {
    await phone.context.addInitScript(TARGETS.trellis);
    const page = await phone.context.newPage();
    await firstFrame(page, siteUrl);
    await tap(page, 'Journal');
    await tap(page, '\uf067  Write a reflection');
    await tap(page, 'text');
    await page.waitForFunction(() => window.trellis.textInput, null, { timeout: 5000 });
    const text = entryOfWords(words);
    for (let at = 0; at < text.length; at += 4000) await page.keyboard.insertText(text.slice(at, at + 4000));
    await waitForIdle(page, 20000);
    const frames = [];
    for (let i = 0; i < letters; i++) {
      await page.evaluate(() => { window.__benchTyped = new Promise((resolve, reject) => {
        const start = window.trellis.frames;
        let seen = start;
        let worst = 0;
        const deadline = performance.now() + 5000;
        const poll = () => {
          if (window.trellis.frames !== seen) {
            seen = window.trellis.frames;
            worst = Math.max(worst, window.trellis.frameMs);
          }
          if (seen !== start && window.trellis.idle) return resolve(worst);
          if (performance.now() > deadline) return reject(new Error('no frame showed the letter within 5 s'));
          setTimeout(poll, 0);
        };
        poll();
      }); });
      await page.keyboard.insertText(i % 6 === 5 ? ' ' : 'e');
      frames.push(await page.evaluate(() => window.__benchTyped));
    }
    return frames;
  } finally {
    await phone.context.close();
    phone.cleanup();
  }
}
