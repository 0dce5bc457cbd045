import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRunHost } from '../src/run/run-host.js';

/**
 * A stand-in for asl-wasm's execution: each engine step adds the next group of events; the
 * task in `tasks` (by step number) calls its handler before the step completes.
 */
function fakeAsl({ groups, tasks = {} }) {
  const started = [];
  return {
    started,
    start(definition, input, options) {
      let next = 0;
      let stopped = false;
      const history = () => groups.slice(0, next).flat();
      const ex = {
        problem: definition === 'invalid' ? Object.assign(new Error('bad definition'), { code: 'INVALID_DEFINITION', diagnostics: [{ code: 'X' }] }) : null,
        options,
        async step() {
          if (stopped || next >= groups.length) return { status: stopped ? 'ABORTED' : 'SUCCEEDED', pendingTasks: [], newEvents: [] };
          const task = tasks[next];
          if (task) await options.handlers[task.key](task.input, { stateName: task.key, resource: 'arn', taskToken: 't', attempt: 0, contextObject: {} });
          const events = groups[next++];
          return { status: next >= groups.length ? 'SUCCEEDED' : 'RUNNING', pendingTasks: [], newEvents: events };
        },
        async run(runOptions = {}) {
          while (!stopped && next < groups.length) {
            const { newEvents } = await ex.step();
            runOptions.onEvents?.(newEvents);
          }
          return { status: stopped ? 'ABORTED' : 'SUCCEEDED', output: {}, error: null, cause: null, history: history(), dataFlow: [] };
        },
        stop() {
          stopped = true;
        },
        report() {
          return { dataFlow: [{ stateName: 'S', enteredEventId: 2 }] };
        },
      };
      started.push({ definition, input, options, ex });
      return ex;
    },
  };
}

