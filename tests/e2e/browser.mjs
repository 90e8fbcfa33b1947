// Launches Debian's Chromium under Playwright as a phone (390 x 844 CSS px, devicePixelRatio 3,
// touch), and helps tests find ImGui items through window.trellis and tap them with real touches.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ARTIFACTS = path.resolve(import.meta.dirname, '../../build/test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

// The site under test: build/web, or another build folder named by TRELLIS_WEB_ROOT.
export const WEB_ROOT = path.resolve(process.env.TRELLIS_WEB_ROOT || path.join(import.meta.dirname, '../../build/web'));

const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

// Serves build/web on a free loopback port; returns { url, close, requests }, where requests lists
// the path of every request the server received, in order.
export async function serveWeb(root = WEB_ROOT) {
  const requests = [];
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(pathname);
    const file = path.join(root, pathname.endsWith('/') ? pathname + 'index.html' : pathname);
    if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    requests,
    close: () => { server.closeAllConnections(); return new Promise((r) => server.close(r)); },
  };
}

export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

// A persistent profile, so a test can close the browser and start it again on the same storage.
// `device` overrides the phone's settings (another viewport, a desktop's pixel ratio).
export async function launchPhone(userDataDir = mkdtempSync(path.join(tmpdir(), 'trellis-e2e-')), device = {}) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    ...PHONE,
    ...device,
  });
  return { context, userDataDir, cleanup: () => rmSync(userDataDir, { recursive: true, force: true }) };
}

// For a test file: serves build/web and launches a phone before its tests, and closes both after.
// The returned object's `web` ({url}) and `phone` ({context}) are set once the tests run.
export function phoneFixture() {
  const fixture = {};
  before(async () => {
    fixture.web = await serveWeb();
    fixture.phone = await launchPhone();
  });
  after(async () => {
    await fixture.phone.context.close();
    fixture.phone.cleanup();
    await fixture.web.close();
  });
  return fixture;
}

// Records console errors and page errors, so a test can assert there were none.
export function watchErrors(page) {
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.trellis !== undefined);
  await page.evaluate(() => window.trellis.ready);
}

export async function items(page) {
  return page.evaluate(() => window.trellis.items());
}

// Waits until an item labelled `label` is drawn, and returns it.
export async function findItem(page, label, timeout = 5000) {
  const handle = await page.waitForFunction(
    (wanted) => window.trellis.items().find((item) => item.label === wanted) || null,
    label, { timeout, polling: 50 });
  return handle.jsonValue();
}

// Waits until an item whose label contains `text` is drawn, and returns it (for labels with icons).
export async function findItemContaining(page, text, timeout = 5000) {
  const handle = await page.waitForFunction(
    (wanted) => window.trellis.items().find((item) => item.label.includes(wanted)) || null,
    text, { timeout, polling: 50 });
  return handle.jsonValue();
}

export async function tapContaining(page, text) {
  await waitForIdle(page);
  const item = await findItemContaining(page, text);
  await page.touchscreen.tap(item.x + item.w / 2, item.y + item.h / 2);
  return item;
}

// Waits until the app stops drawing: what a previous tap changed is on screen. Checked in animation
// frames, not on a timer: the browser holds touch moves back until the next animation frame (and
// holds frames back while the GPU is behind), so only there has all input sent reached the app.
// Idle is the app saying it owes no frame and has no input waiting, with no frame drawn since the
// last check, at two animation frames in a row.
export async function waitForIdle(page, timeout = 5000) {
  await page.evaluate(() => { window.__trellisIdle = { frames: -1, calm: 0 }; });
  await page.waitForFunction(() => {
    const state = window.__trellisIdle;
    const now = window.trellis.frames;
    state.calm = now === state.frames && window.trellis.idle ? state.calm + 1 : 0;
    state.frames = now;
    return state.calm >= 2;
  }, null, { timeout, polling: 'raf' });
}

// A real tap (touchstart, touchend) in the centre of the item labelled `label`, once the screen
// has settled (as a person waits to see what they tap).
export async function tap(page, label) {
  await waitForIdle(page);
  const item = await findItem(page, label);
  await page.touchscreen.tap(item.x + item.w / 2, item.y + item.h / 2);
  return item;
}

async function touch(cdp, type, x, y) {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
}

// A finger from (x, fromY) to (x, toY) in `steps` moves, 16 ms apart (real touch events). Returns
// once the page has had the touchend: the browser may hold touch moves back for a frame or more (on
// a busy machine, several), so without that wait a test could see the app idle with the drag's last
// moves still to come, and tap where an item was before they scrolled it away.
export async function drag(page, x, fromY, toY, steps = 15) {
  await page.evaluate(() => {
    window.__trellisDragEnded = new Promise((resolve) => {
      window.addEventListener('touchend', resolve, { capture: true, once: true });
    });
  });
  const cdp = await page.context().newCDPSession(page);
  await touch(cdp, 'touchStart', x, fromY);
  for (let i = 1; i <= steps; i++) {
    await touch(cdp, 'touchMove', x, fromY + ((toY - fromY) * i) / steps);
    await page.waitForTimeout(16);
  }
  await touch(cdp, 'touchEnd');
  await cdp.detach();
  await page.evaluate(() => window.__trellisDragEnded);
}

// Scrolls the page with slow drags, as a person would, until the item whose label contains `text`
// is whole on screen above the tab bar (and at least 44 px tall); returns it.
export async function scrollIntoView(page, text, { tabBar = 64, tries = 12, minHeight = 44 } = {}) {
  const viewport = page.viewportSize();
  for (let i = 0; i < tries; i++) {
    await waitForIdle(page);
    const item = await page.evaluate((wanted) => window.trellis.items().find((it) => it.label.includes(wanted)) || null, text);
    if (item && item.h >= minHeight && item.y + item.h <= viewport.height - tabBar) return item;
    await drag(page, viewport.width / 2, viewport.height * 0.7, viewport.height * 0.35);
  }
  throw new Error(`"${text}" never came into view`);
}

// Waits until a text field has the keyboard.
export async function waitForTextInput(page, timeout = 5000) {
  await page.waitForFunction(() => window.trellis.textInput, null, { timeout, polling: 50 });
}

// Lets the app draw whatever the last input caused.
export async function settle(page, ms = 300) {
  await page.waitForTimeout(ms);
}

// Writes a file into the app's IndexedDB storage as Emscripten's IDBFS keeps it (database named
// after the mount point, store FILE_DATA, one record a path), before the app first opens.
export async function seedStorage(page, siteUrl, file, storagePath) {
  await page.goto(new URL('__bench_seed', siteUrl).href);     // any page of the same origin
  await page.evaluate(async ({ base64, filePath }) => {
    const contents = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const mount = filePath.slice(0, filePath.lastIndexOf('/'));
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(mount, 21);      // IDBFS.DB_VERSION in Emscripten 3.1.6
      open.onupgradeneeded = () => {
        open.result.createObjectStore('FILE_DATA').createIndex('timestamp', 'timestamp', { unique: false });
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('FILE_DATA', 'readwrite');
      tx.objectStore('FILE_DATA').put({ timestamp: new Date(), mode: 0o100644, contents }, filePath);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { base64: readFileSync(file).toString('base64'), filePath: storagePath });
}
