// One person, two devices (a phone and a laptop: two browser profiles): the phone's backup restored
// on the laptop, the same goal edited on both, the laptop's later backup imported on the phone. The
// later edit wins, and the phone's goal editor shows what its own version said and puts it back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ARTIFACTS, findItem, items, findItemContaining, launchPhone, openApp, scrollIntoView, serveWeb, settle, tap, tapContaining,
  waitForIdle, waitForTextInput, watchErrors,
} from './browser.mjs';

const GOAL = 'Run the guild';

// Settings, from wherever the page is (Settings stays open under Home once opened).
async function openSettings(page) {
  await tap(page, 'Home');
  await settle(page, 200);
  if ((await items(page)).some((item) => item.label === '\uf013')) await tap(page, '\uf013');
}

async function backUp(page, folder) {
  await openSettings(page);
  await scrollIntoView(page, 'Export a backup');
  const downloading = page.waitForEvent('download');
  await tapContaining(page, 'Export a backup');
  const download = await downloading;
  const file = path.join(folder, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return file;
}

async function restore(page, file) {
  await openSettings(page);
  await scrollIntoView(page, 'Restore from a file');
  const choosing = page.waitForEvent('filechooser');
  await tapContaining(page, 'Restore from a file');
  await (await choosing).setFiles(file);
  await findItem(page, '\uf00c Import');
  await tap(page, '\uf00c Import');
  await waitForIdle(page);
}

// Opens the goal and adds `words` at the end of its title, then saves.
async function retitle(page, title, words) {
  await tap(page, 'Goals');
  await tap(page, title);
  await tap(page, 'goal-title');
  await waitForTextInput(page);
  await page.keyboard.press('End');
  await page.keyboard.insertText(words);
  await settle(page, 200);
  await scrollIntoView(page, '\uf00c  Save changes');
  await tap(page, '\uf00c  Save changes');
  await findItem(page, title + words);
}

test('a goal edited on two devices keeps the version that lost, and it can be restored', async () => {
  const web = await serveWeb();
  const phone = await launchPhone();
  const laptop = await launchPhone();
  const folder = mkdtempSync(path.join(tmpdir(), 'trellis-two-devices-'));
  try {
    const mine = await phone.context.newPage();
    const errors = watchErrors(mine);
    await openApp(mine, web.url);
    await tap(mine, 'Goals');
    await tap(mine, '\uf067  Add a goal');
    await waitForTextInput(mine);
    await mine.keyboard.insertText(GOAL);
    await settle(mine, 200);
    await tap(mine, '\uf00c  Save goal');
    await findItem(mine, GOAL);

    const other = await laptop.context.newPage();
    await openApp(other, web.url);
    await restore(other, await backUp(mine, folder));
    await findItem(other, 'Undo import');                  // the restore's banner

    await retitle(mine, GOAL, ' for accessibility');        // first on the phone,
    await retitle(other, GOAL, ' this spring');             // then, later, on the laptop
    await restore(mine, await backUp(other, folder));

    await tap(mine, 'Goals');
    await tap(mine, `${GOAL} this spring`);                 // the later edit won
    await scrollIntoView(mine, 'Show earlier versions');
    await tap(mine, 'Show earlier versions');
    await scrollIntoView(mine, `Title: ${GOAL} for accessibility`, { minHeight: 0 });
    await findItemContaining(mine, 'Saved ');
    await scrollIntoView(mine, 'Restore this version');
    await mine.screenshot({ path: path.join(ARTIFACTS, 'two-devices-earlier-version.png') });
    await tapContaining(mine, 'Restore this version');
    await tapContaining(mine, 'Tap again to restore it');
    await findItemContaining(mine, 'Restore goal');         // the toast, with Undo
    await mine.screenshot({ path: path.join(ARTIFACTS, 'two-devices-restored.png') });
    await scrollIntoView(mine, 'Cancel');
    await tap(mine, 'Cancel');                               // the editor holds the restored version: nothing to save
    await findItem(mine, `${GOAL} for accessibility`);
    assert.deepEqual(errors, []);
  } finally {
    await phone.context.close();
    await laptop.context.close();
    phone.cleanup();
    laptop.cleanup();
    await web.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
