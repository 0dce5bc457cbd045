// Journey: the graph follows the definition; clicking a node reveals its definition, and the
// state under the cursor is highlighted.
import path from 'node:path';
import { test, expect, kScreenshots } from '../fixtures.js';

test('nodes carry data-state and data-status and link to the editor', async ({ page, playground }) => {
  await playground.open();
  await playground.chooseExample('Map with retries');
  await expect(playground.node('Resize images')).toBeVisible();
  await expect(playground.node('Resize')).toBeVisible();
  await expect(playground.node('Done')).toHaveAttribute('data-status', 'not-run');
  await expect(playground.stateNodes()).toHaveCount(3);

  await playground.node('Done').click();
  await expect(playground.node('Done')).toHaveClass(/selected/);
  await expect(playground.definition.locator('.selected-text').first()).toBeAttached();

  await playground.chooseExample('Parallel with Catch');
  await expect(playground.stateNodes()).toHaveCount(5);
  await expect(playground.graph.locator('.scope')).toHaveCount(2);
  await expect(playground.graph.locator('.edge-catch')).toHaveCount(1);
  await page.screenshot({ path: path.join(kScreenshots, 'graph-parallel.png') });
});

test('the graph follows the text live', async ({ playground }) => {
  await playground.open();
  await playground.replaceDefinition(
    '{"StartAt": "One", "States": {"One": {"Type": "Pass", "Next": "Two"}, "Two": {"Type": "Succeed"}}}',
  );
  await expect(playground.stateNodes()).toHaveCount(2);
  await expect(playground.node('Two')).toHaveAttribute('data-type', 'Succeed');
});
