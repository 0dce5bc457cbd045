/**
 * The state inspector: after a run, the data flow of the selected state (input →
 * afterInputPath → afterParameters → result → afterResultSelector → afterResultPath → output).
 * Before any run it says what it will show.
 */
import { h } from '../ui/dom.js';

/**
 * @param {HTMLElement} host
 * @param {ReturnType<import('../store.js').createStore>} store
 */
export function mountInspectorPanel(host, store) {
  const title = h('p', { class: 'inspector-state' });
  const empty = h('p', {
    class: 'empty-state',
    text: 'Select a state after a run to follow its data: input, after InputPath, after Parameters, result, after ResultSelector, after ResultPath, output — or Arguments and variables for JSONata.',
  });
  host.append(title, empty);
  const render = (state) => {
    const name = state.selectedState ? decodeURIComponent(state.selectedState.split('/').pop().replace(/~1/g, '/').replace(/~0/g, '~')) : '';
    title.textContent = name ? `Selected state: ${name}` : '';
    title.hidden = !name;
  };
  store.subscribe((state, previous) => {
    if (state.selectedState !== previous.selectedState) render(state);
  });
  render(store.get());
}
