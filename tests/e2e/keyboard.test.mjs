// Typing as a phone does: text arrives as input events on the hidden text field (no key events),
// IME compositions update a word in place, Backspace and Enter come as input events too; and a
// hardware keyboard still works, with nothing typed twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, findItem, openApp, phoneFixture, tap, waitForIdle, waitForTextInput, watchErrors } from './browser.mjs';

const site = phoneFixture();

async function openNewGoalForm(page) {
  // The tab before (a test of this file, on the same storage) hands the writer's lock over as it
  // closes; until this tab holds it, it only follows.
  await page.waitForFunction(() => window.trellis.writer === true, null, { timeout: 20000 });
  await tap(page, 'Goals');
  await tap(page, '\uf067  Add a goal');
  await waitForTextInput(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-input', 'the hidden field has the focus');
}

// What a phone keyboard does for Backspace and Enter: change the field and fire an input event.
async function phoneEdit(page, inputType) {
  await page.evaluate((type) => {
    const field = document.getElementById('text-input');
    field.value = type === 'insertLineBreak' ? field.value + '\n' : field.value.slice(0, -1);
    field.dispatchEvent(new InputEvent('input', { inputType: type }));
  }, inputType);
  await waitForIdle(page);
}

test('a phone keyboard types accents, Cyrillic and Greek, deletes, and submits with Enter', async () => {
  const page = await site.phone.context.newPage();
  const errors = watchErrors(page);
  await openApp(page, site.web.url);
  await openNewGoalForm(page);

  await page.keyboard.insertText('Présenter à l’équipe');
  await page.keyboard.insertText(' — Привет, Γειά!');
  await phoneEdit(page, 'deleteContentBackward');     // removes "!"
  await page.keyboard.insertText('.');
  await page.screenshot({ path: path.join(ARTIFACTS, 'keyboard-typing.png') });
  await phoneEdit(page, 'insertLineBreak');            // Enter on the phone keyboard saves

  await findItem(page, 'Présenter à l’équipe — Привет, Γειά.');
  // The keyboard goes a moment after the field lets go (web/pre.js: a chip tapped beside a field keeps it).
  await page.waitForFunction(() => document.activeElement.id !== 'text-input', null, { timeout: 2000 });
  assert.deepEqual(errors, []);
  await page.evaluate(() => window.trellis.flush());    // the next test opens the same storage
  await page.close();
});

test('an IME composition types the committed word once', async () => {
  const page = await site.phone.context.newPage();
  await openApp(page, site.web.url);
  await openNewGoalForm(page);
  const cdp = await page.context().newCDPSession(page);
  await page.keyboard.insertText('Learn ');
  await cdp.send('Input.imeSetComposition', { text: 'ka', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: 'kan', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.imeSetComposition', { text: 'kanji', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.insertText', { text: 'kanji' });
  await page.keyboard.insertText(' daily');
  await page.keyboard.press('Enter');
  await findItem(page, 'Learn kanji daily');
  await page.evaluate(() => window.trellis.flush());    // the next test opens the same storage
  await page.close();
});

test('a hardware keyboard types once per key, with Backspace and Enter', async () => {
  const page = await site.phone.context.newPage();
  await openApp(page, site.web.url);
  await openNewGoalForm(page);
  await page.keyboard.type('Ship it!!');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await findItem(page, 'Ship it!');
  await page.evaluate(() => window.trellis.flush());    // the next test opens the same storage
  await page.close();
});
