// Offline-first on a phone: data that survives a restart, an app that starts with the network off,
// updates that arrive and are applied, a share file that reaches the manager, two tabs that never
// overwrite each other, and a storage failure that loses nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ARTIFACTS, WEB_ROOT, findItem, findItemContaining, launchPhone, openApp, scrollIntoView, serveWeb, settle,
  tap, tapContaining, waitForIdle, waitForTextInput, watchErrors,
} from './browser.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ADD_GOAL = '\uf067  Add a goal';
const SAVE_GOAL = '\uf00c  Save goal';

async function addGoal(page, title) {
  await tap(page, 'Goals');
  await tap(page, ADD_GOAL);
  await waitForTextInput(page);
  await page.keyboard.insertText(title);
  await settle(page, 200);
  // The draft of the title is flushed as it is typed: let the storage answer first, or a banner
  // saying it failed could push the button down between finding it and tapping it.
  await flush(page);
  await tap(page, SAVE_GOAL);
  await findItem(page, title);
}

// Resolves once the app's saves are in IndexedDB; the flush's error, if any.
async function flush(page) {
  return page.evaluate(() => window.trellis.flush());
}

// Resolves once a service worker controls the page (the first visit installs it after the first frame).
async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null,
    null, { timeout: 30000, polling: 100 });
}

// Runs `body({ web, phone })` with a server for `root` and a fresh phone, and closes both after.
async function onPhone(body, root = WEB_ROOT) {
  const web = await serveWeb(root);
  const phone = await launchPhone();
  try {
    await body({ web, phone });
  } finally {
    await phone.context.close();
    phone.cleanup();
    await web.close();
  }
}

test('data survives a reload and a browser restart with the same profile', async () => {
  const web = await serveWeb();
  const phone = await launchPhone();
  try {
    let page = await phone.context.newPage();
    const errors = watchErrors(page);
    await openApp(page, web.url);
    await addGoal(page, 'Ship the accessibility audit');
    assert.equal(await flush(page), null);
    await page.reload();
    await page.evaluate(() => window.trellis.ready);
    await tap(page, 'Goals');
    await findItem(page, 'Ship the accessibility audit');
    assert.deepEqual(errors, []);
    await phone.context.close();

    const again = await launchPhone(phone.userDataDir);
    page = await again.context.newPage();
    await openApp(page, web.url);
    await tap(page, 'Goals');
    await findItem(page, 'Ship the accessibility audit');
    await again.context.close();
  } finally {
    phone.cleanup();
    await web.close();
  }
});

test('after the first visit the app starts, edits, saves and reloads offline, asking only for the update check', () => onPhone(async ({ web, phone }) => {
  const page = await phone.context.newPage();
  const errors = watchErrors(page);
  await openApp(page, web.url);
  await waitForServiceWorker(page);
  await page.evaluate(() => navigator.serviceWorker.ready);

  // Installed: a restart asks the server for nothing but sw.js (the browser's update check).
  web.requests.length = 0;
  await page.reload();
  await page.evaluate(() => window.trellis.ready);
  await waitForIdle(page);
  assert.deepEqual([...new Set(web.requests)].filter((p) => p !== '/sw.js'), [],
    `requests after install: ${web.requests.join(', ')}`);

  await phone.context.setOffline(true);
  web.requests.length = 0;
  await page.reload();
  await page.evaluate(() => window.trellis.ready);
  await addGoal(page, 'Written on a plane');
  assert.equal(await flush(page), null);
  await page.reload();
  await page.evaluate(() => window.trellis.ready);
  await tap(page, 'Goals');
  await findItem(page, 'Written on a plane');
  await page.screenshot({ path: path.join(ARTIFACTS, 'offline-goals.png') });
  assert.deepEqual(web.requests, [], 'offline, nothing reached the server');
  assert.deepEqual(errors.filter((e) => !/sw\.js|ERR_INTERNET_DISCONNECTED|update/i.test(e)), []);
}));

