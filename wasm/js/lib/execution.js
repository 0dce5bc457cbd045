// Executions: asl.start(text, input, options) over the module's Session (core/api/session.h).
//
// C++ never waits for JavaScript. The session runs until it finishes, spends its step budget or
// waits for tasks that the host answers; then this file calls the handlers of every pending task
// at once and applies their answers in the order the engine listed the tasks, so the history
// does not depend on which handler finished first. Design: wasm/DESIGN.md.
import { argumentProblem, describe, internalError } from './arguments.js';

/** What the session answers to a call that worked. */
const OK = '{"ok":true}';
/** Engine steps per call into the module. */
const STEP_BUDGET = 4096;
/** Longest stretch of work, in ms, before run() lets the event loop run. */
const SLICE_MS = 10;

/** An execution that cannot run: bad arguments, an invalid definition, a module failure. */
export class AslError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   * @param {object[]} [diagnostics]
   */
  constructor(code, message, diagnostics = []) {
    super(message);
    this.name = 'AslError';
    this.code = code;
    this.diagnostics = diagnostics;
  }
}

/** Resolves after the event loop has run once (timers, I/O, rendering). */
const yieldToEventLoop =
  typeof setImmediate === 'function'
    ? () => new Promise((resolve) => setImmediate(resolve))
    : typeof MessageChannel === 'function'
      ? (() => {
          const channel = new MessageChannel();
          const waiting = [];
          channel.port1.onmessage = () => waiting.shift()?.();
          return () => new Promise((resolve) => {
            waiting.push(resolve);
            channel.port2.postMessage(null);
          });
        })()
      : () => new Promise((resolve) => setTimeout(resolve, 0));

const utf8 = new TextDecoder();
/** Text of a result the module returns as a UTF-8 view of its memory (valid until its next call). */
const decodeView = (view) => utf8.decode(view);

const now = typeof performance === 'object' ? () => performance.now() : () => Date.now();

/** Frees sessions whose execution was dropped before it finished. */
const sessions = new FinalizationRegistry(({ core, generation, handle }) => {
  if (core.instance !== null && core.generation === generation) core.call(() => handle.delete());
});

/** The error a thrown value makes: Error-like → its name and message, else States.TaskFailed. */
function thrownToFailure(thrown) {
  if (thrown !== null && typeof thrown === 'object' &&
      typeof thrown.name === 'string' && typeof thrown.message === 'string') {
    return { error: thrown.name, cause: thrown.message };
  }
  let text;
  try {
    text = String(thrown);
  } catch {
    text = describe(thrown);
  }
  return { error: 'States.TaskFailed', cause: text };
}

