// Journey: handler code (which may come from a shared link) runs sandboxed with an opaque
// origin: it cannot read the user's saved work; the Handlers check reports what it exports.
import { test, expect } from '../fixtures.js';

const probe = `
const attempt = (what, read) => { try { const v = read(); return what + (v == null ? ' nothing' : ' READ ' + String(v).slice(0, 30)); } catch (e) { return what + ' blocked ' + e.name; } };
let database;
try { indexedDB.open('probe'); database = 'indexedDB opened'; } catch (e) { database = 'indexedDB blocked ' + e.name; }
export default {
  [attempt('storage', () => localStorage.getItem('asl-playground:workspace'))]: async () => 1,
  [attempt('page', () => parent.document.title)]: async () => 1,
  ['origin ' + self.origin]: async () => 1,
  [database]: async () => 1,
};`;

test('handlers cannot read local storage or the page', async ({ page, playground }) => {
  await playground.open();
  await playground.chooseExample('Task with a JavaScript handler');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('asl-playground:workspace') ?? ''))
    .toContain('Get weather');

  await page.getByRole('tab', { name: 'Handlers' }).click();
  const check = page.getByRole('list', { name: 'Handlers check' });
  await expect(check).toContainText("'Get weather' answers the Task state 'Get weather'");

  await playground.pasteInto('Handlers', probe);
  await expect(check).toContainText('origin null');
  await expect(check).toContainText('storage blocked');
  await expect(check).toContainText('page blocked');
  await expect(check).toContainText('indexedDB blocked');
  await expect(check).not.toContainText('READ');
  await expect(check).toContainText("Task state 'Get weather' has no handler");
});

test('a handlers module with a syntax error is reported', async ({ page, playground }) => {
  await playground.open();
  await page.getByRole('tab', { name: 'Handlers' }).click();
  await playground.pasteInto('Handlers', 'export default { async broken( {');
  await expect(page.getByRole('list', { name: 'Handlers check' })).toContainText('handlers.js does not load: SyntaxError');
});
