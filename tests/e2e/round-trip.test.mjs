// The loop the app exists for, on two phones (two browser profiles): the employee plans a
// one-on-one and shares; the manager imports, agrees an action on the meeting (owner and due date)
// and comments on the goal, and sends a response; the employee imports it, finds the comment on the
// goal and the action on the meeting, ticks it, and the Markdown agenda says it is done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ARTIFACTS, drag, findItem, items, findItemContaining, launchPhone, openApp, scrollIntoView, serveWeb, settle, tap,
  tapContaining, waitForIdle, waitForTextInput, watchErrors,
} from './browser.mjs';

const COMMENT = '\uf067  Comment';

async function exportFile(page, buttonText, folder) {
  await scrollIntoView(page, buttonText);
  const downloading = page.waitForEvent('download');
  await tapContaining(page, buttonText);
  const download = await downloading;
  const file = path.join(folder, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

async function importFile(page, file) {
  await tap(page, '1:1');
  await scrollToTop(page);
  if ((await items(page)).some((it) => it.label === '\uf053  Team')) await tap(page, '\uf053  Team');   // out of a report
  await tap(page, 'My 1:1');
  await scrollIntoView(page, 'Import a file');
  const choosing = page.waitForEvent('filechooser');
  await tapContaining(page, 'Import a file');
  await (await choosing).setFiles(file);
  await findItemContaining(page, ' Import');
  await tap(page, '\uf00c Import');
  await findItem(page, 'Undo import');
}

// Taps the first item labelled `label` drawn below the item containing `anchor` (cards repeat
// their buttons' labels, so the card's title says which one).
async function tapBelow(page, anchor, label) {
  const viewport = page.viewportSize();
  for (let i = 0; i < 12; i++) {
    await waitForIdle(page);
    const found = await page.evaluate(({ anchor, label }) => {
      const all = window.trellis.items();
      const top = all.find((it) => it.label.includes(anchor));
      if (!top) return null;
      return all.filter((it) => it.label === label && it.y > top.y).sort((a, b) => a.y - b.y)[0] || null;
    }, { anchor, label });
    if (found && found.y + found.h <= viewport.height - 64) {
      await page.touchscreen.tap(found.x + found.w / 2, found.y + found.h / 2);
      return;
    }
    await drag(page, viewport.width / 2, viewport.height * 0.7, viewport.height * 0.35);
  }
  throw new Error(`no "${label}" below "${anchor}"`);
}

async function scrollToTop(page) {
  for (let i = 0; i < 8; i++) {
    await drag(page, 200, 250, 750);
    await waitForIdle(page);
  }
}

async function typeInto(page, label, text) {
  await tap(page, label);
  await waitForIdle(page);          // the field tapped has the keyboard, not the one before it
  await waitForTextInput(page);
  await page.keyboard.insertText(text);
  await settle(page, 200);
}

test('employee shares, manager agrees an action and comments, employee sees both and ticks the action', async () => {
  const web = await serveWeb();
  const employee = await launchPhone();
  const manager = await launchPhone();
  const folder = mkdtempSync(path.join(tmpdir(), 'trellis-round-trip-'));
  try {
    const me = await employee.context.newPage();
    const errors = watchErrors(me);
    await openApp(me, web.url);
    await tap(me, 'Goals');
    await tap(me, '\uf067  Add a goal');
    await waitForTextInput(me);
    await me.keyboard.insertText('Lead the design review');
    await settle(me, 200);
    await tap(me, '\uf00c  Save goal');
    await findItem(me, 'Lead the design review');
    await tap(me, '1:1');
    await tap(me, '\uf067  Plan a one-on-one');
    await findItem(me, '\uf15b  Open the meeting');
    // The one-on-one is today: the date picker, then today's day in its month.
    const today = await me.evaluate(() => { const d = new Date(); d.setMinutes(d.getMinutes() - d.getTimezoneOffset()); return d.toISOString().slice(0, 10); });
    await tapContaining(me, '\uf073  ');
    await tap(me, today);
    await waitForIdle(me);
    const share = await exportFile(me, 'Share with my manager', folder);
    assert.ok(readFileSync(share, 'utf8').includes('Lead the design review'));

    // The manager: import, then an action on the meeting and a note on the goal.
    const boss = await manager.context.newPage();
    await openApp(boss, web.url);
    await importFile(boss, share);
    await scrollToTop(boss);
    await tap(boss, 'Team');
    await tap(boss, 'Someone on your team');
    await tap(boss, COMMENT);                 // the meeting's card comes first
    await tap(boss, 'Action');
    await tap(boss, 'They do it');
    await tapContaining(boss, 'Set a due date');
    // The calendar opens on the suggested day and sets nothing until a day is tapped: the last
    // day of the month shown.
    await waitForIdle(boss);
    const days = (await items(boss)).filter((item) => /^\d{4}-\d{2}-\d{2}$/.test(item.label)).sort((a, b) => a.label.localeCompare(b.label));
    assert.ok(days.length >= 28, `the month's days are shown (${days.length})`);
    await scrollIntoView(boss, days[days.length - 1].label);
    await tap(boss, days[days.length - 1].label);
    await scrollIntoView(boss, 'comment');
    await typeInto(boss, 'comment', 'Send me the audit plan');
    await scrollIntoView(boss, '\uf00c  Add comment');
    await tap(boss, '\uf00c  Add comment');
    await findItemContaining(boss, 'Action for them, due');
    await tapBelow(boss, 'Lead the design review', COMMENT);   // the goal's, not the meeting's
    await typeInto(boss, 'comment', 'Great goal. Who could mentor you?');
    await scrollIntoView(boss, '\uf00c  Add comment');
    await tap(boss, '\uf00c  Add comment');
    await findItem(boss, 'Great goal. Who could mentor you?');
    await boss.screenshot({ path: path.join(ARTIFACTS, 'round-trip-manager-comments.png') });
    await scrollToTop(boss);
    const response = await exportFile(boss, 'Export response', folder);
    const sent = JSON.parse(readFileSync(response, 'utf8'));
    assert.equal(sent.header.format, 'trellis-response');
    const action = sent.content.comments.find((c) => c.text === 'Send me the audit plan');
    assert.equal(action.kind, 'action');
    assert.notEqual(action.due, '', 'the action has a due date');
    assert.ok(sent.content.comments.some((c) => c.text === 'Great goal. Who could mentor you?'));

    // The employee: what arrived is on Home, on the goal, and on the meeting.
    await importFile(me, response);
    await tap(me, 'Home');
    await findItem(me, '\uf00c  Mark as read');
    await me.screenshot({ path: path.join(ARTIFACTS, 'round-trip-home-new.png') });
    await tap(me, 'Goals');
    await tap(me, 'Lead the design review');
    await scrollIntoView(me, 'Answer');
    await findItem(me, 'Great goal. Who could mentor you?');     // the manager's comment, in the goal's editor
    await tap(me, '\uf112  Answer');
    await waitForTextInput(me);
    await me.keyboard.insertText('Maybe Chen from design.');
    await settle(me, 200);
    await scrollIntoView(me, '\uf00c  Send answer');
    await tap(me, '\uf00c  Send answer');
    await findItemContaining(me, 'Maybe Chen from design.');
    await me.screenshot({ path: path.join(ARTIFACTS, 'round-trip-goal-comment.png') });

    // The meeting: the agreed action is on it, ticked; notes and the career talk written down.
    await tap(me, '1:1');
    await scrollToTop(me);
    await scrollIntoView(me, 'Send me the audit plan');
    await me.screenshot({ path: path.join(ARTIFACTS, 'round-trip-agreed-action.png') });
    await tap(me, 'Send me the audit plan');
    await waitForIdle(me);
    const agenda = await exportFile(me, 'Markdown', folder);
    assert.match(readFileSync(agenda, 'utf8'), /- Done: Send me the audit plan/);
    await scrollToTop(me);
    await tap(me, '\uf15b  Open the meeting');
    await scrollIntoView(me, 'notes');
    await typeInto(me, 'notes', 'We agreed on the audit scope.');
    await typeInto(me, 'private-notes', 'Ask about the Lisbon team.');
    await scrollIntoView(me, 'We talked about my career path');
    await tap(me, 'We talked about my career path');
    const sixMonthsOn = await me.evaluate((iso) => {
      const d = new Date(iso + 'T12:00:00Z');
      d.setUTCMonth(d.getUTCMonth() + 6);
      const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
      const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
      // As the app writes a date: its parts joined by no-break spaces.
      return [days[d.getUTCDay()], d.getUTCDate(), months[d.getUTCMonth()], d.getUTCFullYear()].join('\u00a0');
    }, today);
    // The line under the tick; a toast may have taken the room it was drawn in: scroll to it.
    await scrollIntoView(me, `Next career conversation due ${sixMonthsOn}`, { minHeight: 0 });
    await me.screenshot({ path: path.join(ARTIFACTS, 'round-trip-meeting-notes.png') });
    await tap(me, 'Home');
    await scrollIntoView(me, `Next career conversation by ${sixMonthsOn}`, { minHeight: 0 });
    await me.screenshot({ path: path.join(ARTIFACTS, 'round-trip-home-review.png') });
    await scrollToTop(me);
    await tap(me, '\uf013');
    await scrollIntoView(me, `Next one due by ${sixMonthsOn}`, { minHeight: 0 });

    // The answer travels back: the employee shares again, the manager imports and reads it.
    await tap(me, '1:1');
    await scrollToTop(me);
    await tap(me, '\uf053  One-on-one');      // from the meeting back to the list
    await scrollToTop(me);
    const again = await exportFile(me, 'Share with my manager', folder);
    assert.ok(readFileSync(again, 'utf8').includes('Maybe Chen from design.'));
    assert.ok(!readFileSync(again, 'utf8').includes('Lisbon'), 'private notes stay home');
    assert.ok(readFileSync(again, 'utf8').includes('We agreed on the audit scope.'), 'shared notes travel');
    await importFile(boss, again);
    await scrollToTop(boss);
    await tap(boss, 'Team');
    await tap(boss, 'Someone on your team');
    await scrollIntoView(boss, 'We agreed on the audit scope.', { minHeight: 0 });
    await scrollIntoView(boss, 'Maybe Chen from design.', { minHeight: 0 });
    await boss.screenshot({ path: path.join(ARTIFACTS, 'round-trip-manager-answer.png') });
    assert.deepEqual(errors, []);
  } catch (failure) {
    for (const [who, context] of [['employee', employee.context], ['manager', manager.context]])
      for (const page of context.pages())
        await page.screenshot({ path: path.join(ARTIFACTS, `round-trip-failed-${who}.png`) }).catch(() => {});
    throw failure;
  } finally {
    await employee.context.close();
    await manager.context.close();
    employee.cleanup();
    manager.cleanup();
    rmSync(folder, { recursive: true, force: true });
    await web.close();
  }
});
