/**
 * Run, Step and Stop. Run (Ctrl/Cmd+Enter) runs to the end, or resumes a stepped execution;
 * Step starts an execution paused, or shows its next event; Stop aborts it. A button that
 * cannot act now stays focusable, is marked aria-disabled and says why in its title.
 */

const kNoEngine = 'Running needs the execution engine, which is still loading or could not start.';

/**
 * @param {{run: HTMLButtonElement, step: HTMLButtonElement, stop: HTMLButtonElement}} buttons
 * @param {ReturnType<import('../store.js').createStore>} store
 * @param {{run: () => void, step: () => void, stop: () => void}} actions
 * @returns {{run: () => void}} Run, for the keyboard shortcut inside the editors.
 */
export function mountRunControls(buttons, store, actions) {
  const enabled = (state) => {
    const can = state.engine.canExecute;
    const phase = state.run.phase;
    const busy = phase === 'running' || phase === 'waiting';
    return {
      run: can && !busy,
      step: can && !busy,
      stop: busy || phase === 'paused',
    };
  };
  const titles = (state) => {
    if (!state.engine.canExecute) return { run: kNoEngine, step: kNoEngine, stop: kNoEngine };
    const paused = state.run.phase === 'paused';
    return {
      run: paused ? 'Run to the end (Ctrl+Enter)' : 'Run (Ctrl+Enter)',
      step: paused ? 'Show the next event' : 'Start an execution one event at a time',
      stop: 'Stop the execution (it ends ABORTED)',
    };
  };
  const render = (state) => {
    const on = enabled(state);
    const title = titles(state);
    for (const [name, button] of Object.entries(buttons)) {
      button.setAttribute('aria-disabled', String(!on[name]));
      button.title = title[name];
    }
    document.body.dataset.runPhase = state.run.phase;
  };
  const act = (name) => {
    const state = store.get();
    if (!state.engine.canExecute) {
      store.update({ notice: { kind: 'info', text: kNoEngine } });
      return;
    }
    if (enabled(state)[name]) actions[name]();
  };
  for (const name of Object.keys(buttons)) buttons[name].addEventListener('click', () => act(name));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      act('run');
    }
  });
  store.subscribe((state, previous) => {
    if (state.engine !== previous.engine || state.run.phase !== previous.run.phase) render(state);
  });
  render(store.get());
  return { run: () => act('run') };
}
