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
  await playground.definition.click();
  await page.keyboard.press('ControlOrMeta+A');
  const elapsed = await page.evaluate((pasted) => {
    const editor = document.querySelector('#definition-editor');
    const start = performance.now();
    const seen = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (editor.querySelector('.squiggly-error')) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      }).observe(editor, { subtree: true, childList: true, attributes: true });
    });
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return seen;
  }, invalid);
  console.log(`edit-to-marker: ${elapsed.toFixed(0)} ms (100 ms debounce, validation in the worker, markers)`);
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
