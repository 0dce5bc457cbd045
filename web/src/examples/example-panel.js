/**
 * The "About" panel: the explanation (README) of the example the workspace came from.
 */
import { h } from '../ui/dom.js';
import { renderReadme } from './readme-view.js';

/**
 * @param {HTMLElement} host
 * @param {ReturnType<import('../store.js').createStore>} store
 * @param {Array<{name: string, readme: string}>} examples
 */
export function mountExamplePanel(host, store, examples) {
  const body = h('div', { class: 'readme' });
  host.append(body);
  const render = (name) => {
    const example = examples.find((e) => e.name === name);
    body.replaceChildren(
      ...(example
        ? renderReadme(example.readme)
        : [h('p', { class: 'empty-state', text: 'This work did not start from an example. Pick one from the Examples menu to read what it shows.' })]),
    );
  };
  store.subscribe((state, previous) => {
    if (state.workspace.example !== previous.workspace.example) render(state.workspace.example);
  });
  render(store.get().workspace.example);
}
