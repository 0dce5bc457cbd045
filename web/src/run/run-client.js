/**
 * The page side of running (see PROTOCOL.md): checks the input, mocks and handlers, starts an
 * execution in the worker, answers its task requests through the handler sandbox, and puts
 * events and results into the store. Finished runs go to the archive of past executions.
 */
import { startHandlers } from '../handlers/handler-sandbox.js';
import { selectMocks } from './mock-selection.js';
import { sameJson } from './expected-result.js';
import { createPendingCalls } from './task-calls.js';

/**
 * @param {ReturnType<import('../store.js').createStore>} store
 * @param {Worker} worker  The analysis worker, which also runs executions (run-host.js).
 * @param {{sandboxHost: HTMLElement, archive?: ReturnType<import('./execution-archive.js').createExecutionArchive>,
 *   onFinished?: (result: object, archived: Promise<unknown>) => void, onInvalidDefinition?: () => void}} options
 *   `archived` settles once the run is in the archive.
 * @returns {{run: () => Promise<void>, step: () => Promise<void>, stop: () => void}}
 */
export function startRunClient(store, worker, options) {
  let nextRunId = 1;
  let sandbox = null;
  let starting = false;
  // Handlers' context.sleep / context.heartbeat calls on their way to the worker and back.
  const calls = createPendingCalls();

  const updateRun = (runId, change) => {
    const { run } = store.get();
    if (run.runId !== runId) return;
    store.update({ run: { ...run, ...(typeof change === 'function' ? change(run) : change) } });
  };
  const notify = (text) => store.update({ notice: { kind: 'error', text } });
  const active = () => ['running', 'waiting', 'paused'].includes(store.get().run.phase);
  const disposeSandbox = () => {
    sandbox?.dispose();
    sandbox = null;
    calls.drop();
  };

  /** Starts a new execution; resolves to its id, or 0 when it cannot start. */
  const begin = async () => {
    const state = store.get();
    if (!state.engine.canExecute) {
      notify('Running needs the execution engine, which is still loading or could not start.');
      return 0;
    }
    const { workspace } = state;
    let input;
    try {
      input = workspace.input.trim() === '' ? {} : JSON.parse(workspace.input);
    } catch (error) {
      notify(`The execution input is not valid JSON: ${error.message}. Fix it in the Input tab.`);
      return 0;
    }
    const mocks = selectMocks(workspace.mocks, state.mockCase ?? '');
    if (mocks.error) {
      notify(`${mocks.error} Fix it in the Mocks tab.`);
      return 0;
    }
    disposeSandbox();
    let handlerNames = [];
    if (workspace.handlers.trim() !== '') {
      sandbox = startHandlers(options.sandboxHost, workspace.handlers);
      const loaded = await sandbox.loaded;
      if (!loaded.ok) {
        disposeSandbox();
        notify(`handlers.js does not load: ${loaded.name}: ${loaded.message}. Fix it in the Handlers tab.`);
        return 0;
      }
      handlerNames = loaded.names;
    }
    const runId = nextRunId++;
    store.update({
      notice: null,
      run: {
        runId, phase: 'running', events: [], dataFlow: [], result: null, cursor: null, iteration: [], message: '',
        expected: mocks.expected, testCase: mocks.testCase,
        inputDiffers: mocks.expected?.Input !== undefined && !sameJson(mocks.expected.Input, input),
      },
    });
    worker.postMessage({ type: 'start', runId, definition: workspace.definition, input, mocks: mocks.table, handlerNames, options: {} });
    return runId;
  };

  worker.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message.runId !== 'number') return;
    if (message.type === 'progress') {
      updateRun(message.runId, (run) => ({
        phase: message.phase,
        events: message.events.length ? [...run.events, ...message.events] : run.events,
        dataFlow: message.dataFlow ?? run.dataFlow,
        waitingFor: message.waitingFor ?? '',
      }));
    } else if (message.type === 'taskRequest') {
      const { runId, requestId } = message;
      const callEngine = (method, seconds) =>
        calls.add(method, (callId) => worker.postMessage({ type: 'taskCall', runId, requestId, callId, method, seconds }));
      const answer = sandbox
        ? sandbox.invoke(message.key, message.input, message.context, callEngine)
        : Promise.resolve({ ok: false, error: 'States.Runtime', cause: 'handlers.js is not loaded.' });
      answer.then((settled) => worker.postMessage({ type: 'taskResult', runId, requestId, ...settled }));
    } else if (message.type === 'taskCallResult') {
      calls.answer(message.callId, message.value);
    } else if (message.type === 'finished') {
      if (store.get().run.runId !== message.runId) return;
      const { result } = message;
      updateRun(message.runId, { phase: 'finished', events: result.history, dataFlow: result.dataFlow, result, waitingFor: '' });
      disposeSandbox();
      const archived = options.archive ? options.archive.add(store.get().workspace, result).catch(() => {}) : Promise.resolve();
      options.onFinished?.(result, archived);
    } else if (message.type === 'runError') {
      if (store.get().run.runId !== message.runId) return;
      disposeSandbox();
      const errors = (message.diagnostics ?? []).filter((d) => d.severity === 'error');
      const text =
        message.code === 'INVALID_DEFINITION'
          ? `The definition has ${errors.length === 1 ? 'an error' : `${errors.length || 'some'} errors`}, so it cannot run${errors[0] ? `: ${errors[0].message}` : '.'} See the Problems panel.`
          : `The execution could not run: ${message.message}`;
      updateRun(message.runId, { phase: 'finished', message: text, waitingFor: '' });
      notify(text);
      if (message.code === 'INVALID_DEFINITION') options.onInvalidDefinition?.();
    }
  });

  /** Sends `type` ('run' or 'step') to the paused execution, or to a new one. */
  const drive = async (type) => {
    if (starting) return;
    const { run } = store.get();
    if (run.phase === 'paused') {
      if (type === 'step') updateRun(run.runId, { cursor: null });
      worker.postMessage({ type, runId: run.runId });
      return;
    }
    if (active()) return;
    starting = true;
    try {
      const runId = await begin();
      if (!runId) return;
      if (type === 'step') updateRun(runId, { phase: 'paused' });
      worker.postMessage({ type, runId });
    } finally {
      starting = false;
    }
  };

  return {
    run: () => drive('run'),
    step: () => drive('step'),
    stop() {
      const { run } = store.get();
      if (!active()) return;
      // Removing the sandbox ends a handler that never settles; its task fails, then aborts.
      disposeSandbox();
      worker.postMessage({ type: 'stop', runId: run.runId });
    },
  };
}
