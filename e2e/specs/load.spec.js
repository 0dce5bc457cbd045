// Journey: open the playground. Logs (does not assert) the load-to-interactive time and the
// page's total transfer size, and takes screenshots of the main views.
import path from 'node:path';
import { test, expect, kScreenshots } from '../fixtures.js';

test('loads with the default example, valid, with its graph', async ({ page, playground }) => {
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  const started = Date.now();
  await playground.open();
  await expect(playground.status).toHaveAttribute('data-status', 'valid');
  await expect(playground.stateNodes().first()).toBeVisible();
  const interactive = Date.now() - started;
  await page.waitForLoadState('networkidle');
  let transferred = 0;
  for (const request of finished) {
    const sizes = await request.sizes();
    const response = await request.response();
    // Worker scripts report no body size; their content-length is the bytes sent.
    const declared = Number((await response?.allHeaders())?.['content-length'] ?? 0);
    transferred += Math.max(sizes.responseBodySize, declared) + sizes.responseHeadersSize;
  }
  const requests = finished.length;
  console.log(`load-to-interactive: ${interactive} ms; transferred: ${(transferred / 1024).toFixed(0)} KiB in ${requests} requests`);

  await expect(page.getByRole('button', { name: 'Examples' })).toBeVisible();
  for (const name of ['Run', 'Stop', 'Step', 'Share']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Definition' })).toBeVisible();
  await page.screenshot({ path: path.join(kScreenshots, 'playground-light.png') });
  await page.getByRole('tab', { name: 'Events' }).click();
  await expect(page.getByRole('table', { name: 'Execution events' })).toBeVisible();
});

test('dark theme', async ({ page, playground }) => {
  await playground.open();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await playground.chooseExample('Parallel with Catch');
  await expect(playground.node('Book hotel')).toBeVisible();
  await page.screenshot({ path: path.join(kScreenshots, 'playground-dark.png') });
});
