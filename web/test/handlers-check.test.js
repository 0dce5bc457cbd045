import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeHandlers } from '../src/handlers/handlers-check.js';
import { taskStates } from '../src/handlers/task-states.js';

const definition = `{
  "StartAt": "P",
  "States": {
    "P": { "Type": "Parallel", "Branches": [
      { "StartAt": "A", "States": { "A": { "Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true } } }
    ], "Next": "M" },
    "M": { "Type": "Map", "ItemProcessor": { "StartAt": "B", "States": { "B": { "Type": "Task", "Resource": "arn:x", "End": true } } }, "End": true },
  }
}`;

test('finds Task states in branches and processors, even in malformed text', () => {
  assert.deepEqual(taskStates(definition), [
    { name: 'A', resource: 'arn:aws:states:::sns:publish' },
    { name: 'B', resource: 'arn:x' },
  ]);
  assert.deepEqual(taskStates('{"States": {"C": {"Type": "Task"'), [{ name: 'C', resource: '' }]);
});

test('matches handlers by state name, then by resource, and lists the rest', () => {
  const lines = describeHandlers({ ok: true, names: ['A', 'arn:x', 'Z'], others: ['config'] }, taskStates(definition));
  assert.deepEqual(lines, [
    { kind: 'warning', text: "'config' is not a function." },
    { kind: 'ok', text: "'A' answers the Task state 'A'." },
    { kind: 'ok', text: "'arn:x' answers 'B' by resource." },
    { kind: 'warning', text: "'Z' matches no Task state or resource." },
  ]);
  assert.deepEqual(describeHandlers({ ok: true, names: [], others: [] }, [{ name: 'A', resource: '' }]), [
    { kind: 'info', text: "Task state 'A' has no handler (mocks may answer it)." },
  ]);
});

test('a module that does not load is one error', () => {
  assert.deepEqual(describeHandlers({ ok: false, name: 'SyntaxError', message: 'Unexpected token' }, []), [
    { kind: 'error', text: 'handlers.js does not load: SyntaxError: Unexpected token' },
  ]);
});