/** JSON text of `value`, or undefined when it has none (a function, a cycle, a BigInt). */
function toJson(value) {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** The options object of Session::Create, or an AslError. */
function sessionOptions(options) {
  if (options === null || typeof options !== 'object') {
    return new AslError('INVALID_OPTIONS', `start() takes its options as an object, not ${describe(options)}.`);
  }
  const { mocks, handlers = {}, startTime, seed, history, dataFlow, maxPayloadBytes, maxHistoryEvents, maxTransitions } = options;
  if (handlers === null || typeof handlers !== 'object') {
    return new AslError('INVALID_OPTIONS', `handlers must be an object mapping state names and resource ARNs to functions, not ${describe(handlers)}.`);
  }
  const names = Object.keys(handlers);
  for (const name of names) {
    if (typeof handlers[name] !== 'function') {
      return new AslError('INVALID_OPTIONS', `handlers['${name}'] must be a function, not ${describe(handlers[name])}.`);
    }
  }
  const out = { mocks, seed, history, dataFlow, maxPayloadBytes, maxHistoryEvents, maxTransitions };
  if (names.length > 0) out.host = { states: names, resources: names };
  if (startTime instanceof Date || typeof startTime === 'number') {
    const date = new Date(startTime);
    if (Number.isNaN(date.getTime())) return new AslError('INVALID_OPTIONS', 'startTime is not a valid date.');
    out.startTime = date.toISOString();
  } else {
    out.startTime = startTime;
  }
  const text = toJson(out);  // Drops the options that are undefined.
  if (text === undefined) return new AslError('INVALID_OPTIONS', 'the options cannot be serialised as JSON.');
  return text;
}

/**
 * Starts an execution; see Asl.start in index.d.ts. Never throws: a problem is kept and
 * reported by run() and step().
 * @param {import('./core.js').Core} core
 */
export function startExecution(core, text, input, options = {}) {
  const execution = new Execution(core, options?.handlers);
  const problem = argumentProblem('start', text);
  if (problem) return execution.fail(new AslError(problem.code, problem.message));
  const inputJson = toJson(input === undefined ? {} : input);
  if (inputJson === undefined) {
    return execution.fail(new AslError('INVALID_INPUT', `the input cannot be serialised as JSON (${describe(input)}).`));
  }
  const optionsJson = sessionOptions(options);
  if (optionsJson instanceof AslError) return execution.fail(optionsJson);
  const created = core.call((m) => new m.Session(text, inputJson, optionsJson));
  if ('failure' in created) return execution.fail(new AslError('INTERNAL_ERROR', internalError(created.failure)));
  const handle = created.value;
  if (!handle.ok()) {
    const { error, kind, diagnostics } = JSON.parse(handle.error());
    handle.delete();
    const code = { definition: 'INVALID_DEFINITION', input: 'INVALID_INPUT' }[kind] ?? 'INVALID_OPTIONS';
    return execution.fail(new AslError(code, error, diagnostics));
  }
  return execution.attach(handle, core.generation);
}

class Execution {
  #core;
  #handlers;
  #handle = null;
  #generation = 0;
  /** @type {AslError | null} */
  #problem = null;
  #result = null;
  #runPromise = null;
  /** Serialises run() and step(). */
  #tail = Promise.resolve();
  #stopped = false;
  /** Ends the wait for the current round's handlers. */
  #wake = null;
  #controllers = new Set();
  #eventCount = 0;
  /** The current round of pending tasks: {contexts} filled on demand. */
  #round = null;

  constructor(core, handlers) {
    this.#core = core;
    this.#handlers = handlers !== null && typeof handlers === 'object' ? handlers : {};
  }

  /** @internal */
  fail(problem) {
    this.#problem = problem;
    return this;
  }

  /** @internal */
  attach(handle, generation) {
    this.#handle = handle;
    this.#generation = generation;
    sessions.register(this, { core: this.#core, generation, handle }, this);
    return this;
  }

  /** The reason this execution cannot run, or null. */
  get problem() {
    return this.#problem;
  }

  run(options) {
    if (this.#problem) return Promise.reject(this.#problem);
    const onEvents = typeof options?.onEvents === 'function' ? options.onEvents : null;
    this.#runPromise ??= this.#exclusive(() => this.#runLoop(onEvents));
    return this.#runPromise;
  }

  report() {
    if (this.#problem) return null;
    if (this.#result) return this.#result;
    const report = this.#json((s) => s.report());
    const { status, output, error, cause, events = [], dataFlow = [] } = report;
    return { status, output, error, cause, history: events, dataFlow };
  }

  step() {
    if (this.#problem) return Promise.reject(this.#problem);
    return this.#exclusive(() => this.#stepOnce());
  }

  stop() {
    if (this.#problem || this.#result || this.#stopped) return;
    this.#stopped = true;
    try {
      this.#call((s) => s.stop());
    } catch {
      // The module failed: the problem is kept and run() reports it.
    }
    for (const controller of this.#controllers) controller.abort(new AslError('ABORTED', 'the execution was stopped'));
    this.#controllers.clear();
    this.#wake?.();
  }

  #exclusive(operation) {
    const result = this.#tail.then(operation);
    this.#tail = result.catch(() => {});
    return result;
  }

  /** Calls the session; a module failure ends the execution with INTERNAL_ERROR (thrown). */
  #call(fn) {
    if (this.#problem) throw this.#problem;
    const handle = this.#handle;
    const outcome = this.#core.callIn(this.#generation, () => fn(handle));
    if ('failure' in outcome) {
      this.#handle = null;
      sessions.unregister(this);
      this.#problem = new AslError('INTERNAL_ERROR', internalError(outcome.failure));
      throw this.#problem;
    }
    return outcome.value;
  }

  /** Calls a session method that returns JSON as a UTF-8 view, and parses it. */
  #json(fn) {
    return JSON.parse(this.#call((s) => decodeView(fn(s))));
  }

  #advance(steps) {
    return this.#json((s) => s.advance(steps));
  }

  /**
   * The result. `history` and `dataFlow` are read from the module when first accessed (turning
   * 100,000 events into objects costs more than running them); the session lives until both
   * were read, or until the result and the execution are garbage-collected.
   */
  #finish() {
    if (this.#result) return this.#result;
    const { status, output, error, cause } = this.#json((s) => s.outcome());
    const result = { status, output, error, cause };
    const unread = new Set(['history', 'dataFlow']);
    const read = (key) => {
      if (!unread.has(key)) return [];
      const value = this.#json((s) => s[key]());
      unread.delete(key);
      if (unread.size === 0) this.#release(result);
      return value;
    };
    for (const key of ['history', 'dataFlow']) {
      const settle = (value) => Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      Object.defineProperty(result, key, {
        enumerable: true,
        configurable: true,
        get: () => settle(read(key))[key],
        set: settle,
      });
    }
    sessions.unregister(this);
    sessions.register(result, { core: this.#core, generation: this.#generation, handle: this.#handle }, result);
    this.#result = result;
    return result;
  }

  /** Deletes the session once the finished result no longer needs it. */
  #release(result) {
    sessions.unregister(result);
    try {
      this.#call((s) => s.delete());
    } catch {
      // The module failed; its memory is gone with it.
    }
    this.#handle = null;
  }

  async #runLoop(onEvents) {
    if (this.#result) return this.#result;
    let sliceStart = now();
    for (;;) {
      const state = this.#advance(STEP_BUDGET);
      if (state.state === 'finished') {
        if (onEvents) this.#deliverEvents(onEvents);
        return this.#finish();
      }
      if (state.state === 'waiting') {
        if (onEvents) this.#deliverEvents(onEvents);
        await this.#answer(state.pending);
      }
      if (now() - sliceStart > SLICE_MS) {
        if (onEvents) this.#deliverEvents(onEvents);
        await yieldToEventLoop();
        sliceStart = now();
      }
    }
  }

  /** Hands the events recorded since the last delivery (or step) to `onEvents`. */
  #deliverEvents(onEvents) {
    const { events, count } = this.#json((s) => s.eventsSince(this.#eventCount));
    this.#eventCount = count;
    if (events.length === 0) return;
    try {
      onEvents(events);
    } catch {
      // A failing progress callback does not stop the execution.
    }
  }

  async #stepOnce() {
    if (this.#result) return { status: this.#result.status, pendingTasks: [], newEvents: [] };
    let state = this.#advance(1);
    if (state.state === 'waiting') {
      await this.#answer(state.pending);
      state = this.#advance(1);
    }
    const { events, count } = this.#json((s) => s.eventsSince(this.#eventCount));
    this.#eventCount = count;
    if (state.state === 'finished') this.#finish();
    return {
      status: state.status,
      pendingTasks: state.pending.map((task) => ({
        stateName: task.state,
        resource: task.resource,
        taskToken: task.token,
        attempt: task.attempt,
        input: task.input,
      })),
      newEvents: events,
    };
  }

  /** Calls the handlers of `pending` concurrently and applies their answers in engine order. */
  async #answer(pending) {
    const round = { contexts: null };
    this.#round = round;
    const answers = new Array(pending.length);
    await new Promise((resolve) => {
      this.#wake = resolve;  // stop() stops waiting for handlers that may never settle.
      let left = pending.length;
      for (const [index, task] of pending.entries()) {
        this.#callHandler(task, round, index).then((answer) => {
          answers[index] = answer;
          if (--left === 0) resolve();
        });
      }
    });
    this.#wake = null;
    this.#round = null;
    if (this.#stopped) return;
    for (const [index, task] of pending.entries()) {
      const answer = answers[index];
      // A token that is no longer pending (an earlier answer ended its branch) is dropped.
      if ('result' in answer) {
        const reply = this.#call((s) => s.complete(task.token, answer.result));
        if (reply === OK) continue;
        const { error } = JSON.parse(reply);
        if (error.startsWith('no pending task')) continue;
        // JSON.stringify wrote what the engine does not read (nesting deeper than 1,000).
        answer.error = 'States.Runtime';
        answer.cause = `The result of the Task state '${task.state}' is not valid JSON: ${error}`;
      }
      this.#call((s) => s.fail(task.token, answer.error, answer.cause));
    }
  }

  /** The handler's answer: {result: JSON text} or {error, cause}. Never rejects. */
  async #callHandler(task, round, index) {
    const handlers = this.#handlers;
    const handler = Object.hasOwn(handlers, task.state) ? handlers[task.state]
      : Object.hasOwn(handlers, task.resource) ? handlers[task.resource] : undefined;
    if (typeof handler !== 'function') {
      return { error: 'States.Runtime', cause: `No mock or task handler answers the Task state '${task.state}'.` };
    }
    const execution = this;
    let controller;  // Made when the handler asks for its signal: AbortControllers are not cheap.
    const context = {
      stateName: task.state,
      resource: task.resource,
      taskToken: task.token,
      attempt: task.attempt,
      get contextObject() {
        return execution.#contextOf(round, index);
      },
      get signal() {
        if (!controller) {
          controller = new AbortController();
          if (execution.#stopped) controller.abort(new AslError('ABORTED', 'the execution was stopped'));
          else execution.#controllers.add(controller);
        }
        return controller.signal;
      },
    };
    try {
      const value = await handler(task.input, context);
      const result = toJson(value === undefined ? null : value);
      if (result === undefined) {
        return { error: 'States.Runtime', cause: `The handler of the Task state '${task.state}' returned a value that cannot be serialised as JSON (${describe(value)}).` };
      }
      return { result };
    } catch (thrown) {
      return thrownToFailure(thrown);
    } finally {
      if (controller) this.#controllers.delete(controller);
    }
  }

  /** The context object ($$) of the round's `index`-th task; null once the round is over. */
  #contextOf(round, index) {
    if (round.contexts === null) {
      if (this.#round !== round) return null;
      round.contexts = this.#json((s) => s.pendingContexts());
    }
    return round.contexts[index] ?? null;
  }
}
