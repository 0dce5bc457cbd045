import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareRuns } from '../src/run/compare-runs.js';

const run = (status, output, types) => ({ status, output, history: types.map((type) => ({ type })) });

test('identical runs', () => {
  const a = run('SUCCEEDED', { x: 1 }, ['ExecutionStarted', 'ExecutionSucceeded']);
  assert.equal(compareRuns(a, a), 'Compared with the current run: both SUCCEEDED; same output; the same 2 event types.');
});

test('runs that part', () => {
  const past = run('SUCCEEDED', { x: 1 }, ['ExecutionStarted', 'TaskSucceeded', 'ExecutionSucceeded']);
  const now = run('FAILED', null, ['ExecutionStarted', 'TaskFailed', 'ExecutionFailed']);
  assert.equal(
    compareRuns(past, now),
    'Compared with the current run: status SUCCEEDED here, FAILED now; different output; 3 events here, 3 now; they part at event 2 (TaskSucceeded here, TaskFailed now).',
  );
});

test('one history is a prefix of the other', () => {
  const past = run('ABORTED', null, ['ExecutionStarted']);
  const now = run('ABORTED', null, ['ExecutionStarted', 'ExecutionAborted']);
  assert.match(compareRuns(past, now), /they part at event 2 \(the end here, ExecutionAborted now\)/);
});
