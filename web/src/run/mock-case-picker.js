/**
 * Under the Mocks editor: which test case of a Step Functions Local configuration a run uses
 * (a picker when the file has several), or why the mocks cannot be used. A plain
 * state → responses table needs no choice.
 */
import { h } from '../ui/dom.js';
import { selectMocks } from './mock-selection.js';

const kDelayMs = 200;

/**
 * @param {HTMLElement} host
 * @param {ReturnType<import('../store.js').createStore>} store  Reads workspace.mocks; writes mockCase.
 */
export function mountMockCasePicker(host, store) {
  const picker = h('select', { class: 'mock-case-picker', 'aria-label': 'Mock test case' });
  const label = h('label', { class: 'mock-case' }, [h('span', { text: 'Test case used by Run ' }), picker]);
  const status = h('p', { class: 'mock-status' });
  host.append(label, status);
  let timer = 0;

  const render = () => {
    const { workspace, mockCase } = store.get();
    const selection = selectMocks(workspace.mocks, mockCase ?? '');
    label.hidden = selection.testCases.length === 0;
    picker.replaceChildren(...selection.testCases.map((name) => h('option', { value: name, text: name, selected: name === selection.testCase })));
    status.classList.toggle('check-error', Boolean(selection.error));
    status.textContent = selection.error
      ? selection.error
      : selection.testCases.length
        ? `${Object.keys(selection.table).length} mocked state(s)${selection.expected ? '; the run is checked against its ExpectedResults' : ''}.`
        : Object.keys(selection.table).length
          ? `Mocks for ${Object.keys(selection.table).map((name) => `'${name}'`).join(', ')}.`
          : 'No mocks: Task states are answered by handlers.js.';
  };
  picker.addEventListener('change', () => store.update({ mockCase: picker.value }));
  store.subscribe((state, previous) => {
    if (state.mockCase !== previous.mockCase) render();
    if (state.workspace.mocks === previous.workspace.mocks) return;
    clearTimeout(timer);
    timer = setTimeout(render, kDelayMs);
  });
  render();
}
