import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDetails } from '../src/run/event-details.js';

test('JSON text in payload fields is shown as indented JSON', () => {
  const text = formatDetails({ name: 'T', input: '{"a":[1,2]}', inputDetails: { truncated: false } });
  assert.equal(text, '{\n  "name": "T",\n  "input": {\n    "a": [\n      1,\n      2\n    ]\n  },\n  "inputDetails": {\n    "truncated": false\n  }\n}');
});

test('assigned variables (JSON text per variable) are expanded; plain text stays', () => {
  const details = JSON.parse(formatDetails({ assignedVariables: { x: '{"n":1}', y: '"s"' }, cause: 'plain words', error: '{not json' }));
  assert.deepEqual(details, { assignedVariables: { x: { n: 1 }, y: 's' }, cause: 'plain words', error: '{not json' });
});

test('an event without details says so', () => {
  assert.equal(formatDetails(undefined), '(no details)');
});
