/**
 * The worker side of running (see PROTOCOL.md): owns the executions started with asl-wasm,
 * forwards their task requests to the page (which asks the handler sandbox) and reports
 * events and results. One execution at a time; a new start stops the previous one.
 *
 *   page → worker  {type: 'start', runId, definition, input, mocks, handlerNames, options}
 *                  {type: 'run', runId} | {type: 'step', runId} | {type: 'stop', runId}
 *                  {type: 'taskResult', runId, requestId, ok, output | error, cause}
 *                  {type: 'taskCall', runId, requestId, callId, method, seconds?}
 *   worker → page  {type: 'progress', runId, phase, events, dataFlow?, waitingFor?}
 *                  {type: 'taskRequest', runId, requestId, key, input, context}
 *                  {type: 'taskCallResult', runId, requestId, callId, value}
 *                  {type: 'finished', runId, result} | {type: 'runError', runId, message, diagnostics}
 */

import { harmlessAnswer, kTaskCallMethods } from './task-calls.js';

/** Shortest time between two progress messages while running, in ms. */
const kProgressEveryMs = 100;

/**
 * @param {import('asl-wasm').Asl} asl
 * @param {(message: object) => void} post  Sends a message to the page.
 */
export function createRunHost(asl, post) {
  // current: {runId, ex, requests: Map<requestId, {resolve, reject, context}>,
  //   waiting: Map<requestId, stateName>, sleeps: Set<() => void>, ...}
  let current = null;
  let nextRequest = 1;

  /** Fails the handler calls `run` still waits for and wakes its sleeping handlers. */
  const release = (run) => {
    const requests = [...run.requests.values()];
    run.requests.clear();
    for (const { reject } of requests) reject(stoppedError());
    for (const wake of [...run.sleeps]) wake();
  };
  /** Aborts `run` and releases what it still waits for. */
  const abort = (run) => {
    run.ex.stop();
    release(run);
  };
  const stopCurrent = () => {
    if (!current) return;
    abort(current);
    current = null;
  };

  const handlerProxy = (run, key) => (input, context) => {
    const requestId = nextRequest++;
    // The context object is read here: asl-wasm offers it only until the handler settles or sleeps.
    const request = {
      type: 'taskRequest',
      runId: run.runId,
      requestId,
      key,
      input,
      context: {
        stateName: context.stateName,
        resource: context.resource,
        taskToken: context.taskToken,
        attempt: context.attempt,
        contextObject: context.contextObject,
      },
    };
    return new Promise((resolve, reject) => {
      run.requests.set(requestId, { resolve, reject, context });
      run.waiting.set(requestId, context.stateName);
      post({
        type: 'progress',
        runId: run.runId,
        phase: 'waiting',
        events: run.takeEvents(),
        waitingFor: [...new Set(run.waiting.values())].join(', '),
      });
      post(request);
    }).finally(() => run.waiting.delete(requestId));
  };

  /**
   * Answers a sandboxed handler's context.sleep / context.heartbeat with the real TaskContext
   * of its request; a request that is gone (answered, or its run over) gets the harmless answer.
   */
  const taskCall = (message) => {
    const run = current?.runId === message.runId ? current : null;
    const request = run?.requests.get(message.requestId);
    const reply = (value) => post({ type: 'taskCallResult', runId: message.runId, requestId: message.requestId, callId: message.callId, value });
    if (!request || !kTaskCallMethods.includes(message.method)) {
      reply(harmlessAnswer(message.method));
      return;
    }
    if (message.method === 'heartbeat') {
      reply(request.context.heartbeat() === true);
      return;
    }
    const wake = () => {
      if (run.sleeps.delete(wake)) reply(null);
    };
    run.sleeps.add(wake);
    request.context.sleep(Number(message.seconds)).then(wake, wake);
  };

  const finish = (run, result) => {
    if (current !== run) return;
    release(run);
    post({ type: 'finished', runId: run.runId, result });
    current = null;
  };
  const fail = (run, error) => {
    if (current !== run) return;
    release(run);
    post({ type: 'runError', runId: run.runId, code: error?.code ?? 'INTERNAL_ERROR', message: String(error?.message ?? error), diagnostics: error?.diagnostics ?? [] });
    current = null;
  };

  return {
    /** Handles one page message; returns false for messages that are not about runs. */
    handle(message) {
      switch (message?.type) {
        case 'start': {
          stopCurrent();
          const run = { runId: message.runId, requests: new Map(), waiting: new Map(), sleeps: new Set(), pendingEvents: [], stepBuffer: [], running: false, engineDone: false, ex: null };
          run.takeEvents = () => {
            const events = run.pendingEvents;
            run.pendingEvents = [];
            return events;
          };
          const handlers = Object.fromEntries((message.handlerNames ?? []).map((key) => [key, handlerProxy(run, key)]));
          run.ex = asl.start(message.definition, message.input, { mocks: message.mocks, handlers, ...message.options });
          current = run;
          if (run.ex.problem) fail(run, run.ex.problem);
          return true;
        }
        case 'run': {
          const run = current;
          if (!run || run.runId !== message.runId) return true;
          run.running = true;
          run.pendingEvents.push(...run.stepBuffer.splice(0));
          let last = 0;
          const onEvents = (events) => {
            run.pendingEvents.push(...events);
            const now = Date.now();
            if (now - last >= kProgressEveryMs) {
              last = now;
              post({ type: 'progress', runId: run.runId, phase: 'running', events: run.takeEvents() });
            }
          };
          post({ type: 'progress', runId: run.runId, phase: 'running', events: [] });
          run.ex.run({ onEvents }).then(
            (result) => finish(run, result),
            (error) => fail(run, error),
          );
          return true;
        }
        case 'step': {
          const run = current;
          if (!run || run.runId !== message.runId || run.running) return true;
          stepOneEvent(run).then(
            (outcome) => {
              if (current !== run) return;
              if (outcome.finished) {
                finish(run, outcome.finished);
                return;
              }
              const partial = typeof run.ex.report === 'function' ? run.ex.report() : undefined;
              post({ type: 'progress', runId: run.runId, phase: 'paused', events: outcome.events, dataFlow: partial?.dataFlow });
            },
            (error) => fail(run, error),
          );
          return true;
        }
        case 'stop': {
          const run = current;
          if (!run || run.runId !== message.runId) return true;
          abort(run);
          // run() (if going) resolves ABORTED and reports it; a paused execution reports now.
          if (!run.running) run.ex.run().then((result) => finish(run, result), (error) => fail(run, error));
          return true;
        }
        case 'taskCall':
          taskCall(message);
          return true;
        case 'taskResult': {
          const request = current?.runId === message.runId ? current.requests.get(message.requestId) : undefined;
          if (!request) return true;
          current.requests.delete(message.requestId);
          if (message.ok) request.resolve(JSON.parse(message.output));
          else request.reject(Object.assign(new Error(message.cause ?? ''), { name: message.error ?? 'Error' }));
          return true;
        }
        default:
          return false;
      }
    },
  };
}

/** Engine steps tried for one visible event before giving up (a step may add no event). */
const kMaxStepsPerEvent = 1000;

/**
 * Shows the history one event at a time: hands out the events an engine step added one by
 * one, stepping the engine again only when none is left.
 * @returns {Promise<{events: object[], finished?: object}>}  `finished`: the result, once the
 *   last event was handed out.
 */
async function stepOneEvent(run) {
  for (let tries = 0; run.stepBuffer.length === 0 && !run.engineDone && tries < kMaxStepsPerEvent; ++tries) {
    const stepped = await run.ex.step();
    run.stepBuffer.push(...stepped.newEvents);
    if (stepped.status !== 'RUNNING') run.engineDone = true;
  }
  const events = run.stepBuffer.splice(0, 1);
  if (run.engineDone && run.stepBuffer.length === 0) return { events, finished: await run.ex.run() };
  return { events };
}

function stoppedError() {
  return Object.assign(new Error('The execution was stopped.'), { name: 'States.Runtime' });
}
