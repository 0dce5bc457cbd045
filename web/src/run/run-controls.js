/**
 * Run, Step and Stop. They act only when the loaded asl-wasm build has the execution engine
 * (the worker reports `canExecute`); until then they stay focusable, are marked
 * aria-disabled, and explain why when used. Ctrl/Cmd+Enter is Run.
 */

const kNoEngine =
  'Running needs the execution engine, which this build of the WebAssembly module does not include yet. Validation and the graph work.';

/**
 * @param {{run: HTMLButtonElement, step: HTMLButtonElement, stop: HTMLButtonElement}} buttons
 * @param {ReturnType<import('../store.js').createStore>} store
 * @returns {{run: () => void}} Run, for the keyboard shortcut inside the editors.
 */
export function mountRunControls(buttons, store) {
  const render = (state) => {
    const can = state.engine.canExecute;
    for (const button of Object.values(buttons)) {
      button.setAttribute('aria-disabled', String(!can));
      button.title = can ? '' : kNoEngine;
    }
    buttons.run.title = can ? 'Run (Ctrl+Enter)' : kNoEngine;
  };
  const explain = () => {
    if (!store.get().engine.canExecute) store.update({ notice: { kind: 'info', text: kNoEngine } });
  };
  for (const button of Object.values(buttons)) button.addEventListener('click', explain);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      explain();
    }
  });
  store.subscribe((state, previous) => {
    if (state.engine !== previous.engine) render(state);
  });
  render(store.get());
  return { run: explain };
}
