import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkExpected, sameJson } from '../src/run/expected-result.js';

const result = { status: 'SUCCEEDED', output: { a: 1, b: [1, { c: 2 }] }, error: null, cause: null };

test('a run without expectations is not checked', () => {
  assert.deepEqual(checkExpected(result, undefined), { checked: false, ok: true, differences: [] });
});

test('status and output match regardless of key order', () => {
  assert.deepEqual(checkExpected(result, { Status: 'SUCCEEDED', Output: { b: [1, { c: 2 }], a: 1 } }), { checked: true, ok: true, differences: [] });
});

test('each difference is named', () => {
  const check = checkExpected({ status: 'FAILED', output: null, error: 'Boom', cause: 'x' }, { Status: 'SUCCEEDED', Error: 'Other', Cause: 'x' });
  assert.equal(check.ok, false);
  assert.deepEqual(check.differences, ['status FAILED, expected SUCCEEDED', 'error Boom, expected Other']);
});

test('sameJson tells arrays from objects and compares deeply', () => {
  assert.equal(sameJson([1], { 0: 1 }), false);
  assert.equal(sameJson({ a: [1, 2] }, { a: [1, 2] }), true);
  assert.equal(sameJson({ a: [1, 2] }, { a: [2, 1] }), false);
  assert.equal(sameJson(null, {}), false);
});
