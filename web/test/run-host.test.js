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
