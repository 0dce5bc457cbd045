/**
 * The Problems panel: one row per diagnostic of the definition; activating a row jumps to its
 * range in the editor.
 */
import { h } from '../ui/dom.js';

/**
 * @param {HTMLElement} host
 * @param {ReturnType<import('../store.js').createStore>} store
 * @param {{onSelect: (diagnostic: object) => void, onCount?: (count: number) => void}} actions
 */
export function mountProblemsPanel(host, store, actions) {
  const list = h('ul', { class: 'problems-list', 'aria-label': 'Problems' });
  const empty = h('p', { class: 'empty-state' });
  host.append(empty, list);

  const render = (state) => {
    const { diagnostics } = state.validation;
    list.replaceChildren(
      ...diagnostics.map((d) =>
        h('li', {}, [
          h(
            'button',
            {
              type: 'button',
              class: `problem problem-${d.severity}`,
              'data-line': d.range?.start?.line ?? 1,
              'data-code': d.code,
              onclick: () => actions.onSelect(d),
            },
            [
              h('span', { class: `severity severity-${d.severity}`, text: d.severity === 'error' ? '✖' : d.severity === 'warning' ? '▲' : 'ℹ', 'aria-label': d.severity }),
              h('span', { class: 'problem-message', text: d.message }),
              h('span', { class: 'problem-code', text: d.code }),
              h('span', { class: 'problem-location', text: `Ln ${d.range?.start?.line ?? 1}, Col ${d.range?.start?.column ?? 1}` }),
            ],
          ),
        ]),
      ),
    );
    list.hidden = diagnostics.length === 0;
    empty.hidden = diagnostics.length !== 0;
    if (state.engine.status === 'unavailable') {
      empty.textContent = `The validator could not start: ${state.engine.message}`;
    } else if (state.engine.status === 'loading') {
      empty.textContent = 'Loading the validator…';
    } else {
      empty.textContent = 'No problems: the definition is valid.';
    }
    actions.onCount?.(diagnostics.length);
  };
  store.subscribe((state, previous) => {
    if (state.validation !== previous.validation || state.engine !== previous.engine) render(state);
  });
  render(store.get());
}
