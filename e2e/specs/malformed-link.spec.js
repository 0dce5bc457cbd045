// Journey: a damaged share link says so and keeps the user's autosaved work.
import { test, expect } from '../fixtures.js';

const mine = '{"Comment": "my own work", "StartAt": "Mine", "States": {"Mine": {"Type": "Pass", "End": true}}}';

/** Types the user's own work and waits until it is autosaved; returns what was saved. */
async function saveOwnWork(page, playground) {
  await playground.open();
  await playground.replaceDefinition(mine);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('asl-playground:workspace') ?? ''))
    .toContain('my own work');
  return page.evaluate(() => localStorage.getItem('asl-playground:workspace'));
}

async function openAndCheck(page, playground, link, saved) {
  await page.goto('about:blank');
  await page.goto(link);
  await playground.waitForAnalysis();
  await expect(playground.notice).toContainText('damaged or incomplete');
  expect(await playground.definitionText()).toContain('my own work');
  await expect(playground.node('Mine')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('asl-playground:workspace'))).toBe(saved);
}

test('a garbage link shows a message and keeps autosaved work', async ({ page, playground, baseURL }) => {
  const saved = await saveOwnWork(page, playground);
  await openAndCheck(page, playground, `${baseURL}#s=%%%not-a-link`, saved);
});

test('a truncated link shows a message and keeps autosaved work', async ({ page, playground, baseURL }) => {
  await playground.open();
  await playground.chooseExample('Intrinsic functions');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = page.url();
  await page.evaluate(() => localStorage.clear());
  const saved = await saveOwnWork(page, playground);
  await openAndCheck(page, playground, link.slice(0, link.length - 60), saved);
});
