// Executions: asl.start(...).run() / step() / stop() with mocks and async JavaScript handlers.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { AslError, createAsl } from '../index.js';
import { loadCore } from '../lib/core.js';
import { startExecution } from '../lib/execution.js';

// An optimised integration: its events are TaskScheduled, TaskSucceeded, TaskFailed...
const LAMBDA = 'arn:aws:states:::lambda:invoke';

const machine = (states, startAt = Object.keys(states)[0]) => JSON.stringify({ StartAt: startAt, States: states });
const task = (extra = {}) => ({ Type: 'Task', Resource: LAMBDA, End: true, ...extra });
const PASS_CHAIN = machine({
  A: { Type: 'Pass', Result: 1, ResultPath: '$.a', Next: 'B' },
  B: { Type: 'Pass', Result: 2, ResultPath: '$.b', End: true },
});
const eventTypes = (result) => result.history.map((e) => e.type);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A promise with its resolve function. */
function deferred() {
  let resolve;
  const promise = new Promise((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('start / run', () => {
  let asl;
  before(async () => {
    asl = await createAsl();
  });

  test('start returns at once and run resolves to the result', async () => {
    const ex = asl.start(PASS_CHAIN, { x: 0 });
    assert.equal(ex.problem, null);
    const result = await ex.run();
    assert.deepEqual(Object.keys(result), ['status', 'output', 'error', 'cause', 'history', 'dataFlow']);
    assert.equal(result.status, 'SUCCEEDED');
    assert.deepEqual(result.output, { x: 0, a: 1, b: 2 });
    assert.equal(result.error, null);
    assert.deepEqual(eventTypes(result), [
      'ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded',
    ]);
    assert.deepEqual(result.dataFlow.map((r) => r.stateName), ['A', 'B']);
    assert.deepEqual(result.dataFlow[1].output, { x: 0, a: 1, b: 2 });
  });

  test('run twice returns the same promise; after the end the same result', async () => {
    const ex = asl.start(PASS_CHAIN);
    const first = ex.run();
    assert.equal(ex.run(), first);
    const result = await first;
    assert.equal(await ex.run(), result);
  });

  test('the result is plain data: history and dataFlow survive JSON and structuredClone', async () => {
    const result = await asl.start(PASS_CHAIN, {}).run();
    const copy = JSON.parse(JSON.stringify(result));
    assert.equal(copy.history.length, 6);
    assert.equal(copy.dataFlow.length, 2);
    assert.deepEqual(structuredClone(result), copy);
    result.history = [];
    assert.deepEqual(result.history, []);
  });

  test('history and dataFlow can be switched off', async () => {
    const result = await asl.start(PASS_CHAIN, {}, { history: false, dataFlow: false }).run();
    assert.equal(result.status, 'SUCCEEDED');
    assert.deepEqual(result.history, []);
    assert.deepEqual(result.dataFlow, []);
  });

  test('mocks answer tasks as `asl run --mocks` does', async () => {
    const ex = asl.start(machine({ T: task() }), {}, { mocks: { T: { 0: { Throw: { Error: 'Boom', Cause: 'mocked' } } } } });
    const result = await ex.run();
    assert.deepEqual([result.status, result.error, result.cause], ['FAILED', 'Boom', 'mocked']);
  });

  test('a task without handler or mock fails the execution as `asl run` does', async () => {
    const result = await asl.start(machine({ T: task() })).run();
    assert.deepEqual([result.status, result.error, result.cause],
      ['FAILED', 'States.Runtime', "No mock or task handler answers the Task state 'T'."]);
  });

  test('startTime and seed set the virtual clock and the randomness', async () => {
    const definition = machine({ R: { Type: 'Pass', Parameters: { 'u.$': 'States.UUID()', 't.$': '$$.Execution.StartTime' }, End: true } });
    const run = (seed) => asl.start(definition, {}, { seed, startTime: new Date('2025-06-01T12:00:00Z') }).run();
    const [a, b, c] = await Promise.all([run(1), run(1), run(2)]);
    assert.equal(a.output.t, '2025-06-01T12:00:00.000Z');
    assert.equal(a.history[0].timestamp, '2025-06-01T12:00:00.000Z');
    assert.equal(a.output.u, b.output.u);
    assert.notEqual(a.output.u, c.output.u);
  });
});

describe('handlers', () => {
  let asl;
  before(async () => {
    asl = await createAsl();
  });

  test('a handler gets the effective input and the context', async () => {
    let seen;
    const definition = machine({ T: task({ Parameters: { 'n.$': '$.n', fixed: true } }) });
    const ex = asl.start(definition, { n: 4 }, {
      handlers: {
        T: async (input, context) => {
          const { stateName, resource, taskToken, attempt, signal, contextObject } = context;
          seen = { input, stateName, resource, taskToken, attempt, signal, contextObject };
          return { doubled: input.n * 2 };
        },
      },
      startTime: '2025-01-02T03:04:05Z',
    });
    const result = await ex.run();
    assert.equal(result.status, 'SUCCEEDED');
    assert.deepEqual(result.output, { doubled: 8 });
    assert.deepEqual(seen.input, { n: 4, fixed: true });
    assert.equal(seen.stateName, 'T');
    assert.equal(seen.resource, LAMBDA);
    assert.equal(seen.attempt, 0);
    assert.match(seen.taskToken, /^[0-9a-f-]{36}$/);
    assert.ok(seen.signal instanceof AbortSignal);
    assert.equal(seen.signal.aborted, false);
    const { Execution, StateMachine, State, Task } = seen.contextObject;
    assert.deepEqual(Execution.Input, { n: 4 });
    assert.equal(Execution.StartTime, '2025-01-02T03:04:05.000Z');
    assert.equal(StateMachine.Name, 'StateMachine');
    assert.deepEqual(State, { Name: 'T', EnteredTime: '2025-01-02T03:04:05.000Z', RetryCount: 0 });
    assert.equal(Task.Token, seen.taskToken);
    assert.equal(result.history.find((e) => e.type === 'TaskSucceeded').taskSucceededEventDetails.output, '{"doubled":8}');
  });

  test('a handler by Resource ARN; a state name wins over the ARN; handlers win over mocks', async () => {
    const definition = machine({
      A: task({ End: false, Next: 'B', ResultPath: '$.a' }),
      B: task({ ResultPath: '$.b' }),
    });
    const handlers = { [LAMBDA]: () => 'by-arn', B: () => 'by-name' };
    const result = await asl.start(definition, {}, { handlers, mocks: { B: { 0: { Return: 'mock' } } } }).run();
    assert.deepEqual(result.output, { a: 'by-arn', b: 'by-name' });
  });

  test('mocks answer the tasks no handler names', async () => {
    const definition = machine({ A: task({ End: false, Next: 'B', ResultPath: '$.a' }), B: task({ ResultPath: '$.b' }) });
    const result = await asl.start(definition, {}, { handlers: { B: () => 'handled' }, mocks: { A: { 0: { Return: 'mocked' } } } }).run();
    assert.deepEqual(result.output, { a: 'mocked', b: 'handled' });
  });

  test('with handlers, a task nobody answers fails with States.Runtime', async () => {
    const definition = machine({ A: task() });
    const result = await asl.start(definition, {}, { handlers: { Other: () => 1 } }).run();
    assert.deepEqual([result.status, result.error], ['FAILED', 'States.Runtime']);
    assert.equal(result.cause, "No mock or task handler answers the Task state 'A'.");
  });

  test('a thrown Error fails the task with its name and message; Catch catches it', async () => {
    const definition = machine({
      T: task({ End: false, Next: 'Done', Catch: [{ ErrorEquals: ['OutOfStock'], ResultPath: '$.err', Next: 'Caught' }] }),
      Done: { Type: 'Succeed' },
      Caught: { Type: 'Pass', End: true },
    });
    const handlers = {
      T: async () => {
        await sleep(1);
        throw Object.assign(new Error('no widgets left'), { name: 'OutOfStock' });
      },
    };
    const result = await asl.start(definition, { id: 1 }, { handlers }).run();
    assert.equal(result.status, 'SUCCEEDED');
    assert.deepEqual(result.output, { id: 1, err: { Error: 'OutOfStock', Cause: 'no widgets left' } });
    const failed = result.history.find((e) => e.type === 'TaskFailed');
    assert.equal(failed.taskFailedEventDetails.error, 'OutOfStock');
    assert.equal(failed.taskFailedEventDetails.cause, 'no widgets left');
  });

  test('a thrown non-Error is States.TaskFailed with its text; an unserialisable result is States.Runtime', async () => {
    const thrown = await asl.start(machine({ T: task() }), {}, { handlers: { T: () => { throw 'plain text'; } } }).run();
    assert.deepEqual([thrown.status, thrown.error, thrown.cause], ['FAILED', 'States.TaskFailed', 'plain text']);
    const bigint = await asl.start(machine({ T: task() }), {}, { handlers: { T: () => 10n } }).run();
    assert.deepEqual([bigint.status, bigint.error], ['FAILED', 'States.Runtime']);
    assert.match(bigint.cause, /cannot be serialised as JSON/);
    const undef = await asl.start(machine({ T: task() }), {}, { handlers: { T: () => undefined } }).run();
    assert.deepEqual([undef.status, undef.output], ['SUCCEEDED', null]);
  });

  test('a result the engine cannot read fails the task with States.Runtime', async () => {
    let deep = 1;
    for (let i = 0; i < 2000; i++) deep = [deep];  // JSON.stringify writes it; the parser stops at depth 1000.
    let calls = 0;
    const result = await asl.start(machine({ T: task() }), {}, { handlers: { T: () => { calls += 1; return deep; } } }).run();
    assert.equal(calls, 1);
    assert.deepEqual([result.status, result.error], ['FAILED', 'States.Runtime']);
    assert.match(result.cause, /^The result of the Task state 'T' is not valid JSON: result:1:1001: /);
  });

  test('a lone surrogate in a result becomes U+FFFD', async () => {
    const result = await asl.start(machine({ T: task() }), {}, { handlers: { T: () => ({ text: 'a\ud800b' }) } }).run();
    assert.deepEqual(result.output, { text: 'a\ufffdb' });
  });

  test('Retry calls the handler again with the next attempt number', async () => {
    const attempts = [];
    const definition = machine({ T: task({ Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 2, MaxAttempts: 3 }] }) });
    const handlers = {
      T: (input, { attempt, contextObject }) => {
        attempts.push([attempt, contextObject.State.RetryCount]);
        if (attempt < 2) throw Object.assign(new Error(`try ${attempt}`), { name: 'Flaky' });
        return 'ok';
      },
    };
    const result = await asl.start(definition, {}, { handlers }).run();
    assert.equal(result.output, 'ok');
    assert.deepEqual(attempts, [[0, 0], [1, 1], [2, 2]]);
  });

  test('tasks that Parallel starts together run concurrently', async () => {
    const branch = (name) => ({ StartAt: name, States: { [name]: task() } });
    const definition = machine({ P: { Type: 'Parallel', Branches: [branch('X'), branch('Y'), branch('Z')], End: true } });
    // Each handler waits until all three were called: only concurrent calls finish.
    const calls = [];
    const allCalled = deferred();
    const handler = async (input, { stateName }) => {
      calls.push(stateName);
      if (calls.length === 3) allCalled.resolve();
      await Promise.race([allCalled.promise, sleep(2000).then(() => { throw new Error('not concurrent'); })]);
      return stateName.toLowerCase();
    };
    const result = await asl.start(definition, {}, { handlers: { X: handler, Y: handler, Z: handler } }).run();
    assert.equal(result.status, 'SUCCEEDED', result.cause);
    assert.deepEqual(result.output, ['x', 'y', 'z']);
    assert.deepEqual(calls, ['X', 'Y', 'Z']);
  });

  test('tasks of a Map run concurrently and the output keeps the item order', async () => {
    const definition = machine({
      M: { Type: 'Map', ItemProcessor: { StartAt: 'Work', States: { Work: task() } }, End: true },
    });
    let active = 0;
    let most = 0;
    const handlers = {
      Work: async (n) => {
        active += 1;
        most = Math.max(most, active);
        await sleep(5 * (5 - n));  // The last item finishes first.
        active -= 1;
        return n * 10;
      },
    };
    const result = await asl.start(definition, [1, 2, 3, 4], { handlers }).run();
    assert.deepEqual(result.output, [10, 20, 30, 40]);
    assert.equal(most, 4);
  });

  test('histories do not depend on the order in which handlers finish', async () => {
    const branch = (name) => ({ StartAt: name, States: { [name]: task({ Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 1 }] }) } });
    const definition = machine({
      P: { Type: 'Parallel', Branches: ['A', 'B', 'C', 'D'].map(branch), End: true },
    });
    const run = (delays) => {
      const handler = async (input, { stateName, attempt }) => {
        await sleep(delays[stateName]);
        if (stateName === 'B' && attempt === 0) throw new Error('first try');
        return `${stateName}${attempt}`;
      };
      return asl.start(definition, {}, { handlers: { A: handler, B: handler, C: handler, D: handler }, seed: 3 }).run();
    };
    const first = await run({ A: 1, B: 20, C: 10, D: 5 });
    const second = await run({ A: 20, B: 1, C: 5, D: 10 });
    assert.deepEqual(first.output, ['A0', 'B1', 'C0', 'D0']);
    assert.deepEqual(second.history, first.history);
  });
});

