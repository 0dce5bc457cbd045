// Journey: running workflows in the page — Run, Step, Stop, the events table, time travel,
// node statuses, the inspector's data flow, Map iterations, past executions and every example.
import path from 'node:path';
import { test, expect, examples, kScreenshots } from '../fixtures.js';

const events = (page) => page.getByRole('table', { name: 'Execution events' });
const summary = (page) => page.locator('.run-summary');

async function run(page) {
  await expect(page.locator('#run-button')).toHaveAttribute('aria-disabled', 'false');
  await page.locator('#run-button').click();
  await expect(page.locator('body')).toHaveAttribute('data-run-phase', 'finished');
}

test('a workflow with a JavaScript handler runs: events, statuses, data flow', async ({ page, playground }) => {
  await playground.open();
  await playground.chooseExample('Task with a JavaScript handler');
  await run(page);
  await page.getByRole('tab', { name: 'Events' }).click();
  await expect(summary(page)).toContainText('Succeeded');
  for (const type of ['ExecutionStarted', 'TaskScheduled', 'TaskSucceeded', 'ChoiceStateEntered', 'ExecutionSucceeded']) {
    await expect(events(page)).toContainText(type);
  }
  await expect(playground.node('Get weather')).toHaveAttribute('data-status', 'succeeded');
  const umbrella = await playground.node('Take an umbrella').getAttribute('data-status');
  const sunglasses = await playground.node('Take sunglasses').getAttribute('data-status');
  expect([umbrella, sunglasses].sort()).toEqual(['not-run', 'succeeded']);

  await playground.node('Get weather').click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  const inspector = page.getByRole('tabpanel', { name: 'Inspector' });
  await expect(inspector).toContainText('Selected state: Get weather');
  await expect(inspector.locator('[data-stage="afterParameters"]')).toContainText('"FunctionName"');
  await expect(inspector.locator('[data-stage="result"]')).toContainText('"StatusCode": 200');
  await expect(inspector.locator('[data-stage="afterResultSelector"]')).toContainText('"forecast"');
  await expect(inspector.locator('[data-stage="output"]')).toContainText('"weather"');
  await page.screenshot({ path: path.join(kScreenshots, 'run-inspector.png') });
});

test('Ctrl+Enter runs; time travel moves the graph back; details expand', async ({ page, playground }) => {
  await playground.open();
  await playground.chooseExample('Task with a JavaScript handler');
  await playground.definition.click();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.locator('body')).toHaveAttribute('data-run-phase', 'finished');
  await page.getByRole('tab', { name: 'Events' }).click();
  const slider = page.getByRole('slider', { name: 'Time travel: events shown' });
  await slider.fill('2');
  await expect(page.locator('.scrubber-position')).toHaveText(/^Event 2 of \d+$/);
  await expect(playground.node('Get weather')).toHaveAttribute('data-status', 'running');
  await expect(playground.node('Pack a bag')).toHaveAttribute('data-status', 'not-run');
  await page.getByRole('button', { name: 'Latest' }).click();
  await expect(playground.node('Pack a bag')).toHaveAttribute('data-status', 'succeeded');

  await page.getByRole('button', { name: 'Show details of event 1', exact: true }).click();
  await expect(page.locator('.event-details').first()).toContainText('"city"');
  await page.getByRole('searchbox', { name: 'Filter events' }).fill('TaskSucceeded');
  await expect(events(page).locator('tbody tr.event-row')).toHaveCount(1);
});

test('Step shows one event at a time, then Run finishes', async ({ page, playground }) => {
  await playground.open();
  await playground.chooseExample('Task with a JavaScript handler');
  await page.getByRole('tab', { name: 'Events' }).click();
  const step = page.locator('#step-button');
  await step.click();
  await expect(events(page).locator('tbody tr.event-row')).toHaveCount(1);
  await expect(page.locator('body')).toHaveAttribute('data-run-phase', 'paused');
  await step.click();
  await expect(events(page).locator('tbody tr.event-row')).toHaveCount(2);
  await expect(events(page)).toContainText('TaskStateEntered');
  await expect(playground.node('Get weather')).toHaveAttribute('data-status', 'running');
  await page.locator('#run-button').click();
  await expect(page.locator('body')).toHaveAttribute('data-run-phase', 'finished');
  await expect(summary(page)).toContainText('Succeeded');
});

