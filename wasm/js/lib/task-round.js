// Rounds of pending tasks answered by the host's JavaScript handlers, in the compact texts of
// core/api/task_rounds.h: the session lists what is pending as one JSON array, this file calls
// the handler of every listed task at once and joins their answers, in listing order, into the
// text the session's next settle() applies. A Task state's name, resource and handler are
// looked up once per execution (a "kind"), not once per task.
import { describe } from './arguments.js';

/** The `state` of a listing. */
export const RUNNING = 0;
export const WAITING = 1;
export const FINISHED = 2;

/** Separates the answers of one round. */
const SEPARATOR = '\x1e';
/** Where the first task's (kind, attempt, token, input) group starts in a listing. */
const FIRST_TASK = 2;
const GROUP = 4;

/** JSON text of `value`, or undefined when it has none (a function, a cycle, a BigInt). */
export function toJson(value) {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

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

/**
 * What a round of tasks needs from its execution.
 * @typedef {object} Round
 * @property {(index: number) => unknown} contextOf the `index`-th task's context object ($$)
 * @property {(index: number) => AbortSignal} signalOf its abort signal
 * @property {(index: number) => void} settled called as its handler settles
 * @property {(release: () => void) => void} hold receives the function that stops the wait
 */

/**
 * The second argument of a handler (TaskContext in index.d.ts). A class, with the context
 * object and the signal as getters on its prototype: an object literal with getters costs more
 * than the rest of a task's round trip in JavaScript.
 */
class TaskContext {
  #round;
  #index;

  constructor(kind, attempt, taskToken, round, index) {
    this.stateName = kind.stateName;
    this.resource = kind.resource;
    this.taskToken = taskToken;
    this.attempt = attempt;
    this.#round = round;
    this.#index = index;
  }

  get contextObject() {
    return this.#round.contextOf(this.#index);
  }

  get signal() {
    return this.#round.signalOf(this.#index);
  }
}

export class TaskRounds {
  #handlers;
  /** @type {{stateName: string, resource: string, handler: Function | undefined}[]} */
  #kinds = [];

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
   * Calls the handler of every task of `listing` at once. Returns the answers text when every
   * handler answered synchronously, else a promise of it, resolved once all have settled or
   * with null when the function `round.hold` received is called (the execution stopped waiting).
   * @param {unknown[]} listing
   * @param {Round} round
   * @returns {string | Promise<string | null>}
   */
  answer(listing, round) {
    const count = (listing.length - FIRST_TASK) / GROUP;
    const answers = new Array(count);
    let left = count;
    let done = null;
    const settle = (index, answer) => {
      answers[index] = answer;
      round.settled(index);
      if (--left === 0 && done !== null) done(answers.join(SEPARATOR));
    };
    for (let index = 0; index < count; index++) {
      const at = FIRST_TASK + index * GROUP;
      const kind = this.#kinds[listing[at]];
      if (kind.handler === undefined) {
        settle(index, failure('States.Runtime', `No mock or task handler answers the Task state '${kind.stateName}'.`));
        continue;
      }
      let value;
      let thenable;
      try {
        value = kind.handler(listing[at + 3], new TaskContext(kind, listing[at + 1], listing[at + 2], round, index));
        thenable = isThenable(value);
      } catch (thrown) {
        settle(index, thrownAnswer(thrown));
        continue;
      }
      if (!thenable) {
        settle(index, resultAnswer(kind, value));
        continue;
      }
      Promise.resolve(value).then(
        (result) => settle(index, resultAnswer(kind, result)),
        (thrown) => settle(index, thrownAnswer(thrown)),
      );
    }
    if (left === 0) return answers.join(SEPARATOR);
    return new Promise((resolve) => {
      done = resolve;
      round.hold(() => resolve(null));
    });
  }
}
