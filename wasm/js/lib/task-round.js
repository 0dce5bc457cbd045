// Rounds of pending tasks answered by the host's JavaScript handlers, in the compact texts of
// core/api/task_rounds.h: the session lists what is pending as one JSON array, this file calls
// the handler of every newly listed task at once and joins their answers, in listing order,
// into the text the session's next settle() applies. A Task state's name, resource and handler
// are looked up once per execution (a "kind"), not once per task. Handlers are tracked by task
// token, so one that sleeps on the virtual clock (context.sleep) stays out across listings.
import { describe, toJson } from './arguments.js';

/** The `state` of a listing. */
export const RUNNING = 0;
export const WAITING = 1;
export const FINISHED = 2;

/** Separates the answers of one round. */
const SEPARATOR = '\x1e';
/** Where the first task's (kind, attempt, token, input) group starts in a listing. */
const FIRST_TASK = 2;
const GROUP = 4;

/** The answer that fails a task with `error` and `cause`. */
function failure(error, cause) {
  return `F${JSON.stringify([error, cause])}`;
}

/** The answer of a thrown value: Error-like → its name and message, else States.TaskFailed. */
function thrownAnswer(thrown) {
  if (thrown !== null && typeof thrown === 'object' &&
      typeof thrown.name === 'string' && typeof thrown.message === 'string') {
    return failure(thrown.name, thrown.message);
  }
  let text;
  try {
    text = String(thrown);
  } catch {
    text = describe(thrown);
  }
  return failure('States.TaskFailed', text);
}

/** The answer of a handler's value (`undefined` → null); States.Runtime when it is not JSON. */
function resultAnswer(kind, value) {
  const json = toJson(value === undefined ? null : value);
  if (json !== undefined) return `R${json}`;
  return failure('States.Runtime', `The handler of the Task state '${kind.stateName}' returned a value that cannot be serialised as JSON (${describe(value)}).`);
}

