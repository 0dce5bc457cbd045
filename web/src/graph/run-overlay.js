/**
 * Shows a run on the graph: every state's status after the event the scrubber points at
 * (`data-status`: not-run, running, succeeded, retried, caught, failed), and a picker that
 * narrows the statuses to one Map iteration.
 */
import { h } from '../ui/dom.js';
import { indexedHistoryOf, iterationChoices, stateStatuses } from '../run/history-model.js';

/**
 * @param {SVGGElement} viewport  Where graph-render's nodes are.
 * @param {HTMLElement} toolbar  The graph toolbar (the picker goes first).
 * @param {ReturnType<import('../store.js').createStore>} store
 * @returns {{refresh: () => void}} Re-applies the statuses (after the graph is redrawn).
 */
export function mountRunOverlay(viewport, toolbar, store) {
  const picker = h('select', { class: 'iteration-picker', 'aria-label': 'Map iteration', title: 'Show the states of one Map iteration' });
  picker.hidden = true;
  toolbar.prepend(picker);
  let choices = [];

  const refresh = () => {
    const { run } = store.get();
    const indexed = indexedHistoryOf(run.events);
    const statuses = run.events.length ? stateStatuses(indexed, { upTo: run.cursor ?? indexed.length, iteration: run.iteration ?? [] }) : new Map();
    for (const node of viewport.querySelectorAll('.node')) {
      const status = statuses.get(node.dataset.state) ?? 'not-run';
      node.dataset.status = status;
      node.classList.toggle('has-run', run.events.length > 0);
    }
    choices = iterationChoices(indexed);
    picker.hidden = choices.length === 0;
    const selectedKey = keyOf(run.iteration ?? []);
    picker.replaceChildren(
      h('option', { value: '', text: 'All Map iterations', selected: selectedKey === '' }),
      ...choices.map((choice) => h('option', { value: choice.key, text: choice.label, selected: choice.key === selectedKey })),
    );
  };
  picker.addEventListener('change', () => {
    const choice = choices.find((c) => c.key === picker.value);
    store.update((state) => ({ run: { ...state.run, iteration: choice ? choice.iteration : [] } }));
  });
  store.subscribe((state, previous) => {
    if (state.run !== previous.run) refresh();
  });
  refresh();
  return { refresh };
}

function keyOf(iteration) {
  return iteration.map((level) => `${level.map}#${level.index}`).join('/');
}
