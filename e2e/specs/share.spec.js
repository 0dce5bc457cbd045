// Journey: Share puts everything into the link; opening it in a fresh page restores it.
import { test, expect } from '../fixtures.js';

const definition = '{"Comment": "shared", "StartAt": "Shared state", "States": {"Shared state": {"Type": "Succeed"}}}';

test('a share link round-trips definition, input, handlers and mocks', async ({ page, playground, browser, baseURL }) => {
  await playground.open();
  await playground.chooseExample('Retry and Catch');
  await playground.replaceDefinition(definition);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(playground.notice).toContainText(/Link copied|address bar/);
  const link = page.url();
  expect(link).toContain('#s=');

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await other.goto(link);
  const opened = new (playground.constructor)(other);
  await opened.waitForAnalysis();
  await expect(opened.node('Shared state')).toBeVisible();
  expect(await opened.definitionText()).toContain('"Comment": "shared"');
  await other.getByRole('tab', { name: 'Handlers' }).click();
  await expect(other.getByRole('region', { name: 'Handlers', exact: true })).toContainText("async 'Charge card'(input, context)");
  await other.getByRole('tab', { name: 'Input' }).click();
  await expect(other.getByRole('region', { name: 'Input', exact: true })).toContainText('A-1001');
  await other.getByRole('tab', { name: 'Mocks' }).click();
  await expect(other.getByRole('region', { name: 'Mocks', exact: true })).toContainText('BusyTwiceThenPaid');

  await opened.replaceDefinition(definition.replace('shared', 'edited after opening'));
  await expect.poll(() => other.url()).not.toContain('#s=');
  await other.reload();
  await opened.waitForAnalysis();
  expect(await opened.definitionText()).toContain('edited after opening');
  await fresh.close();
});
