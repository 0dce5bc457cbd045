/**
 * The one store of the playground: a plain state object replaced on every update, and
 * listeners told about each change. Modules receive the store from the composition root
 * (main.js); nothing else is shared between them.
 */

/**
 * @typedef {object} Workspace
 * @property {string} definition  The state machine definition (ASL JSON text).
 * @property {string} input       The execution input (JSON text).
 * @property {string} handlers    JavaScript task handlers (module text).
 * @property {string} mocks       Declarative mocks in the Step Functions Local format (JSON text).
 * @property {string} example     Name of the example the work started from, or "".
 */

/**
 * @typedef {object} AppState
 * @property {Workspace} workspace
 * @property {{status: 'loading'|'ready'|'unavailable', message: string, version: string,
 *   canExecute: boolean}} engine  Status of the analysis worker and its WASM module.
 * @property {{valid: boolean, diagnostics: Array<object>, pending: boolean}} validation
 * @property {{graph: object|null, error: string}} graph  Last graph of the definition.
 * @property {string} selectedState  JSON pointer of the state under the cursor, or "".
 * @property {RunView} run  The execution shown (live or reopened from the archive).
 * @property {string} mockCase  "machine / case" of the mock configuration that Run uses ("" = the first).
 * @property {{kind: 'info'|'error', text: string}|null} notice  Message shown to the user.
 * @property {'light'|'dark'} theme
 */

/**
 * @typedef {object} RunView
 * @property {number} runId  Increases with every run; 0 before the first.
 * @property {'idle'|'running'|'waiting'|'paused'|'finished'} phase
 * @property {Array<object>} events  History so far (GetExecutionHistory shape); replaced, never mutated.
 * @property {Array<object>} dataFlow  Data-flow records so far.
 * @property {object|null} result  {status, output, error, cause, history, dataFlow} once finished.
 * @property {number|null} cursor  Events shown by time travel; null shows them all.
 * @property {Array<{map: string, index: number}>} iteration  Map iteration the views narrow to.
 * @property {string} message  Why a run did not start or could not finish, for people.
 * @property {object} [expected]  ExpectedResults of the mock test case the run used.
 * @property {string} [testCase]  That test case ("machine / case").
 */

/** The run view before any run (and after leaving a reopened past run with no run of this page). */
export function idleRun() {
  return { runId: 0, phase: 'idle', events: [], dataFlow: [], result: null, cursor: null, iteration: [], message: '' };
}

/**
 * Creates a store.
 * @param {AppState} initial
 * @returns {{get: () => AppState,
 *   update: (change: Partial<AppState>|((s: AppState) => Partial<AppState>), source?: string) => void,
 *   subscribe: (listener: (state: AppState, previous: AppState, source: string) => void) => () => void}}
 */
export function createStore(initial) {
  let state = initial;
  const listeners = new Set();
  return {
    get: () => state,
    update(change, source = 'app') {
      const patch = typeof change === 'function' ? change(state) : change;
      const previous = state;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, previous, source);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Replaces some fields of the workspace.
 * @param {ReturnType<typeof createStore>} store
 * @param {Partial<Workspace>} fields
 * @param {string} source  "user" for edits typed by the user (these are autosaved).
 */
export function updateWorkspace(store, fields, source) {
  store.update((s) => ({ workspace: { ...s.workspace, ...fields } }), source);
}