describe('stop and step', () => {
  let asl;
  before(async () => {
    asl = await createAsl();
  });

  test('stop() while a handler runs: ABORTED, the signal aborts, the late answer is dropped', async () => {
    const called = deferred();
    let signal;
    let late = false;
    const handlers = {
      T: async (input, context) => {
        signal = context.signal;
        called.resolve();
        await sleep(30);
        late = true;
        return 'too late';
      },
    };
    const ex = asl.start(machine({ T: task() }), {}, { handlers });
    const running = ex.run();
    await called.promise;
    ex.stop();
    const result = await running;
    assert.equal(result.status, 'ABORTED');
    assert.equal(signal.aborted, true);
    assert.equal(eventTypes(result).at(-1), 'ExecutionAborted');
    assert.equal(late, false);
    await sleep(40);
    assert.equal(late, true);
    assert.equal((await ex.run()).status, 'ABORTED');
  });

  test('stop() does not wait for a handler that never settles', async () => {
    const ex = asl.start(machine({ T: task() }), {}, { handlers: { T: () => new Promise(() => {}) } });
    const running = ex.run();
    await sleep(5);
    ex.stop();
    assert.equal((await running).status, 'ABORTED');
  });

  test('stop() before run() aborts at once; stop() after the end changes nothing', async () => {
    const ex = asl.start(PASS_CHAIN);
    ex.stop();
    assert.equal((await ex.run()).status, 'ABORTED');
    const done = asl.start(PASS_CHAIN);
    await done.run();
    done.stop();
    assert.equal((await done.run()).status, 'SUCCEEDED');
  });

  test('step() runs one state at a time and reports only the new events', async () => {
    const ex = asl.start(PASS_CHAIN, {});
    const steps = [];
    for (let i = 0; i < 10; i++) {
      const step = await ex.step();
      steps.push(step);
      if (step.status !== 'RUNNING') break;
    }
    assert.deepEqual(steps.map((s) => s.status), ['RUNNING', 'SUCCEEDED']);
    assert.ok(steps.every((s) => s.newEvents.length > 0 && s.pendingTasks.length === 0));
    const all = steps.flatMap((s) => s.newEvents);
    assert.deepEqual(all, (await asl.start(PASS_CHAIN, {}).run()).history);
    assert.equal(steps[0].newEvents[0].type, 'ExecutionStarted');
    const after = await ex.step();
    assert.deepEqual(after, { status: 'SUCCEEDED', pendingTasks: [], newEvents: [] });
    assert.deepEqual((await ex.run()).output, { a: 1, b: 2 });
  });

  test('run({onEvents}) hands out every event once, in order, while it runs; report() shows the state so far', async () => {
    const batches = [];
    const seen = [];
    const handlers = { T: () => { seen.push(ex.report()); return 'r'; } };
    const ex = asl.start(machine({ W: { Type: 'Wait', Seconds: 1, Next: 'T' }, T: task() }), {}, { handlers });
    const first = await ex.step();
    const result = await ex.run({ onEvents: (events) => batches.push(events) });
    assert.ok(batches.length >= 2, 'one batch before the handler ran, one at the end');
    assert.deepEqual([...first.newEvents, ...batches.flat()], result.history);
    assert.equal(seen[0].status, 'RUNNING');
    assert.deepEqual(seen[0].history, result.history.slice(0, seen[0].history.length));
    assert.deepEqual(seen[0].dataFlow.map((r) => r.stateName), ['W', 'T']);
    assert.equal(ex.report(), result);
    assert.equal(asl.start('{').report(), null);
  });

  test('step() lists pending tasks, and the next step answers them first', async () => {
    const calls = [];
    const ex = asl.start(machine({ T: task({ Parameters: { k: 1 } }) }), {}, { handlers: { T: (input) => { calls.push(input); return 'r'; } } });
    let step = await ex.step();
    while (step.status === 'RUNNING' && step.pendingTasks.length === 0) step = await ex.step();
    assert.equal(calls.length, 0);
    assert.equal(step.pendingTasks.length, 1);
    const [pending] = step.pendingTasks;
    assert.deepEqual([pending.stateName, pending.resource, pending.attempt, pending.input], ['T', LAMBDA, 0, { k: 1 }]);
    step = await ex.step();
    assert.deepEqual(calls, [{ k: 1 }]);
    assert.ok(step.newEvents.some((e) => e.type === 'TaskSucceeded'));
    while (step.status === 'RUNNING') step = await ex.step();
    assert.equal((await ex.run()).output, 'r');
  });

  test('run() yields to the event loop during a long execution', async () => {
    const definition = machine({
      Count: { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, 1)' }, Next: 'Check' },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericLessThan: 200000, Next: 'Count' }], Default: 'Done' },
      Done: { Type: 'Succeed' },
    });
    let ticks = 0;
    const timer = setInterval(() => { ticks += 1; }, 1);
    const result = await asl.start(definition, { n: 0 }, { history: false, dataFlow: false, maxHistoryEvents: 0 }).run();
    clearInterval(timer);
    assert.deepEqual(result.output, { n: 200000 });
    assert.ok(ticks > 0, 'no timer ran during the execution');
  });
});

