// The run host over the real asl-wasm package (wasm/js, when built), with a stand-in for the
// page and the handler sandbox: handlers' context.sleep / context.heartbeat travel as messages
// (each hop a macrotask, as postMessage is) to the engine's virtual clock and back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRunHost } from '../src/run/run-host.js';
import { createPendingCalls } from '../src/run/task-calls.js';

const kPackage = new URL('../../wasm/js/', import.meta.url);
const kExample = new URL('../../examples/14-task-timeouts/', import.meta.url);
const built = existsSync(new URL('dist/asl-core.wasm', kPackage));
const skip = built ? false : 'asl-wasm is not built (wasm/js/dist)';
/** A call that never settles fails its test instead of hanging the suite. */
const timeout = 20_000;

const hop = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs `definition` in a run host whose page answers task requests with `handlers`, the way
 * run-client.js and the sandbox do, with `control.mode` 'run' (default) or 'step' (one event per
 * step, as the Step button). Resolves to the `finished` message's result; `control.stop`
 * stops the run, and `control.unanswered` is how many context calls were still unanswered when
 * the result arrived (the page then settles them itself).
 */
async function runThroughHost(definition, input, handlers, control = {}) {
  const { createAsl } = await import(new URL('index.js', kPackage));
  const asl = await createAsl();
  const calls = createPendingCalls();
  let host;
  let runId = 1;
  const finished = new Promise((resolve, reject) => {
    host = createRunHost(asl, async (message) => {
      await hop();
      if (message.type === 'finished') {
        control.unanswered = calls.size;
        resolve(message.result);
      }
      else if (message.type === 'runError') reject(new Error(message.message));
      else if (message.type === 'taskCallResult') calls.answer(message.callId, message.value);
      else if (message.type === 'taskRequest') answerTask(message);
      else if (message.type === 'progress' && message.phase === 'paused') host.handle({ type: 'step', runId });
    });
  });
  const answerTask = async ({ requestId, key, input: taskInput, context }) => {
    const callEngine = (method, seconds) =>
      calls.add(method, (callId) => hop().then(() => host.handle({ type: 'taskCall', runId, requestId, callId, method, seconds })));
    const sandboxed = {
      ...context,
      sleep: (seconds) => callEngine('sleep', seconds).then(() => undefined),
      heartbeat: () => callEngine('heartbeat').then((value) => value === true),
    };
    let settled;
    try {
      settled = { ok: true, output: JSON.stringify((await handlers[key](taskInput, sandboxed)) ?? null) };
    } catch (error) {
      settled = { ok: false, error: error.name, cause: error.message };
    }
    await hop();
    host.handle({ type: 'taskResult', runId, requestId, ...settled });
  };
  control.stop = () => host.handle({ type: 'stop', runId });
  host.handle({ type: 'start', runId, definition, input, handlerNames: Object.keys(handlers), options: {} });
  host.handle({ type: control.mode ?? 'run', runId });
  const result = await finished;
  calls.drop();
  return result;
}

const example = () => ({
  definition: readFileSync(new URL('definition.json', kExample), 'utf8'),
  input: JSON.parse(readFileSync(new URL('input.json', kExample), 'utf8')),
});
const exampleHandlers = async () => (await import(new URL('handlers.js', kExample))).default;
const timeline = (history) => history.map((e) => `${e.timestamp.slice(11, 19)} ${e.type}`);

test('example 14: the slow first attempt times out and is retried; heartbeats keep the export alive', { skip, timeout }, async () => {
  const { definition, input } = example();
  const result = await runThroughHost(definition, input, await exampleHandlers());
  assert.equal(result.status, 'SUCCEEDED');
  const events = timeline(result.history);
  for (const expected of ['00:00:30 TaskTimedOut', '00:00:40 TaskScheduled', '00:00:57 TaskSucceeded', '00:01:42 ActivitySucceeded']) {
    assert.ok(events.includes(expected), `${expected} in\n${events.join('\n')}`);
  }
  assert.deepEqual(result.output.export, { exported: true, pages: 3 });
});

test('example 14 stepped one event at a time has the history of a run', { skip, timeout }, async () => {
  const { definition, input } = example();
  const handlers = await exampleHandlers();
  const ran = await runThroughHost(definition, input, handlers);
  const stepped = await runThroughHost(definition, input, handlers, { mode: 'step' });
  assert.equal(stepped.status, 'SUCCEEDED');
  assert.deepEqual(timeline(stepped.history), timeline(ran.history));
});

test('example 14: an export without heartbeats times out and is caught', { skip, timeout }, async () => {
  const { definition, input } = example();
  const result = await runThroughHost(definition, { ...input, stallExport: true }, await exampleHandlers());
  assert.equal(result.status, 'SUCCEEDED');
  assert.ok(timeline(result.history).includes('00:01:17 ActivityTimedOut'));
  assert.equal(result.output.status, 'stalled');
  assert.equal(result.output.error.Error, 'States.Timeout');
});

test('a heartbeat after the task timed out gives false, and the late answer is dropped', { skip, timeout }, async () => {
  const definition = JSON.stringify({
    StartAt: 'Slow',
    States: {
      Slow: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:slow', TimeoutSeconds: 5, Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: '$.error', Next: 'Caught' }], End: true },
      Caught: { Type: 'Pass', End: true },
    },
  });
  const seen = [];
  const handlers = {
    async Slow(input, context) {
      seen.push(await context.heartbeat());
      await context.sleep(60);
      seen.push(await context.heartbeat());
      return 'too late';
    },
  };
  const result = await runThroughHost(definition, {}, handlers);
  assert.equal(result.status, 'SUCCEEDED');
  assert.ok(result.history.some((e) => e.type === 'LambdaFunctionTimedOut'));
  assert.equal(result.output.error.Error, 'States.Timeout');
  await hop();
  assert.deepEqual(seen, [true, false]);
});

test('stop while one handler sleeps and another never settles: ABORTED, and the sleep resolves', { skip, timeout }, async () => {
  const branch = (name) => ({ StartAt: name, States: { [name]: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: name }, End: true } } });
  const definition = JSON.stringify({ StartAt: 'Both', States: { Both: { Type: 'Parallel', Branches: [branch('Nap'), branch('Hang')], End: true } } });
  const control = {};
  let woke = false;
  const handlers = {
    async Nap(input, context) {
      setTimeout(() => control.stop(), 50);
      await context.sleep(86400);
      woke = true;
      return 'woke';
    },
    Hang: () => new Promise(() => {}),
  };
  const result = await runThroughHost(definition, {}, handlers, control);
  assert.equal(result.status, 'ABORTED');
  assert.equal(control.unanswered, 0, 'the host answered the sleep before the result');
  await hop();
  await hop();
  assert.equal(woke, true);
});

test('a sleep called after stop resolves at once', { skip, timeout }, async () => {
  const definition = JSON.stringify({ StartAt: 'Late', States: { Late: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'late' }, End: true } } });
  const control = {};
  let slept = null;
  const handlers = {
    async Late(input, context) {
      control.stop();
      await hop();
      await context.sleep(3600);
      slept = await context.heartbeat();
    },
  };
  const result = await runThroughHost(definition, {}, handlers, control);
  assert.equal(result.status, 'ABORTED');
  for (let i = 0; i < 5 && slept === null; ++i) await hop();
  assert.equal(slept, false);
});
