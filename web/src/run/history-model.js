/**
 * Reads an execution history (events in the GetExecutionHistory shape) the way the AWS console
 * does: which state each event belongs to ("Step"), which Map iteration it ran in, and the
 * status every state has at a point of the history. Pure functions, no DOM.
 */

/**
 * @typedef {object} HistoryEvent
 * @property {number} id
 * @property {number} previousEventId
 * @property {string} timestamp  RFC 3339 on the virtual clock.
 * @property {string} type       AWS's event type, e.g. "TaskStateEntered".
 */

/**
 * @typedef {object} IterationStep  One level of Map nesting: the Map state and the item index.
 * @property {string} map
 * @property {number} index
 */

/**
 * @typedef {object} IndexedEvent
 * @property {HistoryEvent} event
 * @property {string} step  Name of the state the event belongs to ("" for execution events).
 * @property {IterationStep[]} iteration  Enclosing Map iterations, outermost first.
 * @property {object|undefined} details  The event's `*EventDetails` object.
 */

/** The `*EventDetails` member of an event, or undefined. */
export function eventDetails(event) {
  for (const key of Object.keys(event)) {
    if (key.endsWith('EventDetails')) return event[key];
  }
  return undefined;
}

const isIterationEvent = (type) => type.startsWith('MapIteration');
const isStateBoundary = (type) => type.endsWith('StateEntered') || type.endsWith('StateExited');

/**
 * Annotates every event with its state and Map iteration by following `previousEventId`, as
 * the events of a state chain back to its *StateEntered event and the events of an iteration
 * back to its MapIterationStarted event.
 * @param {HistoryEvent[]} events
 * @returns {IndexedEvent[]}
 */
export function indexHistory(events) {
  const byId = new Map();
  const out = [];
  for (const event of events) {
    const details = eventDetails(event);
    const named = (isStateBoundary(event.type) || isIterationEvent(event.type)) && typeof details?.name === 'string';
    const previous = byId.get(event.previousEventId);
    let step = '';
    let iteration = previous ? previous.iteration : [];
    if (isIterationEvent(event.type)) {
      // An iteration's first event chains to a sibling iteration or to the Map's start; either
      // way, the Map's own scope is the previous event's with this Map's level removed.
      iteration = [...iterationOutside(iteration, details.name), { map: details.name, index: Number(details.index) }];
      step = details.name;
    } else if (previous && isIterationEvent(previous.event.type) && previous.event.type !== 'MapIterationStarted') {
      // After an iteration ended, the next event is outside it (the Map's own events).
      iteration = iterationOutside(iteration, previous.step);
      step = named ? details.name : previous.step;
    } else if (named) {
      step = details.name;
    } else if (previous && !event.type.startsWith('Execution')) {
      step = previous.step;
    }
    if (event.type.startsWith('MapState')) iteration = iterationOutside(iteration, step);
    const indexed = { event, step, iteration, details };
    byId.set(event.id, indexed);
    out.push(indexed);
  }
  return out;
}

/** The iteration path with the given Map's level (and anything inside it) removed. */
function iterationOutside(iteration, mapName) {
  const at = iteration.findIndex((level) => level.map === mapName);
  return at < 0 ? iteration : iteration.slice(0, at);
}

/**
 * The rows of the events table.
 * @param {IndexedEvent[]} indexed
 * @returns {Array<{id: number, type: string, step: string, resource: string, startedAfterMs: number,
 *   timestamp: string, failed: boolean, iteration: IterationStep[], details: object|undefined}>}
 */
export function eventRows(indexed) {
  const start = indexed.length ? Date.parse(indexed[0].event.timestamp) : 0;
  return indexed.map(({ event, step, iteration, details }) => ({
    id: event.id,
    type: event.type,
    step,
    resource: details?.resourceType ? `${details.resourceType}:${details.resource}` : '',
    startedAfterMs: Math.max(0, Date.parse(event.timestamp) - start) || 0,
    timestamp: event.timestamp,
    failed: /(Failed|TimedOut|Aborted)$/.test(event.type),
    iteration,
    details,
  }));
}

const kFailure = /(Failed|TimedOut)$/;
const kRank = { failed: 5, running: 4, caught: 3, retried: 2, succeeded: 1 };

