import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eventRows, indexHistory, iterationChoices, mapIterations, stateStatuses } from '../src/run/history-model.js';

const history = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')).events;
const byId = (indexed, id) => indexed.find((e) => e.event.id === id);

test('every event of a state is attributed to it, execution events to no state', () => {
  const indexed = indexHistory(history('history-retry-catch'));
  assert.deepEqual(
    indexed.map((e) => e.step),
    ['', 'T', 'T', 'T', 'T', 'T', 'T', 'T', 'T', 'F', 'F', ''],
  );
});

test('Map iterations are followed through interleaved events and sibling chains', () => {
  const indexed = indexHistory(history('history-map-retry'));
  assert.deepEqual(byId(indexed, 5).iteration, [{ map: 'Resize images', index: 0 }]);
  assert.deepEqual(byId(indexed, 7).iteration, [{ map: 'Resize images', index: 1 }]);
  // The retry of iteration 0 happens after iterations 1 and 2 finished.
  assert.deepEqual(byId(indexed, 23).iteration, [{ map: 'Resize images', index: 0 }]);
  assert.equal(byId(indexed, 23).step, 'Resize');
  assert.deepEqual(byId(indexed, 28).iteration, []);
  assert.equal(byId(indexed, 28).step, 'Resize images');
  assert.deepEqual(byId(indexed, 30).iteration, []);
});

test('nested Map iterations carry both levels', () => {
  const indexed = indexHistory(history('history-nested-map'));
  assert.deepEqual(byId(indexed, 15).iteration, [{ map: 'Outer', index: 1 }, { map: 'Inner', index: 0 }]);
  assert.deepEqual(byId(indexed, 12).iteration, [{ map: 'Outer', index: 0 }, { map: 'Inner', index: 1 }]);
  assert.deepEqual(byId(indexed, 21).iteration, [{ map: 'Outer', index: 0 }]);
  assert.deepEqual(byId(indexed, 22).iteration, [{ map: 'Outer', index: 0 }]);
  assert.deepEqual(byId(indexed, 29).iteration, []);
  assert.deepEqual(mapIterations(indexed, 'Outer'), [
    { index: 0, status: 'succeeded' },
    { index: 1, status: 'succeeded' },
  ]);
});

test('rows give the step, the resource and the time since the start', () => {
  const rows = eventRows(indexHistory(history('history-retry-catch')));
  assert.equal(rows.length, 12);
  assert.deepEqual(
    { id: rows[2].id, type: rows[2].type, step: rows[2].step, resource: rows[2].resource, after: rows[2].startedAfterMs },
    { id: 3, type: 'TaskScheduled', step: 'T', resource: 'lambda:invoke', after: 0 },
  );
  assert.equal(rows[5].startedAfterMs, 1000);
  assert.equal(rows[4].failed, true);
  assert.equal(rows[4].details.error, 'Busy');
  assert.equal(rows[3].failed, false);
});

test('a state retried then caught ends "caught"; its handler ran after it', () => {
  const indexed = indexHistory(history('history-retry-catch'));
  assert.deepEqual(Object.fromEntries(stateStatuses(indexed)), { T: 'caught', F: 'succeeded' });
  assert.deepEqual(Object.fromEntries(stateStatuses(indexed, { upTo: 5 })), { T: 'running' });
  assert.deepEqual(Object.fromEntries(stateStatuses(indexed, { upTo: 6 })), { T: 'running' });
});

test('a state that succeeded after a retry is "retried"; a Map iteration can be picked', () => {
  const indexed = indexHistory(history('history-map-retry'));
  const all = stateStatuses(indexed);
  assert.equal(all.get('Resize'), 'retried');
  assert.equal(all.get('Resize images'), 'succeeded');
  assert.equal(all.get('Done'), 'succeeded');
  const second = stateStatuses(indexed, { iteration: [{ map: 'Resize images', index: 1 }] });
  assert.equal(second.get('Resize'), 'succeeded');
  const first = stateStatuses(indexed, { iteration: [{ map: 'Resize images', index: 0 }] });
  assert.equal(first.get('Resize'), 'retried');
  // Mid-run: iteration 0 failed its first attempt and waits for its retry.
  const midway = stateStatuses(indexed, { upTo: 12, iteration: [{ map: 'Resize images', index: 0 }] });
  assert.equal(midway.get('Resize'), 'running');
  assert.equal(midway.get('Resize images'), 'running');
});

test('states left running when the execution fails are "failed"', () => {
  const indexed = indexHistory(history('history-parallel-failed'));
  const statuses = stateStatuses(indexed);
  assert.equal(statuses.get('Book flight'), 'failed');
  assert.equal(statuses.get('Book hotel'), 'failed');
  assert.equal(statuses.get('Book trip'), 'failed');
  assert.equal(statuses.has('Send itinerary'), false);
});

test('the iteration picker lists every iteration path once, in history order', () => {
  const choices = iterationChoices(indexHistory(history('history-nested-map')));
  assert.deepEqual(
    choices.map((c) => c.label),
    ['Outer [0]', 'Outer [1]', 'Outer [0] › Inner [0]', 'Outer [0] › Inner [1]', 'Outer [1] › Inner [0]'],
  );
  const statuses = stateStatuses(indexHistory(history('history-nested-map')), { iteration: choices[4].iteration });
  assert.equal(statuses.get('Cell'), 'succeeded');
  assert.equal(statuses.get('Outer'), 'succeeded');
});