test('a new build is detected, offered, and applied', async () => {
  const site = mkdtempSync(path.join(tmpdir(), 'trellis-site-'));
  cpSync(WEB_ROOT, site, { recursive: true });
  const web = await serveWeb(site);
  const phone = await launchPhone();
  try {
    const page = await phone.context.newPage();
    await openApp(page, web.url);
    await addGoal(page, 'Kept across versions');
    assert.equal(await flush(page), null);
    await waitForServiceWorker(page);
    const firstCache = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('trellis-')));
    assert.equal(firstCache.length, 1);

    // Deploy version 2: a changed page (make_offline.py writes the page from web/index.html, so the
    // change goes into a copy of the sources), and the service worker made again for it.
    const source2 = mkdtempSync(path.join(tmpdir(), 'trellis-source-'));
    cpSync(path.join(ROOT, 'web'), path.join(source2, 'web'), { recursive: true });
    cpSync(path.join(ROOT, 'assets'), path.join(source2, 'assets'), { recursive: true });
    const page1 = readFileSync(path.join(source2, 'web/index.html'), 'utf8');
    writeFileSync(path.join(source2, 'web/index.html'), page1.replace('</body>', '<i id="build-2"></i>\n</body>'));
    execFileSync('/usr/bin/python3', [path.join(ROOT, 'web/make_offline.py'), site, source2]);
    rmSync(source2, { recursive: true, force: true });

    await page.reload();
    await page.evaluate(() => window.trellis.ready);
    await findItem(page, 'Restart now', 30000);
    await page.screenshot({ path: path.join(ARTIFACTS, 'offline-update-ready.png') });
    assert.equal(await page.evaluate(() => !!document.getElementById('build-2')), false, 'the old version runs until the switch');

    const reloaded = page.waitForEvent('load');
    await tap(page, 'Restart now');
    await reloaded;
    await page.evaluate(() => window.trellis.ready);
    assert.equal(await page.evaluate(() => !!document.getElementById('build-2')), true, 'the new version runs after the switch');
    const cacheNames = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("trellis-")));
    assert.equal(cacheNames.length, 1, 'the old version\'s cache is gone');
    assert.notDeepEqual(cacheNames, firstCache);
    await tap(page, 'Goals');
    await findItem(page, 'Kept across versions');
  } finally {
    await phone.context.close();
    phone.cleanup();
    await web.close();
    rmSync(site, { recursive: true, force: true });
  }
});

test('share falls back to a download, and the manager imports it with the file chooser', async () => {
  const web = await serveWeb();
  const employee = await launchPhone();
  const manager = await launchPhone();
  const downloads = mkdtempSync(path.join(tmpdir(), 'trellis-downloads-'));
  try {
    const page = await employee.context.newPage();
    await openApp(page, web.url);
    await addGoal(page, 'Lead the design review');
    await tap(page, '1:1');
    const shareButton = await scrollIntoView(page, 'Share with my manager');
    const downloading = page.waitForEvent('download');
    await tapContaining(page, 'Share with my manager');
    const download = await downloading;
    assert.equal(await page.evaluate(() => window.trellis.lastExport.shared), false, 'no share sheet here: a download');
    assert.match(download.suggestedFilename(), /^trellis-share-.*\.json$/);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const shared = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(shared.header.format, 'trellis-share');
    assert.ok(readFileSync(file, 'utf8').includes('Lead the design review'));
    assert.ok(shareButton.h >= 44);

    const managerPage = await manager.context.newPage();
    await openApp(managerPage, web.url);
    await tap(managerPage, '1:1');
    await scrollIntoView(managerPage, 'Import a file');
    const choosing = managerPage.waitForEvent('filechooser');
    await tapContaining(managerPage, 'Import a file');
    const chooser = await choosing;
    await chooser.setFiles(file);
    await findItemContaining(managerPage, ' Import');
    await managerPage.screenshot({ path: path.join(ARTIFACTS, 'offline-import-preview.png') });
    await tap(managerPage, '\uf00c Import');
    await findItem(managerPage, 'Undo import');
    assert.equal(await flush(managerPage), null);
    await managerPage.screenshot({ path: path.join(ARTIFACTS, 'offline-imported.png') });

    // A file that is not a Trellis file: a message, and nothing changes.
    const bad = path.join(downloads, 'holiday-photos.json');
    execFileSync('/bin/sh', ['-c', `printf '{"not": "trellis"}' > '${bad}'`]);
    await scrollIntoView(managerPage, 'Import a file');
    const choosingAgain = managerPage.waitForEvent('filechooser');
    await tapContaining(managerPage, 'Import a file');
    await (await choosingAgain).setFiles(bad);
    await waitForIdle(managerPage);
    assert.equal(await managerPage.evaluate(() => window.trellis.items().some((i) => i.label === '\uf00c Import')), false);
    await managerPage.screenshot({ path: path.join(ARTIFACTS, 'offline-import-refused.png') });
  } finally {
    await employee.context.close();
    await manager.context.close();
    employee.cleanup();
    manager.cleanup();
    rmSync(downloads, { recursive: true, force: true });
    await web.close();
  }
});

