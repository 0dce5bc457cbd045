// Journey: every example loads from the Examples menu, validates clean and draws its graph.
import { test, expect, examples } from '../fixtures.js';

test('there are at least 12 examples', () => {
  expect(examples.length).toBeGreaterThanOrEqual(12);
});

for (const example of examples) {
  test(`example ${example.name} loads and validates clean`, async ({ page, playground }) => {
    await playground.open();
    await playground.chooseExample(example.title);
    await expect(playground.status).toHaveAttribute('data-status', 'valid');
    await expect(page.getByRole('tab', { name: 'Problems', exact: true })).toBeVisible();
    const states = (example.definition.match(/"Type"\s*:/g) ?? []).length;
    await expect(playground.stateNodes()).toHaveCount(states);
    await expect(page.getByRole('tabpanel', { name: 'About example' })).toBeVisible();
  });
}