const ev = (id, type) => ({ id, previousEventId: id - 1, type, timestamp: '2024-01-01T00:00:00.000Z' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

test('run reports progress and the result', async () => {
  const asl = fakeAsl({ groups: [[ev(1, 'ExecutionStarted'), ev(2, 'PassStateEntered')], [ev(3, 'PassStateExited'), ev(4, 'ExecutionSucceeded')]] });
  const posted = [];
  const host = createRunHost(asl, (m) => posted.push(m));
  host.handle({ type: 'start', runId: 1, definition: 'd', input: { a: 1 }, mocks: { S: {} }, handlerNames: [], options: { seed: 3 } });
  assert.deepEqual(asl.started[0].input, { a: 1 });
  assert.deepEqual(asl.started[0].options.mocks, { S: {} });
  assert.equal(asl.started[0].options.seed, 3);
  host.handle({ type: 'run', runId: 1 });
  await settle();
  const finished = posted.find((m) => m.type === 'finished');
  assert.equal(finished.runId, 1);
  assert.equal(finished.result.history.length, 4);
  assert.equal(posted[0].type, 'progress');
  assert.equal(posted[0].phase, 'running');
});

test('step hands out one event at a time, then the result', async () => {
  const asl = fakeAsl({ groups: [[ev(1, 'ExecutionStarted'), ev(2, 'PassStateEntered')], [ev(3, 'ExecutionSucceeded')]] });
  const posted = [];
  const host = createRunHost(asl, (m) => posted.push(m));
  host.handle({ type: 'start', runId: 7, definition: 'd', input: {}, handlerNames: [], options: {} });
  const stepped = [];
  for (let i = 0; i < 3; ++i) {
    host.handle({ type: 'step', runId: 7 });
    await settle();
    stepped.push(posted.at(-1));
  }
  assert.deepEqual(stepped.slice(0, 2).map((m) => [m.type, m.phase, m.events.map((e) => e.id)]), [
    ['progress', 'paused', [1]],
    ['progress', 'paused', [2]],
  ]);
  assert.deepEqual(stepped[0].dataFlow, [{ stateName: 'S', enteredEventId: 2 }]);
  assert.equal(stepped[2].type, 'finished');
  assert.equal(stepped[2].result.status, 'SUCCEEDED');
});

test('task requests go to the page and answers come back as results or errors', async () => {
  const seen = [];
  const asl = fakeAsl({
    groups: [[ev(1, 'ExecutionStarted')], [ev(2, 'TaskSucceeded')], [ev(3, 'ExecutionSucceeded')]],
    tasks: { 1: { key: 'Charge', input: { amount: 5 } } },
  });
  const posted = [];
  const host = createRunHost(asl, (m) => posted.push(m));
  host.handle({ type: 'start', runId: 2, definition: 'd', input: {}, handlerNames: ['Charge'], options: {} });
  const handler = asl.started[0].options.handlers.Charge;
  const answered = handler({ amount: 5 }, { stateName: 'Charge', resource: 'arn', taskToken: 'tok', attempt: 1, contextObject: { State: {} } });
  const request = posted.find((m) => m.type === 'taskRequest');
  assert.deepEqual(
    { key: request.key, input: request.input, context: request.context },
    { key: 'Charge', input: { amount: 5 }, context: { stateName: 'Charge', resource: 'arn', taskToken: 'tok', attempt: 1, contextObject: { State: {} } } },
  );
  assert.equal(posted.find((m) => m.type === 'progress').waitingFor, 'Charge');
  host.handle({ type: 'taskResult', runId: 2, requestId: request.requestId, ok: true, output: '{"paid":true}' });
  assert.deepEqual(await answered, { paid: true });

  const failing = handler({}, { stateName: 'Charge', resource: 'arn', taskToken: 'tok2', attempt: 0, contextObject: {} });
  const second = posted.filter((m) => m.type === 'taskRequest').at(-1);
  host.handle({ type: 'taskResult', runId: 2, requestId: second.requestId, ok: false, error: 'CardDeclined', cause: 'no funds' });
  await assert.rejects(failing, (error) => error.name === 'CardDeclined' && error.message === 'no funds');
});

test('stop rejects waiting handlers and a paused execution reports ABORTED', async () => {
  const asl = fakeAsl({ groups: [[ev(1, 'ExecutionStarted')], [ev(2, 'PassStateEntered')]] });
  const posted = [];
  const host = createRunHost(asl, (m) => posted.push(m));
  host.handle({ type: 'start', runId: 3, definition: 'd', input: {}, handlerNames: ['T'], options: {} });
  const waiting = asl.started[0].options.handlers.T({}, { stateName: 'T', resource: '', taskToken: '', attempt: 0, contextObject: {} });
  host.handle({ type: 'stop', runId: 3 });
  await assert.rejects(waiting, (error) => error.name === 'States.Runtime');
  await settle();
  assert.equal(posted.at(-1).type, 'finished');
  assert.equal(posted.at(-1).result.status, 'ABORTED');
});

test('an execution that cannot start reports why, with diagnostics', () => {
  const posted = [];
  const host = createRunHost(fakeAsl({ groups: [] }), (m) => posted.push(m));
  host.handle({ type: 'start', runId: 4, definition: 'invalid', input: {}, handlerNames: [], options: {} });
  assert.deepEqual(posted, [{ type: 'runError', runId: 4, code: 'INVALID_DEFINITION', message: 'bad definition', diagnostics: [{ code: 'X' }] }]);
  assert.equal(host.handle({ type: 'analyze' }), false);
});

/** A task context whose sleep and heartbeat are recorded and answered by the test. */
function fakeContext(stateName, { heartbeat = true } = {}) {
  const context = {
    stateName,
    resource: 'arn',
    taskToken: `token-${stateName}`,
    attempt: 0,
    contextObject: {},
    sleeps: [],
    heartbeats: 0,
    sleep(seconds) {
      return new Promise((resolve) => context.sleeps.push({ seconds, resolve }));
    },
    heartbeat() {
      context.heartbeats++;
      return heartbeat;
    },
  };
  return context;
}

/** A host with a started run (id 5) and one handler call of `key` waiting for its answer. */
function hostWithWaitingTask(key = 'Slow', contextOptions) {
  const asl = fakeAsl({ groups: [[ev(1, 'ExecutionStarted')], [ev(2, 'ExecutionSucceeded')]] });
  const posted = [];
  const host = createRunHost(asl, (m) => posted.push(m));
  host.handle({ type: 'start', runId: 5, definition: 'd', input: {}, handlerNames: [key], options: {} });
  const context = fakeContext(key, contextOptions);
  const answered = asl.started[0].options.handlers[key]({}, context);
  answered.catch(() => {});
  const request = posted.find((m) => m.type === 'taskRequest');
  return { asl, host, posted, context, answered, request };
}

const callResults = (posted) => posted.filter((m) => m.type === 'taskCallResult');

test("a handler's sleep reaches its task context and is answered once it ends", async () => {
  const { host, posted, context, request } = hostWithWaitingTask();
  assert.equal('sleep' in request.context, false, 'the request carries data only');
  host.handle({ type: 'taskCall', runId: 5, requestId: request.requestId, callId: 11, method: 'sleep', seconds: 45 });
  assert.deepEqual(context.sleeps.map((s) => s.seconds), [45]);
  await settle();
  assert.deepEqual(callResults(posted), [], 'no answer while the virtual clock has not moved');
  context.sleeps[0].resolve();
  await settle();
  assert.deepEqual(callResults(posted), [{ type: 'taskCallResult', runId: 5, requestId: request.requestId, callId: 11, value: null }]);
});

test("a handler's heartbeat gives its task context's answer", () => {
  for (const alive of [true, false]) {
    const { host, posted, context, request } = hostWithWaitingTask('Beat', { heartbeat: alive });
    host.handle({ type: 'taskCall', runId: 5, requestId: request.requestId, callId: 3, method: 'heartbeat' });
    assert.equal(context.heartbeats, 1);
    assert.deepEqual(callResults(posted), [{ type: 'taskCallResult', runId: 5, requestId: request.requestId, callId: 3, value: alive }]);
  }
});

test('calls for a request that is answered, unknown or of another run settle harmlessly', async () => {
  const { host, posted, context, request, answered } = hostWithWaitingTask();
  host.handle({ type: 'taskResult', runId: 5, requestId: request.requestId, ok: true, output: '1' });
  assert.equal(await answered, 1);
  host.handle({ type: 'taskCall', runId: 5, requestId: request.requestId, callId: 1, method: 'sleep', seconds: 10 });
  host.handle({ type: 'taskCall', runId: 5, requestId: request.requestId, callId: 2, method: 'heartbeat' });
  host.handle({ type: 'taskCall', runId: 5, requestId: 999, callId: 3, method: 'heartbeat' });
  host.handle({ type: 'taskCall', runId: 6, requestId: request.requestId, callId: 4, method: 'sleep', seconds: 1 });
  assert.deepEqual(callResults(posted).map((m) => [m.callId, m.value]), [[1, null], [2, false], [3, false], [4, null]]);
  assert.deepEqual([context.sleeps.length, context.heartbeats], [0, 0], 'the task context is not called');
});

test('an unknown method reaches no task context', () => {
  const { host, posted, context, request } = hostWithWaitingTask();
  context.signal = 'not a method';
  host.handle({ type: 'taskCall', runId: 5, requestId: request.requestId, callId: 8, method: 'signal' });
  host.handle({ type: 'taskCall', runId: 5, requestId: request.requestId, callId: 9, method: 'constructor' });
  assert.deepEqual(callResults(posted).map((m) => [m.callId, m.value]), [[8, null], [9, null]]);
});

test('stop wakes sleeping handlers and fails their tasks; later calls settle harmlessly', async () => {
  const { host, posted, context, request, answered } = hostWithWaitingTask();
  host.handle({ type: 'taskCall', runId: 5, requestId: request.requestId, callId: 1, method: 'sleep', seconds: 3600 });
  host.handle({ type: 'stop', runId: 5 });
  await assert.rejects(answered, (error) => error.name === 'States.Runtime');
  assert.deepEqual(callResults(posted).map((m) => [m.callId, m.value]), [[1, null]]);
  context.sleeps[0].resolve();
  await settle();
  assert.equal(callResults(posted).length, 1, 'a sleep is answered once');
  host.handle({ type: 'taskCall', runId: 5, requestId: request.requestId, callId: 2, method: 'heartbeat' });
  assert.deepEqual(callResults(posted).at(-1), { type: 'taskCallResult', runId: 5, requestId: request.requestId, callId: 2, value: false });
  assert.equal(context.heartbeats, 0);
});

test('a run that finishes while a handler sleeps wakes it before reporting the result', async () => {
  const { host, posted, request } = hostWithWaitingTask();
  host.handle({ type: 'taskCall', runId: 5, requestId: request.requestId, callId: 1, method: 'sleep', seconds: 3600 });
  host.handle({ type: 'run', runId: 5 });
  await settle();
  const finished = posted.findIndex((m) => m.type === 'finished');
  const woken = posted.findIndex((m) => m.type === 'taskCallResult');
  assert.ok(finished > 0 && woken > 0 && woken < finished, `woken at ${woken}, finished at ${finished}`);
});

test('waitingFor names a state while any of its handler calls is out', async () => {
  const asl = fakeAsl({ groups: [[ev(1, 'ExecutionStarted')]] });
  const posted = [];
  const host = createRunHost(asl, (m) => posted.push(m));
  host.handle({ type: 'start', runId: 8, definition: 'd', input: {}, handlerNames: ['A', 'B'], options: {} });
  const { A, B } = asl.started[0].options.handlers;
  const first = A({}, fakeContext('A'));
  A({}, fakeContext('A'));
  B({}, fakeContext('B'));
  assert.deepEqual(posted.filter((m) => m.type === 'progress').map((m) => m.waitingFor), ['A', 'A', 'A, B']);
  const [firstRequest] = posted.filter((m) => m.type === 'taskRequest');
  host.handle({ type: 'taskResult', runId: 8, requestId: firstRequest.requestId, ok: true, output: 'null' });
  await first;
  B({}, fakeContext('B'));
  assert.equal(posted.filter((m) => m.type === 'progress').at(-1).waitingFor, 'A, B');
});
