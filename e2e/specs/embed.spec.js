// Journey: the playground embedded in another page, driven with postMessage.
import path from 'node:path';
import { test, expect, kScreenshots } from '../fixtures.js';

test('embed mode is compact, read-only with chosen panels', async ({ page, playground }) => {
  await playground.open('./?embed=1&readonly=1&panels=editor,graph');
  await expect(page.locator('body')).toHaveClass(/embed/);
  await expect(page.getByRole('button', { name: 'Examples' })).toBeHidden();
  await expect(page.getByRole('tablist', { name: 'Problems and execution' })).toBeHidden();
  await expect(playground.stateNodes().first()).toBeVisible();
  await playground.definition.click();
  await page.keyboard.insertText('typed');
  expect(await playground.definitionText()).not.toContain('typed');
  await expect(page.getByRole('link', { name: /Open in playground/ })).toHaveAttribute('href', /#s=/);
  await page.screenshot({ path: path.join(kScreenshots, 'embed.png') });
});

test('postMessage sets the definition and returns validation results', async ({ page, baseURL }) => {
  await page.setContent(`<!doctype html><body style="margin:0">
    <iframe id="asl" title="ASL playground" src="${baseURL}?embed=1&panels=editor,graph,problems" style="width:1200px;height:700px;border:0"></iframe>
    <script>
      window.received = [];
      window.addEventListener('message', (e) => window.received.push(e.data));
    </script></body>`);
  await expect.poll(() => page.evaluate(() => window.received.some((m) => m.type === 'asl:ready'))).toBe(true);
  await expect.poll(() => page.evaluate(() => window.received.some((m) => m.type === 'asl:validation'))).toBe(true);

  await page.evaluate(() => {
    window.received.length = 0;
    document.getElementById('asl').contentWindow.postMessage(
      { type: 'asl:set', definition: '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nowhere"}}}', input: '{"x": 1}' },
      '*',
    );
  });
  await expect
    .poll(() => page.evaluate(() => window.received.find((m) => m.type === 'asl:validation') ?? null))
    .not.toBeNull();
  const validation = await page.evaluate(() => window.received.find((m) => m.type === 'asl:validation'));
  expect(validation.valid).toBe(false);
  expect(validation.diagnostics.map((d) => d.code)).toContain('MISSING_TRANSITION_TARGET');
  const frame = page.frameLocator('#asl');
  await expect(frame.locator('.node[data-state="A"]')).toBeVisible();
});