test('two tabs: the second follows read-only, takes over on request, and no write is lost', () => onPhone(async ({ web, phone }) => {
  const first = await phone.context.newPage();
  await openApp(first, web.url);
  const second = await phone.context.newPage();
  await openApp(second, web.url);
  assert.equal(await first.evaluate(() => window.trellis.writer), true);
  assert.equal(await second.evaluate(() => window.trellis.writer), false);
  await findItem(second, 'Use Trellis here');
  await second.screenshot({ path: path.join(ARTIFACTS, 'offline-second-tab.png') });

  // The writer saves; the follower shows it.
  await first.bringToFront();
  await addGoal(first, 'Written in the first tab');
  assert.equal(await flush(first), null);
  await second.bringToFront();
  await tap(second, 'Goals');
  await findItem(second, 'Written in the first tab', 10000);

  // The follower cannot change anything…
  await tap(second, ADD_GOAL);
  await waitForTextInput(second);
  await second.keyboard.insertText('Never saved');
  await settle(second, 200);
  await tap(second, SAVE_GOAL);
  await findItemContaining(second, 'Use Trellis here');

  // …until it takes over; then the first tab follows it.
  await tap(second, 'Use Trellis here');
  await second.waitForFunction(() => window.trellis.writer, null, { timeout: 10000 });
  await first.waitForFunction(() => !window.trellis.writer, null, { timeout: 10000 });
  await first.bringToFront();
  await findItem(first, 'Use Trellis here');
  await second.bringToFront();
  await tap(second, 'Goals');
  const cancel = await second.evaluate(() => window.trellis.items().some((i) => i.label === 'Cancel'));
  if (cancel) await tap(second, 'Cancel');
  await addGoal(second, 'Written in the second tab');
  assert.equal(await flush(second), null);
  await first.bringToFront();
  await tap(first, 'Goals');
  await findItem(first, 'Written in the second tab', 10000);
  await findItem(first, 'Written in the first tab');

  // Both writes are in storage; the refused one is not.
  await first.close();
  await second.reload();
  await second.evaluate(() => window.trellis.ready);
  await tap(second, 'Goals');
  await findItem(second, 'Written in the first tab');
  await findItem(second, 'Written in the second tab');
  assert.equal(await second.evaluate(() => window.trellis.items().some((i) => i.label === 'Never saved')), false);
}));

test('a flush that fails is shown, keeps the data, offers a backup, and recovers', () => onPhone(async ({ web, phone }) => {
  const downloads = mkdtempSync(path.join(tmpdir(), 'trellis-downloads-'));
  try {
    const page = await phone.context.newPage();
    await openApp(page, web.url);
    // The browser's storage is full from now on.
    await page.evaluate(() => {
      window.__realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    await addGoal(page, 'Kept in memory');
    assert.match(await flush(page), /quota/i);
    await findItemContaining(page, 'Export a backup');
    await page.screenshot({ path: path.join(ARTIFACTS, 'offline-flush-failed.png') });
    await findItem(page, 'Kept in memory');

    const downloading = page.waitForEvent('download');
    await tapContaining(page, 'Export a backup');
    const download = await downloading;
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(backup.header.format, 'trellis-backup');
    assert.ok(readFileSync(file, 'utf8').includes('Kept in memory'));

    // Storage works again: the next flush writes everything and the warning goes.
    await page.evaluate(() => { IDBObjectStore.prototype.put = window.__realPut; });
    assert.equal(await flush(page), null);
    await page.waitForFunction(() => !window.trellis.items().some((i) => i.label.includes('Export a backup')), null, { timeout: 5000 });
    await page.reload();
    await page.evaluate(() => window.trellis.ready);
    await tap(page, 'Goals');
    await findItem(page, 'Kept in memory');
  } finally {
    rmSync(downloads, { recursive: true, force: true });
  }
}));
