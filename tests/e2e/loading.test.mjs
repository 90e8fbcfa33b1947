// What a person sees before the app runs: the loading screen's bar follows the wasm's download, and
// a browser that cannot run Trellis, or a download that fails, gets a plain page saying so instead
// of a bar that never ends. Each test has a fresh browser profile: no service worker answers for
// the files, so the network conditions and failures below reach the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, launchPhone, serveWeb } from './browser.mjs';

async function withPhone(body) {
  const web = await serveWeb();
  const phone = await launchPhone();
  try {
    const page = await phone.context.newPage();
    await body(page, web);
  } finally {
    await phone.context.close();
    phone.cleanup();
    await web.close();
  }
}

// Which of the start-up screens shows: 'loading', 'unsupported', 'failed' or 'app' (the first
// frame is drawn and the loading screen is gone).
function screenShown(page) {
  return page.evaluate(() => {
    const shown = (id) => { const e = document.getElementById(id); return e && getComputedStyle(e).display !== 'none'; };
    if (shown('unsupported')) return 'unsupported';
    if (shown('failed')) return 'failed';
    if (shown('loading')) return 'loading';
    return window.trellis && window.trellis.frames > 0 ? 'app' : 'blank';
  });
}

test('the loading bar follows the wasm as it downloads, then gives way to the app', async () => {
  await withPhone(async (page, web) => {
    // A slow phone network: about 3 s for the wasm (served uncompressed here).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions',
      { offline: false, latency: 40, downloadThroughput: 300 * 1024, uploadThroughput: 300 * 1024 });
    // Every value the bar takes, read at each animation frame until the loading screen goes.
    await page.addInitScript(() => {
      window.__bar = [];
      const watch = () => {
        const bar = document.getElementById('progress');
        if (bar && bar.value !== window.__bar.at(-1)) window.__bar.push(bar.value);
        if (!bar && document.readyState !== 'loading') return;
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.goto(web.url);
    await page.waitForFunction(() => window.__bar.some((v) => v > 0.3 && v < 0.8), null, { timeout: 20000 });
    assert.equal(await screenShown(page), 'loading');
    await page.screenshot({ path: path.join(ARTIFACTS, 'loading-progress.png') });
    await page.waitForFunction(() => window.trellis && window.trellis.frames > 0, null, { timeout: 30000 });
    await page.evaluate(() => window.trellis.ready);
    assert.equal(await screenShown(page), 'app');

    const bar = await page.evaluate(() => window.__bar);
    const between = bar.filter((v) => v > 0 && v < 1);
    assert.ok(between.length >= 3, `the bar moved in steps while the wasm downloaded: ${bar.join(', ')}`);
    for (let i = 1; i < bar.length; i++) assert.ok(bar[i] >= bar[i - 1], `the bar never goes back: ${bar.join(', ')}`);
    assert.ok(bar.at(-1) >= 0.999, `the bar was full before the app showed: ${bar.join(', ')}`);
  });
});

test('a browser without WebGL 2 gets a plain page saying so', async () => {
  await withPhone(async (page, web) => {
    await page.addInitScript(() => { delete window.WebGL2RenderingContext; });
    await page.goto(web.url);
    await page.waitForFunction(() => getComputedStyle(document.getElementById('unsupported')).display !== 'none');
    assert.equal(await screenShown(page), 'unsupported');
    const text = await page.locator('#unsupported').innerText();
    assert.match(text, /cannot start here/);
    assert.match(text, /WebGL 2/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'loading-unsupported.png') });
  });
});

test('a WebGL 2 that will not give a context is told apart from a loading page that never ends', async () => {
  await withPhone(async (page, web) => {
    // The type exists, but making a context fails (a blocklisted GPU, say): only the app, once it
    // runs and asks for one, can find out.
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
      };
    });
    await page.goto(web.url);
    await page.waitForFunction(() => getComputedStyle(document.getElementById('unsupported')).display !== 'none',
      null, { timeout: 30000 });
    assert.equal(await screenShown(page), 'unsupported');
    assert.ok(web.requests.includes('/trellis.wasm'), 'the app ran before it found out');
  });
});

test('a download that fails says so and tells the person to reload', async () => {
  for (const missing of ['trellis.wasm', 'trellis.js']) {
    await withPhone(async (page, web) => {
      await page.route(`**/${missing}`, (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.goto(web.url);
      await page.waitForFunction(() => getComputedStyle(document.getElementById('failed')).display !== 'none',
        null, { timeout: 30000 });
      assert.equal(await screenShown(page), 'failed', `without ${missing}`);
      assert.match(await page.locator('#failed').innerText(), /could not load[\s\S]*reload/i);
      // Chromium can refuse a capture before the failure screen's first frame is composited
      // ("Unable to capture screenshot", seen once in CI): wait a frame, and try once more.
      if (missing === 'trellis.wasm') {
        const shot = { path: path.join(ARTIFACTS, 'loading-failed.png') };
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
        await page.screenshot(shot).catch(async () => { await page.waitForTimeout(500); await page.screenshot(shot); });
      }
    });
  }
});
