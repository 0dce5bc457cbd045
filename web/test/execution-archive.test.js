import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExecutionArchive, indexedDbBackend, kKeep, memoryBackend } from '../src/run/execution-archive.js';

const workspace = { definition: '{}', input: '{}', handlers: '', mocks: '', example: '01-hello-pass' };
const result = (status, n = 3) => ({ status, output: null, error: status === 'FAILED' ? 'Boom' : null, cause: null, history: Array(n).fill({}), dataFlow: [] });

test('runs are listed newest first with a summary, and can be reopened whole', async () => {
  const archive = createExecutionArchive(memoryBackend());
  const first = await archive.add(workspace, result('SUCCEEDED', 4), '2026-01-01T00:00:00.000Z');
  const second = await archive.add({ ...workspace, example: '' }, result('FAILED', 7), '2026-01-01T00:01:00.000Z');
  assert.ok(second > first);
  assert.deepEqual(await archive.list(), [
    { id: second, startedAt: '2026-01-01T00:01:00.000Z', status: 'FAILED', events: 7, example: '', error: 'Boom' },
    { id: first, startedAt: '2026-01-01T00:00:00.000Z', status: 'SUCCEEDED', events: 4, example: '01-hello-pass', error: '' },
  ]);
  const record = await archive.get(first);
  assert.equal(record.workspace.definition, '{}');
  assert.equal(record.result.history.length, 4);
  await archive.remove(first);
  assert.equal((await archive.list()).length, 1);
});

test(`only the newest ${kKeep} runs are kept`, async () => {
  const archive = createExecutionArchive(memoryBackend());
  for (let i = 0; i < kKeep + 3; ++i) await archive.add(workspace, result('SUCCEEDED', i));
  const list = await archive.list();
  assert.equal(list.length, kKeep);
  assert.equal(list.at(-1).events, 3);
  assert.equal(list[0].events, kKeep + 2);
});

test('without IndexedDB the archive still works, in memory', async () => {
  const backend = await indexedDbBackend(undefined);
  assert.equal(backend.persistent, false);
  const archive = createExecutionArchive(backend);
  await archive.add(workspace, result('SUCCEEDED'));
  assert.equal((await archive.list()).length, 1);
});
