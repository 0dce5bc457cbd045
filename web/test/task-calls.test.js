import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPendingCalls, harmlessAnswer, kTaskCallMethods } from '../src/run/task-calls.js';

test('the methods that cross to the engine, and their harmless answers', () => {
  assert.deepEqual([...kTaskCallMethods], ['sleep', 'heartbeat']);
  assert.equal(harmlessAnswer('heartbeat'), false);
  assert.equal(harmlessAnswer('sleep'), null);
  assert.equal(harmlessAnswer('anything else'), null);
});

test('a pending call is sent with a fresh id and settles with its answer, once', async () => {
  const calls = createPendingCalls();
  const sent = [];
  const first = calls.add('heartbeat', (callId) => sent.push(callId));
  const second = calls.add('sleep', (callId) => sent.push(callId));
  assert.equal(sent.length, 2);
  assert.notEqual(sent[0], sent[1]);
  assert.equal(calls.size, 2);
  calls.answer(sent[0], true);
  calls.answer(sent[0], false);
  calls.answer(12345, 'unknown id');
  assert.equal(await first, true);
  assert.equal(calls.size, 1);
  calls.answer(sent[1], null);
  assert.equal(await second, null);
  assert.equal(calls.size, 0);
});

test('drop settles every waiting call harmlessly', async () => {
  const calls = createPendingCalls();
  let beatId = 0;
  const beat = calls.add('heartbeat', (callId) => {
    beatId = callId;
  });
  const sleep = calls.add('sleep', () => {});
  calls.drop();
  assert.deepEqual(await Promise.all([beat, sleep]), [false, null]);
  assert.equal(calls.size, 0);
  calls.answer(beatId, true);
  assert.equal(await beat, false);
});
