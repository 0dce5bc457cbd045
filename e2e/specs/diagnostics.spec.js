// Journey: type an invalid definition, see the marker and the Problems entry on the right
// line, jump to it, fix it, and see the problems go away.
import path from 'node:path';
import { test, expect, kScreenshots } from '../fixtures.js';

const invalid = `{
  "StartAt": "First",
  "States": {
    "First": {
      "Type": "Pass",
      "Next": "Missing"
    }
  }
}`;

test('an unknown Next is underlined and listed, then fixed', async ({ page, playground }) => {
  await playground.open();
  await playground.replaceDefinition(invalid);
  await expect(playground.status).toHaveAttribute('data-status', 'invalid');
  await expect(page.getByRole('tab', { name: 'Problems (2)' })).toBeVisible();
  await playground.showProblems();

  const entry = playground.problems.locator('.problem[data-code="MISSING_TRANSITION_TARGET"]');
  await expect(entry).toHaveAttribute('data-line', '6');
  await expect(entry).toContainText("names state 'Missing'");
  await expect(playground.definition.locator('.squiggly-error').first()).toBeVisible();
  await page.screenshot({ path: path.join(kScreenshots, 'diagnostics.png') });

  await entry.click();
  await expect(playground.definition.locator('.current-line')).toBeVisible();
  await expect(page.locator('.view-overlays .current-line').first()).toBeAttached();

  await playground.replaceDefinition(invalid.replace('"Next": "Missing"', '"End": true'));
  await expect(playground.status).toHaveAttribute('data-status', 'valid');
  await expect(playground.problems).toBeHidden();
  await expect(playground.definition.locator('.squiggly-error')).toHaveCount(0);
});

test('text that is not JSON reports its line and keeps the last graph', async ({ playground }) => {
  await playground.open();
  await expect(playground.stateNodes().first()).toBeVisible();
  const before = await playground.stateNodes().count();
  await playground.replaceDefinition('{\n  "StartAt": "A",\n  "States": {\n');
  await expect(playground.status).toHaveAttribute('data-status', 'invalid');
  await playground.showProblems();
  await expect(playground.problems.locator('.problem').first()).toBeVisible();
  await expect(playground.stateNodes()).toHaveCount(before);
});