test('a handler that never settles can be stopped; the run ends ABORTED', async ({ page, playground }) => {
  await playground.open();
  await playground.chooseExample('Task with a JavaScript handler');
  await page.getByRole('tab', { name: 'Handlers' }).click();
  await playground.pasteInto('Handlers', "export default { 'Get weather': () => new Promise(() => {}) };");
  await page.locator('#run-button').click();
  await expect(page.locator('body')).toHaveAttribute('data-run-phase', 'waiting');
  await page.getByRole('tab', { name: 'Events' }).click();
  await expect(summary(page)).toContainText('Waiting for Get weather');
  await page.locator('#stop-button').click();
  await expect(page.locator('body')).toHaveAttribute('data-run-phase', 'finished');
  await expect(summary(page)).toContainText('Aborted');
  await expect(events(page)).toContainText('ExecutionAborted');
});

test('handlers sleep on the virtual clock: a Task times out, is retried, and a stalled heartbeat is caught', async ({ page, playground }) => {
  await playground.open();
  await playground.chooseExample('Task timeouts and heartbeats');
  await run(page);
  await page.getByRole('tab', { name: 'Events' }).click();
  await expect(summary(page)).toContainText('Succeeded');
  const timedOut = events(page).locator('tbody tr.event-row').filter({ hasText: 'TaskTimedOut' });
  await expect(timedOut).toHaveCount(1);
  await expect(timedOut).toContainText('2024-01-01T00:00:30');
  await expect(events(page).locator('tbody tr.event-row').filter({ hasText: 'TaskScheduled' })).toHaveCount(2);
  await expect(events(page)).toContainText('ActivitySucceeded');
  await expect(playground.node('Build report')).toHaveAttribute('data-status', 'retried');
  await expect(playground.node('Done')).toHaveAttribute('data-status', 'succeeded');

  await page.getByRole('tab', { name: 'Input' }).click();
  await playground.pasteInto('Input', '{"reportId": "2024-q4", "pages": 3, "stallExport": true}');
  await run(page);
  await page.getByRole('tab', { name: 'Events' }).click();
  await expect(summary(page)).toContainText('Succeeded');
  await expect(events(page).locator('tbody tr.event-row').filter({ hasText: 'ActivityTimedOut' })).toHaveCount(1);
  await expect(playground.node('Export stalled')).toHaveAttribute('data-status', 'succeeded');
  await expect(playground.node('Done')).toHaveAttribute('data-status', 'not-run');
});

test('a handler that always oversleeps exhausts the retries; its late answers are dropped', async ({ page, playground }) => {
  await playground.open();
  await playground.chooseExample('Task timeouts and heartbeats');
  await page.getByRole('tab', { name: 'Handlers' }).click();
  await playground.pasteInto(
    'Handlers',
    "export default { async 'Build report'(input, context) { await context.sleep(3600); return context.heartbeat(); } };",
  );
  await run(page);
  await page.getByRole('tab', { name: 'Events' }).click();
  await expect(summary(page)).toContainText('Succeeded');
  await expect(events(page).locator('tbody tr.event-row').filter({ hasText: 'TaskTimedOut' })).toHaveCount(3);
  await expect(events(page)).not.toContainText('TaskSucceeded');
  await expect(playground.node('Report unavailable')).toHaveAttribute('data-status', 'succeeded');
  await expect(playground.node('Export report')).toHaveAttribute('data-status', 'not-run');
});

test('an endless loop ends at the history limit and the page stays responsive', async ({ page, playground }) => {
  await playground.open();
  await playground.replaceDefinition(
    JSON.stringify({
      StartAt: 'Loop',
      States: {
        Loop: { Type: 'Pass', Next: 'Check' },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'Done' }], Default: 'Loop' },
        Done: { Type: 'Succeed' },
      },
    }),
  );
  await page.locator('#run-button').click();
  await expect(page.locator('body')).toHaveAttribute('data-run-phase', 'finished', { timeout: 30_000 });
  await page.getByRole('tab', { name: 'Events' }).click();
  await expect(summary(page)).toContainText('Failed');
  await expect(page.locator('.scrubber-position')).toHaveText(/of 2500\d$/);
  await expect(summary(page)).toContainText('maximum number of history events');
  await expect(playground.node('Done')).toHaveAttribute('data-status', 'not-run');
});

test('an invalid definition does not run; the first error is named', async ({ page, playground }) => {
  await playground.open();
  await playground.replaceDefinition('{"StartAt": "Nowhere", "States": {"A": {"Type": "Pass", "End": true}}}');
  await page.locator('#run-button').click();
  await expect(playground.notice).toContainText('so it cannot run');
  await expect(playground.notice).toContainText('Nowhere');
});

