// Executions: asl.start(text, input, options) over the module's Session (core/api/session.h).
//
// C++ never waits for JavaScript. The session runs until it finishes, spends its step budget or
// waits for tasks that the host answers; then this file calls the handlers of every pending task
// at once (lib/task-round.js) and hands their answers back in the order the engine listed the
// tasks, together with the next run of steps (one call into the module per round), so the
// history does not depend on which handler finished first. Design: wasm/DESIGN.md.
import { argumentProblem, describe, internalError, toJson, utf8Argument } from './arguments.js';
import { AslError } from './asl-error.js';
import { sessionOptions } from './start-options.js';
import { ASLEEP, FINISHED, TaskRounds, WAITING } from './task-round.js';

export { AslError };

/** What the session answers to a call that worked. */
const OK = '{"ok":true}';

/** Engine steps per call into the module. */
const STEP_BUDGET = 4096;
/** Longest stretch of work, in ms, before run() lets the event loop run. */
const SLICE_MS = 10;

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
  const created = core.call((m) => new m.Session(utf8Argument(text), utf8Argument(inputJson), optionsJson));
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
  /** @type {TaskRounds} */
  #rounds;
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
  /** The answers of the last round, for the next settle(). */
  #answers = '';
  /** What the handlers' contexts call (TaskRounds' Host), made with the first round. */
  #host = null;

  constructor(core, handlers) {
    this.#core = core;
    this.#rounds = new TaskRounds(handlers !== null && typeof handlers === 'object' ? handlers : {});
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

  /**
   * Hands the last round's answers to the session and runs at most `steps` steps: the listing
   * of what is pending then (core/api/task_rounds.h).
   */
  #settle(steps) {
    const answers = this.#stopped ? '' : this.#answers;
    this.#answers = '';
    const listing = this.#json((s) => s.settle(answers, steps));
    if (!Array.isArray(listing)) {
      this.#problem = new AslError('INTERNAL_ERROR', internalError(listing.error));
      throw this.#problem;
    }
    return this.#rounds.read(listing);
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
    let listing = null;
    for (;;) {
      listing ??= this.#settle(STEP_BUDGET);
      if (listing[0] === FINISHED) {
        if (onEvents) this.#deliverEvents(onEvents);
        return this.#finish();
      }
      const current = listing;
      listing = null;
      if (current[0] === WAITING) {
        if (onEvents) this.#deliverEvents(onEvents);
        const answers = this.#answer(current);
        listing = this.#endRound(typeof answers === 'string' || answers === ASLEEP ? answers : await answers);
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
    let listing = this.#settle(1);
    if (listing[0] === WAITING) {
      const answers = this.#answer(listing);
      listing = this.#endRound(typeof answers === 'string' || answers === ASLEEP ? answers : await answers) ??
        this.#settle(1);
    }
    const { events, count } = this.#json((s) => s.eventsSince(this.#eventCount));
    this.#eventCount = count;
    return {
      status: listing[0] === FINISHED ? this.#finish().status : 'RUNNING',
      pendingTasks: this.#rounds.tasks(listing),
      newEvents: events,
    };
  }

  /**
   * Calls the handlers of the newly listed tasks concurrently: the answers of the settled ones
   * in listing order, or ASLEEP (TaskRounds.answer), or a promise of either when some handler
   * answers asynchronously.
   * @returns {string | symbol | Promise<string | symbol | null>}
   */
  #answer(listing) {
    const round = { contexts: null };
    this.#round = round;
    this.#host ??= {
      contextOf: (of, index) => this.#contextOf(of, index),
      signalOf: (handler) => this.#signalOf(handler),
      settled: (handler) => {
        if (handler.controller) this.#controllers.delete(handler.controller);
      },
      heartbeat: (token) => {
        try {
          return this.#call((s) => s.heartbeat(token)) === OK;
        } catch {
          return false;  // The module failed; run() reports it.
        }
      },
      now: () => JSON.parse(this.#call((s) => s.clock())).now,
      hold: (release) => {
        this.#wake = release;  // stop() stops waiting for handlers that may never settle.
      },
    };
    return this.#rounds.answer(listing, this.#host, round);
  }

  /**
   * Ends a round: keeps its answers (null: it was abandoned) for the next settle() and returns
   * null, or, when every handler out sleeps, moves the clock and returns the listing after it.
   */
  #endRound(answers) {
    this.#wake = null;
    this.#round = null;
    if (answers === ASLEEP) return this.#stopped ? null : this.#advanceClock();
    this.#answers = answers ?? '';
    return null;
  }

  /**
   * Moves the virtual clock to the earliest instant a sleeping handler waits for (every handler
   * out sleeps), wakes the handlers due then, and returns the listing after it.
   */
  #advanceClock() {
    const until = this.#rounds.earliestWake();
    const listing = this.#json((s) => s.advanceClockTo(until));
    if (!Array.isArray(listing)) {
      this.#problem = new AslError('INTERNAL_ERROR', internalError(listing.error));
      throw this.#problem;
    }
    this.#rounds.read(listing);
    this.#rounds.wake(until);
    return listing;
  }

  /** The abort signal of a handler, made when it asks for it. */
  #signalOf(handler) {
    let controller = handler.controller;
    if (!controller) {
      controller = handler.controller = new AbortController();
      if (this.#stopped) controller.abort(new AslError('ABORTED', 'the execution was stopped'));
      else this.#controllers.add(controller);
    }
    return controller.signal;
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