/**
 * The status of every state that ran, after the first `upTo` events.
 * Statuses: 'running' (entered, not left), 'succeeded', 'retried' (left after at least one
 * retry, or running again after a failure), 'caught' (left through a Catch), 'failed'.
 * When a state ran several times (a loop, Map iterations) the most telling status wins:
 * failed, then running, caught, retried, succeeded.
 * @param {IndexedEvent[]} indexed
 * @param {{upTo?: number, iteration?: IterationStep[]}} [options]  `iteration` keeps only the
 *   events of one Map iteration (and the events outside every iteration of that Map).
 * @returns {Map<string, string>} state name → status
 */
export function stateStatuses(indexed, options = {}) {
  const upTo = Math.min(options.upTo ?? indexed.length, indexed.length);
  const filter = options.iteration ?? [];
  const runs = new Map(); // state name → {status, failedAttempt, retried}
  const statuses = new Map();
  const settle = (name, status) => {
    const current = statuses.get(name);
    if (!current || kRank[status] >= kRank[current]) statuses.set(name, status);
  };
  for (let i = 0; i < upTo; ++i) {
    const { event, step, iteration } = indexed[i];
    if (event.type.startsWith('Execution')) {
      if (kFailure.test(event.type) || event.type === 'ExecutionAborted') {
        for (const run of runs.values()) if (run.status === 'running') run.status = 'failed';
      }
      continue;
    }
    if (!step || !inIteration(iteration, filter)) continue;
    let run = runs.get(step);
    if (event.type.endsWith('StateEntered')) {
      if (run && run.status !== 'running') settle(step, run.status);
      run = { status: 'running', failedAttempt: false, retried: false };
      runs.set(step, run);
    } else if (!run) {
      continue;
    } else if (event.type.endsWith('StateExited')) {
      run.status = run.failedAttempt ? 'caught' : run.retried ? 'retried' : 'succeeded';
    } else if (kFailure.test(event.type) && !isIterationEvent(event.type)) {
      run.failedAttempt = true;
    } else if (run.failedAttempt && (event.type.endsWith('Scheduled') || event.type.endsWith('StateStarted'))) {
      run.failedAttempt = false;
      run.retried = true;
    }
  }
  for (const [name, run] of runs) settle(name, run.status);
  return statuses;
}

/** True when an event's iteration path lies inside (or outside every level of) `filter`. */
export function inIteration(iteration, filter) {
  for (let level = 0; level < filter.length; ++level) {
    const at = iteration.find((step) => step.map === filter[level].map);
    if (at && at.index !== filter[level].index) return false;
  }
  return true;
}

/**
 * The iterations a Map state ran, for the iteration picker: index and outcome.
 * @param {IndexedEvent[]} indexed
 * @param {string} mapName
 * @returns {Array<{index: number, status: 'running'|'succeeded'|'failed'|'aborted'}>}
 */
export function mapIterations(indexed, mapName) {
  const byIndex = new Map();
  for (const { event, details } of indexed) {
    if (!isIterationEvent(event.type) || details?.name !== mapName) continue;
    const index = Number(details.index);
    const status =
      event.type === 'MapIterationStarted'
        ? 'running'
        : event.type === 'MapIterationSucceeded'
          ? 'succeeded'
          : event.type === 'MapIterationAborted'
            ? 'aborted'
            : 'failed';
    byIndex.set(index, status);
  }
  return [...byIndex].sort((a, b) => a[0] - b[0]).map(([index, status]) => ({ index, status }));
}

const kIndexCache = new WeakMap();

/**
 * indexHistory, computed once per events array (panels share the result). The array must not
 * be mutated afterwards; runs replace it as events arrive.
 * @param {HistoryEvent[]} events
 * @returns {IndexedEvent[]}
 */
export function indexedHistoryOf(events) {
  let indexed = kIndexCache.get(events);
  if (!indexed) {
    indexed = indexHistory(events);
    kIndexCache.set(events, indexed);
  }
  return indexed;
}

/**
 * Every Map iteration that started, as paths for the iteration picker, in history order.
 * @param {IndexedEvent[]} indexed
 * @returns {Array<{key: string, label: string, iteration: IterationStep[]}>}
 */
export function iterationChoices(indexed) {
  const seen = new Map();
  for (const { event, iteration } of indexed) {
    if (event.type !== 'MapIterationStarted') continue;
    const key = iteration.map((level) => `${level.map}#${level.index}`).join('/');
    if (!seen.has(key)) {
      seen.set(key, { key, label: iteration.map((level) => `${level.map} [${level.index}]`).join(' › '), iteration });
    }
  }
  return [...seen.values()];
}