test('bad input is explained and nothing runs', async ({ page, playground }) => {
  await playground.open();
  await page.getByRole('tab', { name: 'Input' }).click();
  await playground.pasteInto('Input', '{"broken": ');
  await page.locator('#run-button').click();
  await expect(playground.notice).toContainText('The execution input is not valid JSON');
  await expect(page.locator('body')).not.toHaveAttribute('data-run-phase', 'running');
});

test('Map iterations can be picked; retried states are marked', async ({ page, playground }) => {
  await playground.open();
  await playground.chooseExample('Map with retries');
  await run(page);
  const picker = page.getByRole('combobox', { name: 'Map iteration' });
  await expect(picker.locator('option')).toHaveCount(4);
  await expect(playground.node('Resize')).toHaveAttribute('data-status', 'retried');
  await picker.selectOption({ label: 'Resize images [2]' });
  await expect(playground.node('Resize')).toHaveAttribute('data-status', 'succeeded');
  await picker.selectOption({ label: 'All Map iterations' });
  await page.getByRole('row').filter({ hasText: 'TaskFailed' }).first().click();
  await page.screenshot({ path: path.join(kScreenshots, 'run-events.png') });
});

test('past executions survive a reload and can be reopened', async ({ page, playground }) => {
  await playground.open();
  await playground.chooseExample('Task with a JavaScript handler');
  await run(page);
  await expect(page.getByRole('combobox', { name: 'Past executions' }).locator('option')).toHaveCount(2);
  await page.reload();
  await playground.waitForAnalysis();
  await page.getByRole('tab', { name: 'Events' }).click();
  const picker = page.getByRole('combobox', { name: 'Past executions' });
  await expect(picker.locator('option')).toHaveCount(2);
  await picker.selectOption({ index: 1 });
  await expect(summary(page)).toContainText('Succeeded');
  await expect(summary(page)).toContainText('past run');
  await expect(events(page)).toContainText('ExecutionSucceeded');
  await expect(page.getByRole('button', { name: 'Restore its workspace' })).toBeVisible();

  await picker.selectOption({ index: 0 });
  await page.getByRole('tab', { name: 'Handlers' }).click();
  await playground.pasteInto('Handlers', "export default { 'Get weather': async () => { throw new Error('offline'); } };");
  await run(page);
  await expect(summary(page)).toContainText('Failed');
  await picker.selectOption({ index: 2 });
  await expect(page.locator('.past-runs-compare')).toContainText('status SUCCEEDED here, FAILED now; different output');
  await picker.selectOption({ index: 0 });
  await expect(summary(page)).toContainText('Failed');
});

test('an embedded playground with run=1 runs on load and posts asl:result', async ({ page, baseURL }) => {
  const example = examples.find((e) => e.name === '01-hello-pass');
  await page.setContent(
    `<script>window.results = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'asl:result') window.results.push(e.data); });</script>` +
      `<iframe style="width:1000px;height:700px" src="${baseURL}?embed=1&run=1&example=${example.name}"></iframe>`,
  );
  await expect.poll(() => page.evaluate(() => window.results.length), { timeout: 30_000 }).toBe(1);
  const result = await page.evaluate(() => window.results[0]);
  expect(result.status).toBe('SUCCEEDED');
  expect(result.history.at(-1).type).toBe('ExecutionSucceeded');
});

for (const example of examples) {
  test(`example ${example.name} runs to the end`, async ({ page, playground }) => {
    await playground.open();
    await playground.chooseExample(example.title);
    await run(page);
    await page.getByRole('tab', { name: 'Events' }).click();
    await expect(summary(page)).toContainText(example.expectedStatus ?? 'Succeeded');
    await expect(summary(page)).not.toContainText('Not as expected');
  });
}

test('a mock configuration runs its chosen test case and checks its expected result', async ({ page, playground }) => {
  await playground.open();
  await playground.chooseExample('Mocked service integrations');
  await page.getByRole('tab', { name: 'Mocks' }).click();
  await expect(page.getByRole('combobox', { name: 'Mock test case' })).toHaveValue('notify / HappyPath');
  await run(page);
  await expect(summary(page)).toContainText("As expected by test case 'notify / HappyPath'");

  await page.getByRole('tab', { name: 'Input' }).click();
  await playground.pasteInto('Input', '{"customerId": "someone-else"}');
  await run(page);
  await expect(summary(page)).toContainText('its Input differs from the execution input');
});
