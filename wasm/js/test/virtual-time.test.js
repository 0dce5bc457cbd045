// Handlers on the virtual clock: context.sleep(seconds) and context.heartbeat(), with task
// TimeoutSeconds / HeartbeatSeconds and Wait states firing in virtual order.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { createAsl } from '../index.js';

const LAMBDA = 'arn:aws:states:::lambda:invoke';
const START = Date.parse('2025-01-01T00:00:00Z');

const machine = (states, startAt = Object.keys(states)[0]) => JSON.stringify({ StartAt: startAt, States: states });
const task = (extra = {}) => ({ Type: 'Task', Resource: LAMBDA, End: true, ...extra });
/** Seconds after START of the first event of `type` (for `name`, when given). */
const secondsOf = (result, type, name) => {
  const event = result.history.find((e) => e.type === type && (name === undefined || e.name === name ||
    Object.values(e).some((details) => details?.name === name)));
  return event === undefined ? undefined : (Date.parse(event.timestamp) - START) / 1000;
};

describe('virtual time', () => {
  let asl;
  before(async () => {
    asl = await createAsl();
  });

  const run = (definition, handlers) => asl.start(definition, {}, { handlers, startTime: START }).run();

  test('sleep() moves the virtual clock; the task ends when the handler answers', async () => {
    const result = await run(machine({ T: { Type: 'Task', Resource: LAMBDA, Next: 'After' }, After: { Type: 'Pass', End: true } }), {
      T: async (input, context) => {
        await context.sleep(90);
        return { slept: true };
      },
    });
    assert.equal(result.status, 'SUCCEEDED');
    assert.deepEqual(result.output, { slept: true });
    assert.equal(secondsOf(result, 'TaskSucceeded'), 90);
    assert.equal(secondsOf(result, 'PassStateEntered'), 90);
  });

  test('heartbeat() keeps a task with HeartbeatSeconds alive', async () => {
    const beats = [];
    const result = await run(machine({ T: task({ HeartbeatSeconds: 10, TimeoutSeconds: 100 }) }), {
      T: async (input, context) => {
        for (let i = 0; i < 3; i++) {
          await context.sleep(8);
          beats.push(context.heartbeat());
        }
        return 'done';
      },
    });
    assert.equal(result.status, 'SUCCEEDED');
    assert.equal(result.output, 'done');
    assert.deepEqual(beats, [true, true, true]);
    assert.equal(secondsOf(result, 'TaskSucceeded'), 24);
  });

  test('without heartbeats the task times out; the sleeping handler is abandoned', async () => {
    let late;
    const result = await run(machine({
      T: task({ HeartbeatSeconds: 10, Catch: [{ ErrorEquals: ['States.HeartbeatTimeout'], Next: 'Late' }] }),
      Late: { Type: 'Pass', End: true },
    }), {
      T: async (input, context) => {
        await context.sleep(30);
        late = context.heartbeat();
        return 'ignored';
      },
    });
    assert.equal(result.status, 'SUCCEEDED');
    assert.equal(result.output.Error, 'States.Timeout');
    assert.equal(secondsOf(result, 'TaskTimedOut'), 10);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(late, false);
  });

  test('TimeoutSeconds ends a task whose handler sleeps past it', async () => {
    const result = await run(machine({ T: task({ TimeoutSeconds: 5 }) }), {
      T: async (input, context) => {
        await context.sleep(60);
        return 'too late';
      },
    });
    assert.equal(result.status, 'FAILED');
    assert.equal(result.error, 'States.Timeout');
    assert.equal(secondsOf(result, 'ExecutionFailed'), 5);
  });

  test('sleeping branches and a Wait state finish in virtual order, whatever the real order', async () => {
    const definition = machine({
      P: {
        Type: 'Parallel', End: true, Branches: [
          { StartAt: 'Slow', States: { Slow: task() } },
          { StartAt: 'Fast', States: { Fast: task() } },
          { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 15, End: true } } },
        ],
      },
    });
    const result = await run(definition, {
      Slow: async (input, context) => {
        await context.sleep(20);
        return 'slow';
      },
      Fast: async (input, context) => {
        await new Promise((resolve) => setTimeout(resolve, 20));  // Real time counts for nothing.
        await context.sleep(10);
        return 'fast';
      },
    });
    assert.equal(result.status, 'SUCCEEDED');
    assert.deepEqual(result.output, ['slow', 'fast', {}]);
    const order = result.history
      .filter((e) => e.type === 'TaskSucceeded' || e.type === 'WaitStateExited')
      .map((e) => [e.type, (Date.parse(e.timestamp) - START) / 1000]);
    assert.deepEqual(order, [['TaskSucceeded', 10], ['WaitStateExited', 15], ['TaskSucceeded', 20]]);
  });

  test('step() moves the clock too when every handler sleeps', async () => {
    const ex = asl.start(machine({ T: task() }), {}, {
      startTime: START,
      handlers: {
        T: async (input, context) => {
          await context.sleep(5);
          return 'woke';
        },
      },
    });
    let status = 'RUNNING';
    for (let i = 0; i < 20 && status === 'RUNNING'; i++) status = (await ex.step()).status;
    assert.equal(status, 'SUCCEEDED');
    const result = await ex.run();
    assert.equal(result.output, 'woke');
    assert.equal(secondsOf(result, 'TaskSucceeded'), 5);
  });

  test('stop() ends a run whose handlers sleep; sleep(0) and bad durations do not move the clock', async () => {
    let signal;
    const ex = asl.start(machine({ T: task() }), {}, {
      startTime: START,
      handlers: {
        T: async (input, context) => {
          signal = context.signal;
          await context.sleep(0);
          await context.sleep(-5);
          await context.sleep(Number.NaN);
          await new Promise((resolve) => setTimeout(resolve, 5));
          ex.stop();
          await context.sleep(3600);
          return 'never';
        },
      },
    });
    const result = await ex.run();
    assert.equal(result.status, 'ABORTED');
    assert.equal(signal.aborted, true);
    assert.equal(secondsOf(result, 'ExecutionAborted'), 0);
  });
});
