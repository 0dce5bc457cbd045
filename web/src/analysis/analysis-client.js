/**
 * Talks to the analysis worker: sends the definition ~100 ms after the last change and puts
 * the validation report and the graph into the store. Only the newest answer is kept.
 */

const kDebounceMs = 100;

/**
 * Starts analysing the definition held in the store.
 * @param {ReturnType<import('../store.js').createStore>} store
 * @param {Worker} worker  The analysis worker (analysis.worker.js).
 * @param {{onAnalysis?: (validation: object) => void}} [hooks]  Told after each analysis.
 * @returns {() => void} Stops.
 */
export function startAnalysis(store, worker, hooks = {}) {
  let nextId = 1;
  let latestId = 0;
  let timer = 0;
  let isReady = false;

  const send = () => {
    latestId = nextId++;
    worker.postMessage({ type: 'analyze', id: latestId, text: store.get().workspace.definition });
  };

  worker.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'ready') {
      isReady = true;
      store.update({ engine: { status: 'ready', message: '', version: message.version, canExecute: message.canExecute } });
      send();
    } else if (message.type === 'unavailable') {
      store.update({
        engine: { status: 'unavailable', message: message.message, version: '', canExecute: false },
        validation: { valid: false, diagnostics: [], pending: false },
      });
    } else if (message.type === 'analysis' && message.id === latestId) {
      const graph = message.graph?.error ? { graph: store.get().graph.graph, error: message.graph.error } : { graph: message.graph, error: '' };
      const validation = { valid: message.validation.valid, diagnostics: message.validation.diagnostics ?? [], pending: false };
      store.update({ validation, graph });
      hooks.onAnalysis?.(validation);
    }
  });
  worker.onerror = (event) => {
    store.update({
      engine: { status: 'unavailable', message: event.message || 'The analysis worker failed to start.', version: '', canExecute: false },
    });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.workspace.definition === previous.workspace.definition) return;
    if (!isReady) return;
    if (!state.validation.pending) store.update({ validation: { ...state.validation, pending: true } });
    clearTimeout(timer);
    timer = setTimeout(send, kDebounceMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
