import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locatePointer, pointerFromPath, pointerTokens, stateAtOffset, stateNamesForField } from '../src/editor/json-locate.js';

const text = `{
  "StartAt": "P",
  "States": {
    "P": {
      "Type": "Parallel",
      "Branches": [
        { "StartAt": "A", "States": { "A": { "Type": "Pass", "Next": "" }, "B": { "Type": "Succeed" } } }
      ],
      "Next": "Done"
    },
    "Done": { "Type": "Succeed" }
  }
}`;

test('pointer tokens round-trip with escapes', () => {
  assert.deepEqual(pointerTokens('/States/a~1b/x~0y'), ['States', 'a/b', 'x~y']);
  assert.equal(pointerFromPath(['States', 'a/b', 0]), '/States/a~1b/0');
});

test('locates a nested state by pointer', () => {
  const found = locatePointer(text, '/States/P/Branches/0/States/B');
  assert.ok(found);
  assert.equal(text.slice(found.keyOffset, found.keyOffset + found.keyLength), '"B"');
  assert.equal(locatePointer(text, '/States/Missing'), null);
});

test('finds the innermost state around an offset', () => {
  assert.equal(stateAtOffset(text, text.indexOf('"Pass"')), '/States/P/Branches/0/States/A');
  assert.equal(stateAtOffset(text, text.indexOf('"Parallel"')), '/States/P');
  assert.equal(stateAtOffset(text, 3), '');
});

test('state names for Next come from the enclosing machine', () => {
  assert.deepEqual(stateNamesForField(text, text.indexOf('"Next": ""') + 9), ['A', 'B']);
  assert.deepEqual(stateNamesForField(text, text.indexOf('"Done"') + 2), ['P', 'Done']);
  assert.deepEqual(stateNamesForField(text, text.indexOf('"P"') + 1), ['P', 'Done']);
  assert.equal(stateNamesForField(text, text.indexOf('"Parallel"') + 2), null);
});