describe('problems are values', () => {
  let asl;
  before(async () => {
    asl = await createAsl();
  });

  const cases = [
    ['an invalid definition', () => ['{"StartAt": "X", "States": {}}', {}, {}], 'INVALID_DEFINITION'],
    ['text that is not JSON', () => ['{', {}, {}], 'INVALID_DEFINITION'],
    ['a definition that is a number', () => [42, {}, {}], 'INVALID_ARGUMENT'],
    ['an input that is not JSON', () => [PASS_CHAIN, { big: 1n }, {}], 'INVALID_INPUT'],
    ['a negative seed', () => [PASS_CHAIN, {}, { seed: -1 }], 'INVALID_OPTIONS'],
    ['a handler that is not a function', () => [PASS_CHAIN, {}, { handlers: { A: 'x' } }], 'INVALID_OPTIONS'],
    ['bad mocks', () => [PASS_CHAIN, {}, { mocks: { A: 3 } }], 'INVALID_OPTIONS'],
    ['options that are not an object', () => [PASS_CHAIN, {}, 'fast'], 'INVALID_OPTIONS'],
    ['a startTime that is not a date', () => [PASS_CHAIN, {}, { startTime: 'soon' }], 'INVALID_OPTIONS'],
  ];
  for (const [label, args, code] of cases) {
    test(`${label}: start() returns, run() and step() reject with ${code}`, async () => {
      const ex = asl.start(...args());
      assert.ok(ex.problem instanceof AslError);
      assert.equal(ex.problem.code, code);
      await assert.rejects(ex.run(), (e) => e === ex.problem);
      await assert.rejects(ex.step(), (e) => e === ex.problem);
      ex.stop();
      assert.equal((await asl.start(PASS_CHAIN).run()).status, 'SUCCEEDED');
    });
  }

  test('an invalid definition carries the diagnostics of validate()', async () => {
    const text = '{"StartAt": "X", "States": {"A": {"Type": "Pass", "End": true}}}';
    const { problem } = asl.start(text);
    assert.equal(problem.name, 'AslError');
    assert.equal(problem.message, 'the definition has errors');
    assert.deepEqual(problem.diagnostics, asl.validate(text).diagnostics.filter(() => true));
    assert.ok(problem.diagnostics.length > 0);
  });

  test('a module failure ends running executions with INTERNAL_ERROR; new ones work', async () => {
    const core = await loadCore();
    const ex = startExecution(core, PASS_CHAIN, {});
    core.call(() => {
      throw new WebAssembly.RuntimeError('unreachable');
    });
    await assert.rejects(ex.run(), (e) => e instanceof AslError && e.code === 'INTERNAL_ERROR' && /restarted/.test(e.message));
    ex.stop();
    const fresh = startExecution(core, PASS_CHAIN, {});
    assert.equal((await fresh.run()).status, 'SUCCEEDED');
  });
});
