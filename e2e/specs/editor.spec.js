// Journey: ASL-aware editing — field completion per state type, state snippets, state-name
// completion in Default/Next, hover documentation.
import { test, expect } from '../fixtures.js';

/**
 * Moves the cursor with Monaco's Go to Line (Ctrl+G), as a keyboard user would. Waits for the
 * line box to open before typing (on a loaded machine the keys could reach the editor's text
 * instead) and to close before going on.
 */
async function goTo(page, line, column) {
  const box = page.locator('.quick-input-widget');
  await page.keyboard.press('Control+G');
  await expect(box).toBeVisible();
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await expect(box).toBeHidden();
}

/** Opens a fresh Hello example and starts a new member (`,` newline `"`) after line:column. */
async function startMemberAfter(page, playground, line, column) {
  await playground.chooseExample('Wait: pausing on the clock');
  await playground.chooseExample('Hello, Pass state');
  await playground.definition.click();
  await goTo(page, line, column);
  await page.keyboard.type(',');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"');
}

const suggestions = (page) => page.locator('.suggest-widget .monaco-list-row');

test('completes fields of the state type and offers state snippets', async ({ page, playground }) => {
  await playground.open();
  await startMemberAfter(page, playground, 9, 18);
  await expect(suggestions(page).filter({ hasText: 'ResultSelector' })).toBeVisible();
  await expect(suggestions(page).filter({ hasText: 'Resource' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await startMemberAfter(page, playground, 10, 6);
  await expect(suggestions(page).filter({ hasText: 'Task state' })).toBeVisible();
  await suggestions(page).filter({ hasText: 'Wait state' }).click();
  await expect(playground.status).toHaveAttribute('data-status', /valid|invalid/);
  await expect(playground.node('MyWait')).toBeVisible();
});

test('completes state names in Default and shows hover help', async ({ page, playground }) => {
  await playground.open();
  await playground.chooseExample('Choice: routing by rules');
  await playground.definition.click();
  await goTo(page, 18, 19);
  await page.keyboard.press('Control+Space');
  for (const name of ['Fast track', 'Manual review', 'Standard shipping', 'Reject empty order']) {
    await expect(suggestions(page).filter({ hasText: name })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await playground.definition.locator('.view-line span', { hasText: '"Choices"' }).first().hover();
  await expect(page.locator('.monaco-hover-content').first()).toContainText('Rules tried in order');
});

test('explains intrinsic functions on hover', async ({ page, playground }) => {
  await playground.open();
  await playground.chooseExample('Intrinsic functions');
  const call = playground.definition.locator('.view-line span', { hasText: "States.Format('Receipt" }).last();
  await call.hover({ position: { x: 40, y: 6 } });
  const help = page.locator('.monaco-hover-content', { hasText: 'intrinsic function' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('each {} replaced');
});