/** True when `value` is adopted as a promise would be (`await` waits for it). */
function isThenable(value) {
  return value instanceof Promise ||
    (value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function');
}

/** What answer() gives when every handler still out is asleep: the clock must move. */
export const ASLEEP = Symbol('asleep');

/**
 * What the tasks need from their execution.
 * @typedef {object} Host
 * @property {(round: object, index: number) => unknown} contextOf the context object of the
 *   `index`-th task of the listing `round` stands for
 * @property {(handler: Handler) => AbortSignal} signalOf a handler's abort signal
 * @property {(handler: Handler) => void} settled called as a handler settles
 * @property {(token: string) => boolean} heartbeat SendTaskHeartbeat
 * @property {() => number} now the virtual clock (ms since the epoch)
 * @property {(release: () => void) => void} hold receives the function that stops the wait
 */

/**
 * A handler that is out: its answer once settled, or its sleep.
 * @typedef {{answer: string | null, asleep: {until: number, wake: Function[]} | null,
 *   abandoned: boolean, controller?: AbortController}} Handler
 */

/**
 * The second argument of a handler (TaskContext in index.d.ts). A class, with the context
 * object and the signal as getters on its prototype: an object literal with getters costs more
 * than the rest of a task's round trip in JavaScript.
 */
class TaskContext {
  #rounds;
  #host;
  #round;
  #index;
  #handler;

  constructor(kind, attempt, taskToken, rounds, host, round, index, handler) {
    this.stateName = kind.stateName;
    this.resource = kind.resource;
    this.taskToken = taskToken;
    this.attempt = attempt;
    this.#rounds = rounds;
    this.#host = host;
    this.#round = round;
    this.#index = index;
    this.#handler = handler;
  }

  get contextObject() {
    return this.#host.contextOf(this.#round, this.#index);
  }

  get signal() {
    return this.#host.signalOf(this.#handler);
  }

  heartbeat() {
    return !this.#handler.abandoned && this.#host.heartbeat(this.taskToken);
  }

  sleep(seconds) {
    return this.#rounds.sleep(this.#handler, this.#host, seconds);
  }
}

export class TaskRounds {
  #handlers;
  /** @type {{stateName: string, resource: string, handler: Function | undefined}[]} */
  #kinds = [];
  /** @type {Map<string, Handler>} the handlers out, by task token */
  #out = new Map();
  /** How many handlers out are neither settled nor asleep. */
  #busy = 0;
  /** Ends the current wait once #busy is 0. */
  #ready = null;

  /** @param {Record<string, Function>} handlers by state name or resource ARN */
  constructor(handlers) {
    this.#handlers = handlers;
  }

  /** Learns the kinds of task a listing introduces; every listing passes through here once. */
  read(listing) {
    const kinds = listing[1];
    if (kinds === 0) return listing;
    const handlers = this.#handlers;
    for (const [stateName, resource] of kinds) {
      const handler = Object.hasOwn(handlers, stateName) ? handlers[stateName]
        : Object.hasOwn(handlers, resource) ? handlers[resource] : undefined;
      this.#kinds.push({ stateName, resource, handler: typeof handler === 'function' ? handler : undefined });
    }
    return listing;
  }

  /** The tasks of a listing as step() reports them. */
  tasks(listing) {
    const out = [];
    for (let at = FIRST_TASK; at < listing.length; at += GROUP) {
      const { stateName, resource } = this.#kinds[listing[at]];
      out.push({ stateName, resource, taskToken: listing[at + 2], attempt: listing[at + 1], input: listing[at + 3] });
    }
    return out;
  }

  /**
   * Calls the handler of every newly listed task at once (the handlers of tasks listed before
   * are still out, or asleep) and waits until every handler out has settled or sleeps. Returns
   * the answers text for the session's next settle(): settled handlers' answers, "S" for the
   * sleeping ones; ASLEEP when all of them sleep; synchronously when no handler had to be
   * waited for, else as a promise (resolved with null when `round.hold`'s function is called:
   * the execution stopped waiting). Handlers whose task is no longer listed (it timed out, or
   * its branch ended) are abandoned: what they answer later is dropped.
   * @param {unknown[]} listing
   * @param {Host} host
   * @param {object} round what the execution knows of this listing (for contextOf)
   * @returns {string | typeof ASLEEP | Promise<string | typeof ASLEEP | null>}
   */
  answer(listing, host, round) {
    const count = (listing.length - FIRST_TASK) / GROUP;
    if (this.#out.size > 0) this.#abandonUnlisted(listing);
    for (let index = 0; index < count; index++) {
      const at = FIRST_TASK + index * GROUP;
      const token = listing[at + 2];
      if (this.#out.has(token)) continue;
      const handler = { answer: null, asleep: null, abandoned: false };
      this.#out.set(token, handler);
      this.#busy++;
      this.#start(handler, this.#kinds[listing[at]], listing[at + 1], token, listing[at + 3], host, round, index);
    }
    if (this.#busy === 0) return this.#collect(listing);
    return new Promise((resolve) => {
      this.#ready = () => resolve(this.#collect(listing));
      host.hold(() => {
        this.#ready = null;
        resolve(null);
      });
    });
  }

  /** The earliest instant a sleeping handler waits for. */
  earliestWake() {
    let until = Infinity;
    for (const handler of this.#out.values()) {
      if (handler.asleep !== null && handler.asleep.until < until) until = handler.asleep.until;
    }
    return until;
  }

  /** Wakes the handlers that sleep until `now` or earlier. */
  wake(now) {
    for (const handler of this.#out.values()) {
      if (handler.asleep === null || handler.asleep.until > now) continue;
      const { wake } = handler.asleep;
      handler.asleep = null;
      this.#busy++;
      for (const resolve of wake) resolve();
    }
  }

  /** context.sleep(seconds): resolves once the virtual clock has moved `seconds` on. */
  sleep(handler, host, seconds) {
    const ms = Number(seconds) * 1000;
    if (handler.abandoned || handler.answer !== null || !(ms > 0)) return Promise.resolve();
    return new Promise((resolve) => {
      if (handler.asleep !== null) {
        handler.asleep.wake.push(resolve);  // Two sleeps at once end together.
        return;
      }
      handler.asleep = { until: host.now() + Math.min(ms, 8.64e15), wake: [resolve] };
      this.#idle();
    });
  }

  #start(handler, kind, attempt, token, input, host, round, index) {
    const settle = (answer) => {
      if (handler.abandoned || handler.answer !== null) return;
      handler.answer = answer;
      host.settled(handler);
      this.#idle();
    };
    if (kind.handler === undefined) {
      settle(failure('States.Runtime', `No mock or task handler answers the Task state '${kind.stateName}'.`));
      return;
    }
    let value;
    let thenable;
    try {
      value = kind.handler(input, new TaskContext(kind, attempt, token, this, host, round, index, handler));
      thenable = isThenable(value);
    } catch (thrown) {
      settle(thrownAnswer(thrown));
      return;
    }
    if (!thenable) {
      settle(resultAnswer(kind, value));
      return;
    }
    Promise.resolve(value).then(
      (result) => settle(resultAnswer(kind, result)),
      (thrown) => settle(thrownAnswer(thrown)),
    );
  }

  /** One handler fewer is busy; ends the wait when none is. */
  #idle() {
    if (--this.#busy > 0 || this.#ready === null) return;
    const ready = this.#ready;
    this.#ready = null;
    ready();
  }

  #abandonUnlisted(listing) {
    const listed = new Set();
    for (let at = FIRST_TASK + 2; at < listing.length; at += GROUP) listed.add(listing[at]);
    for (const [token, handler] of this.#out) {
      if (listed.has(token)) continue;
      this.#out.delete(token);
      handler.abandoned = true;
      if (handler.answer === null && handler.asleep === null) this.#busy--;
      if (handler.asleep !== null) for (const resolve of handler.asleep.wake) resolve();
    }
  }

  /** The answers text of the settled handlers (see answer()). */
  #collect(listing) {
    let answers = '';
    let skipped = '';
    for (let at = FIRST_TASK; at < listing.length; at += GROUP) {
      const token = listing[at + 2];
      const handler = this.#out.get(token);
      if (handler === undefined || handler.answer === null) {
        skipped += answers === '' && skipped === '' ? 'S' : `${SEPARATOR}S`;
        continue;
      }
      answers += (answers === '' && skipped === '' ? '' : skipped + SEPARATOR) + handler.answer;
      skipped = '';
      this.#out.delete(token);
    }
    return answers === '' ? ASLEEP : answers;
  }
}
