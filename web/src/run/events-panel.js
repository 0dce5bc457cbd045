/**
 * The execution events table ("Execution events"), in the columns of the AWS console. It is
 * filled by a run; with no run yet it shows how to start one.
 */
import { h } from '../ui/dom.js';

/**
 * @param {HTMLElement} host
 * @param {ReturnType<import('../store.js').createStore>} store
 */
export function mountEventsPanel(host, store) {
  const columns = ['ID', 'Type', 'Step', 'Resource', 'Started after', 'Timestamp'];
  const body = h('tbody');
  const table = h('table', { class: 'events-table', 'aria-label': 'Execution events' }, [
    h('thead', {}, [h('tr', {}, columns.map((c) => h('th', { scope: 'col', text: c })))]),
    body,
  ]);
  host.append(h('div', { class: 'table-scroll' }, [table]));
  const render = (state) => {
    const message = state.engine.canExecute
      ? 'No execution yet. Press Run (Ctrl+Enter) to see its events here.'
      : 'No execution yet. Running arrives with the execution engine; then each event of a run (state entered, task scheduled, retries, catches) is listed here.';
    body.replaceChildren(h('tr', { class: 'empty-row' }, [h('td', { colspan: columns.length, class: 'empty-state', text: message })]));
  };
  store.subscribe((state, previous) => {
    if (state.engine !== previous.engine) render(state);
  });
  render(store.get());
}
