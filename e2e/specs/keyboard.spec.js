// Journey: keyboard only — open an example from the menu, reveal a state from the graph, run
// it, travel back in its history, and resize the panes.
import { test, expect } from '../fixtures.js';

test('examples menu, graph nodes and problems work from the keyboard', async ({ page, playground }) => {
  await playground.open();
  const examples = page.getByRole('button', { name: 'Examples' });
  await examples.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menu', { name: 'Examples' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: 'Examples' })).toBeHidden();
  await expect(playground.node('Check order')).toBeVisible();

  await playground.node('Fast track').focus();
  await page.keyboard.press('Enter');
  await expect(playground.node('Fast track')).toHaveClass(/selected/);
  await expect(page.locator('#definition-editor .monaco-editor')).toHaveClass(/focused/);

  await page.getByRole('button', { name: 'Run', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('body')).toHaveAttribute('data-run-phase', 'finished');
  await expect(page.locator('.run-summary')).toContainText('Succeeded');

  await playground.definition.click();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.locator('body')).toHaveAttribute('data-run-phase', 'finished');
  const slider = page.getByRole('slider', { name: 'Time travel: events shown' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.scrubber-position')).toHaveText(/^Event 0 of \d+$/);

  const splitter = page.getByRole('separator', { name: 'Resize the editor and graph panes' });
  await splitter.focus();
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', '55');
  await expect(playground.stateNodes().first()).toBeVisible();
});
