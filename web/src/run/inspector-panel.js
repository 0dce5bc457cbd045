/**
 * The state inspector: how data moved through the selected state in the run shown (input →
 * afterInputPath → afterParameters → result → afterResultSelector → afterResultPath → output;
 * for JSONata, afterArguments and variables), with the error, the retry or the catch that
 * handled it. A state entered several times (loops, retries, Map iterations) has a picker.
 * Before any run it says what it will show.
 */
import { h } from '../ui/dom.js';
import { inIteration, indexedHistoryOf } from './history-model.js';

const kStages = [
  ['input', 'Input'],
  ['afterInputPath', 'After InputPath'],
  ['afterParameters', 'After Parameters'],
  ['afterArguments', 'After Arguments'],
  ['result', 'Result'],
  ['afterResultSelector', 'After ResultSelector'],
  ['afterResultPath', 'After ResultPath'],
  ['output', 'Output'],
];

/**
 * The data-flow records of one state that happened by the cursor, with their iteration.
 * @param {object} run  The store's run.
 * @param {string} name  State name.
 * @returns {Array<{record: object, iteration: Array<{map: string, index: number}>}>}
 */
export function recordsOfState(run, name) {
  const indexed = indexedHistoryOf(run.events);
  const cursor = run.cursor ?? indexed.length;
  const lastId = cursor > 0 && indexed.length ? indexed[Math.min(cursor, indexed.length) - 1].event.id : 0;
  const byId = new Map(indexed.map((e) => [e.event.id, e]));
  return (run.dataFlow ?? [])
    .filter((record) => record.stateName === name && (!record.enteredEventId || record.enteredEventId <= lastId))
    .map((record) => ({ record, iteration: byId.get(record.enteredEventId)?.iteration ?? [] }))
    .filter((entry) => inIteration(entry.iteration, run.iteration ?? []));
}

/**
 * @param {HTMLElement} host
 * @param {ReturnType<import('../store.js').createStore>} store
 */
export function mountInspectorPanel(host, store) {
  const title = h('p', { class: 'inspector-state' });
  const picker = h('select', { class: 'inspector-picker', 'aria-label': 'Entry of the state' });
  const flow = h('div', { class: 'inspector-flow' });
  const empty = h('p', { class: 'empty-state' });
  host.append(title, picker, flow, empty);
  let chosen = -1;

  const render = () => {
    const state = store.get();
    const name = stateName(state);
    title.textContent = name ? `Selected state: ${name}` : '';
    title.hidden = !name;
    const hasRun = state.run.events.length > 0;
    const entries = name && hasRun ? recordsOfState(state.run, name) : [];
    picker.hidden = entries.length < 2;
    flow.replaceChildren();
    if (!hasRun || !name || !entries.length) {
      empty.hidden = false;
      empty.textContent = !hasRun
        ? 'Select a state after a run to follow its data: input, after InputPath, after Parameters, result, after ResultSelector, after ResultPath, output — or Arguments and variables for JSONata.'
        : !name
          ? 'Select a state in the graph, the editor or the events table to see how its data moved.'
          : `'${name}' did not run${state.run.cursor !== null ? ' by this point of the history' : ''}${state.run.iteration?.length ? ' in the chosen Map iteration' : ''}.`;
      return;
    }
    empty.hidden = true;
    const index = chosen >= 0 && chosen < entries.length ? chosen : entries.length - 1;
    picker.replaceChildren(
      ...entries.map((entry, i) =>
        h('option', { value: i, selected: i === index, text: entryLabel(entry, i, entries.length) }),
      ),
    );
    flow.append(...renderRecord(entries[index].record));
  };

  picker.addEventListener('change', () => {
    chosen = Number(picker.value);
    render();
  });
  store.subscribe((state, previous) => {
    if (state.selectedState !== previous.selectedState) chosen = -1;
    if (state.run.runId !== previous.run.runId) chosen = -1;
    if (state.selectedState !== previous.selectedState || state.run !== previous.run || state.graph !== previous.graph) render();
  });
  render();
}

function stateName(state) {
  const pointer = state.selectedState;
  if (!pointer) return '';
  const node = state.graph.graph?.nodes?.find((n) => n.id === pointer);
  if (node) return node.name;
  return pointer.split('/').pop().replace(/~1/g, '/').replace(/~0/g, '~');
}

function entryLabel({ record, iteration }, i, count) {
  const where = iteration.length ? `, iteration ${iteration.map((level) => level.index).join('.')}` : '';
  const retry = record.errorDetails?.retryIndex !== undefined ? ', retried' : '';
  return `Entry ${i + 1} of ${count} (event #${record.enteredEventId}${where}${retry})`;
}

function renderRecord(record) {
  const parts = [];
  for (const [key, label] of kStages) {
    if (!(key in record)) continue;
    parts.push(h('section', { class: 'flow-stage', 'data-stage': key }, [h('h4', { text: label }), h('pre', { text: JSON.stringify(record[key], null, 2) })]));
  }
  if (record.error) {
    const details = record.errorDetails ?? {};
    const handling = [];
    if (details.retryIndex !== undefined) handling.push(`retried by Retry[${details.retryIndex}] after ${details.retryBackoffIntervalSeconds ?? 0} s`);
    if (details.catchIndex !== undefined) handling.push(`caught by Catch[${details.catchIndex}]`);
    parts.push(
      h('section', { class: 'flow-stage flow-error', 'data-stage': 'error' }, [
        h('h4', { text: `Error${handling.length ? ` — ${handling.join(', ')}` : ' — not handled'}` }),
        h('pre', { text: JSON.stringify(record.error, null, 2) }),
      ]),
    );
  }
  if (record.variables && Object.keys(record.variables).length) {
    parts.push(h('section', { class: 'flow-stage', 'data-stage': 'variables' }, [h('h4', { text: 'Variables in scope on entry' }), h('pre', { text: JSON.stringify(record.variables, null, 2) })]));
  }
  return parts;
}
