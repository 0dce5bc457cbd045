import assert from 'node:assert/strict';
import { test } from 'node:test';
import { intrinsicAt, kIntrinsicDocs } from '../src/editor/intrinsic-docs.js';

test('documents the 18 intrinsic functions', () => {
  assert.equal(Object.keys(kIntrinsicDocs).length, 18);
});

test('finds the function name under a column, nested calls included', () => {
  const line = `"x.$": "States.Format('{}', States.ArrayLength($.a))",`;
  assert.deepEqual(intrinsicAt(line, line.indexOf('Format') + 1), { name: 'States.Format', start: 9, end: 22 });
  assert.equal(intrinsicAt(line, line.indexOf('ArrayLength') + 3).name, 'States.ArrayLength');
  assert.equal(intrinsicAt(line, 2), null);
  assert.equal(intrinsicAt('"States.Nope()"', 4), null);
});
