import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { selectMocks } from '../src/run/mock-selection.js';

const example = readFileSync(new URL('../../examples/05-retry-and-catch/mocks.json', import.meta.url), 'utf8');

test('a plain state → responses table is used as it is', () => {
  const selection = selectMocks('{"T": {"0": {"Return": 1}}}');
  assert.deepEqual(selection.table, { T: { 0: { Return: 1 } } });
  assert.deepEqual(selection.testCases, []);
  assert.equal(selection.error, '');
});

test('a Step Functions Local configuration yields its first test case by default', () => {
  const selection = selectMocks(example);
  assert.deepEqual(selection.testCases, ['payments / BusyThenPaid', 'payments / Declined']);
  assert.equal(selection.testCase, 'payments / BusyThenPaid');
  assert.deepEqual(Object.keys(selection.table), ['Charge card']);
  assert.deepEqual(Object.keys(selection.table['Charge card']).sort(), ['0-1', '2']);
  assert.equal(selection.expected.Status, 'SUCCEEDED');
});

test('a test case can be chosen by name', () => {
  const selection = selectMocks(example, 'payments / Declined');
  assert.equal(selection.testCase, 'payments / Declined');
  assert.deepEqual(selection.table['Charge card'], { 0: { Throw: { Error: 'CardDeclined', Cause: 'Insufficient funds.' } } });
});

test('bad mocks say what is wrong', () => {
  assert.match(selectMocks('{"T": ').error, /not valid JSON/);
  assert.match(selectMocks('[1]').error, /must be a JSON object/);
  assert.match(selectMocks('{"StateMachines": {}}').error, /no test case/);
  assert.match(
    selectMocks('{"StateMachines": {"m": {"TestCases": {"c": {"S": "Missing"}}}}, "MockedResponses": {}}').error,
    /'m \/ c' maps state 'S' to 'Missing'/,
  );
  assert.deepEqual(selectMocks('  ').table, {});
});
