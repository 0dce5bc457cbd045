/**
 * The execution events table ("Execution events"), in the columns of the AWS console, with a
 * filter, expandable details and a time-travel scrubber: moving it (or clicking a row) shows
 * the graph and the inspector as they were after that event. With no run yet it says how to
 * start one.
 */
import { h } from '../ui/dom.js';
import { eventRows, indexedHistoryOf } from './history-model.js';
import { formatDetails } from './event-details.js';
import { checkExpected } from './expected-result.js';

const kMaxRows = 2000;
const kColumns = ['ID', 'Type', 'Step', 'Resource', 'Started after', 'Timestamp'];

/**
 * @param {HTMLElement} host
 * @param {ReturnType<import('../store.js').createStore>} store
 * @param {{onSelectStep: (name: string) => void}} options  Told when a row's state is chosen.
 */
export function mountEventsPanel(host, store, options) {
  const filter = h('input', { type: 'search', class: 'events-filter', placeholder: 'Filter events (type, state, text)', 'aria-label': 'Filter events' });
  const slider = h('input', { type: 'range', class: 'scrubber', min: 0, max: 0, value: 0, step: 1, 'aria-label': 'Time travel: events shown' });
  const position = h('span', { class: 'scrubber-position', 'aria-live': 'polite' });
  const back = h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Previous event', title: 'Previous event', text: '◀' });
  const forward = h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Next event', title: 'Next event', text: '▶' });
  const latest = h('button', { type: 'button', class: 'text-button', text: 'Latest', title: 'Show the whole run' });
  const summary = h('p', { class: 'run-summary', role: 'status' });
  const bar = h('div', { class: 'events-bar' }, [filter, back, slider, forward, position, latest]);
  const body = h('tbody');
  const table = h('table', { class: 'events-table', 'aria-label': 'Execution events' }, [
    h('thead', {}, [h('tr', {}, kColumns.map((c) => h('th', { scope: 'col', text: c })))]),
    body,
  ]);
  host.append(summary, bar, h('div', { class: 'table-scroll' }, [table]));

  let indexed = [];
  const expanded = new Set();
  const current = () => {
    const { run } = store.get();
    indexed = indexedHistoryOf(run.events);
    return { run, indexed };
  };
  const setCursor = (cursor) => {
    const { run } = store.get();
    const end = run.events.length;
    const clamped = Math.max(0, Math.min(end, cursor));
    store.update({ run: { ...run, cursor: clamped >= end ? null : clamped } });
  };

  const render = () => {
    const { run } = current();
    const total = run.events.length;
    const cursor = run.cursor ?? total;
    summary.textContent = describeRun(run);
    summary.dataset.status = run.result?.status ?? run.phase;
    bar.hidden = total === 0;
    slider.max = String(total);
    slider.value = String(cursor);
    position.textContent = total ? `Event ${cursor} of ${total}` : '';
    latest.hidden = cursor === total;
    if (!total) {
      body.replaceChildren(h('tr', { class: 'empty-row' }, [h('td', { colspan: kColumns.length, class: 'empty-state', text: emptyMessage(run, store.get().engine.canExecute) })]));
      return;
    }
    const needle = filter.value.trim().toLowerCase();
    const rows = eventRows(indexed);
    const matching = needle ? rows.filter((row) => matches(row, needle)) : rows;
    const shown = matching.slice(0, kMaxRows);
    const lastShownId = cursorId(indexed, cursor);
    const children = [];
    for (const row of shown) children.push(...renderRow(row, row.id <= lastShownId));
    if (matching.length > shown.length) {
      children.push(h('tr', { class: 'empty-row' }, [h('td', { colspan: kColumns.length, class: 'empty-state', text: `Showing the first ${shown.length} of ${matching.length} events; narrow the filter to see the others.` })]));
    } else if (!matching.length) {
      children.push(h('tr', { class: 'empty-row' }, [h('td', { colspan: kColumns.length, class: 'empty-state', text: 'No event matches the filter.' })]));
    }
    body.replaceChildren(...children);
  };

  const renderRow = (row, reached) => {
    const open = expanded.has(row.id);
    const toggle = h('button', {
      type: 'button',
      class: 'row-toggle',
      'aria-expanded': String(open),
      'aria-label': `${open ? 'Hide' : 'Show'} details of event ${row.id}`,
      text: open ? '▾' : '▸',
      onclick: (event) => {
        event.stopPropagation();
        if (expanded.has(row.id)) expanded.delete(row.id);
        else expanded.add(row.id);
        render();
      },
    });
    const iteration = row.iteration.length ? ` [${row.iteration.map((level) => level.index).join('.')}]` : '';
    const tr = h('tr', { class: `event-row${row.failed ? ' event-failed' : ''}${reached ? '' : ' event-future'}`, 'data-event-id': row.id, tabindex: 0 }, [
      h('td', {}, [toggle, ` ${row.id}`]),
      h('td', { class: 'event-type', text: row.type }),
      h('td', { text: row.step + iteration }),
      h('td', { text: row.resource }),
      h('td', { text: `${row.startedAfterMs} ms` }),
      h('td', { class: 'event-time', text: row.timestamp }),
    ]);
    const choose = () => {
      setCursor(indexed.findIndex((e) => e.event.id === row.id) + 1);
      if (row.step) options.onSelectStep(row.step);
    };
    tr.addEventListener('click', choose);
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') choose();
    });
    if (!open) return [tr];
    const details = h('tr', { class: 'event-details-row' }, [h('td', { colspan: kColumns.length }, [h('pre', { class: 'event-details', text: formatDetails(row.details) })])]);
    return [tr, details];
  };

  filter.addEventListener('input', render);
  slider.addEventListener('input', () => setCursor(Number(slider.value)));
  back.addEventListener('click', () => setCursor((store.get().run.cursor ?? store.get().run.events.length) - 1));
  forward.addEventListener('click', () => setCursor((store.get().run.cursor ?? store.get().run.events.length) + 1));
  latest.addEventListener('click', () => setCursor(store.get().run.events.length));
  store.subscribe((state, previous) => {
    if (state.run !== previous.run || state.engine !== previous.engine) {
      if (state.run.runId !== previous.run.runId) expanded.clear();
      render();
    }
  });
  render();
}

function cursorId(indexed, cursor) {
  return cursor > 0 ? indexed[cursor - 1].event.id : 0;
}

function matches(row, needle) {
  return (
    row.type.toLowerCase().includes(needle) ||
    row.step.toLowerCase().includes(needle) ||
    row.resource.toLowerCase().includes(needle) ||
    String(row.id) === needle ||
    (row.details !== undefined && JSON.stringify(row.details).toLowerCase().includes(needle))
  );
}

function describeRun(run) {
  if (run.phase === 'idle') return '';
  if (run.phase === 'running') return `Running… ${run.events.length} events so far.`;
  if (run.phase === 'waiting') return `Waiting for ${run.waitingFor || 'a task handler'}… ${run.events.length} events so far.`;
  if (run.phase === 'paused') return `Paused after ${run.events.length} events. Step to go on, Run to finish.`;
  const result = run.result;
  if (!result) return run.message ?? '';
  const origin = run.archivedAt ? ` (past run from ${new Date(run.archivedAt).toLocaleString()})` : '';
  const check = checkExpected(result, run.expected);
  const verdict = !check.checked
    ? ''
    : run.inputDiffers
      ? ` Not checked against test case '${run.testCase}': its Input differs from the execution input.`
    : check.ok
      ? ` ✓ As expected by test case '${run.testCase}'.`
      : ` ✖ Not as expected by test case '${run.testCase}': ${check.differences.join('; ')}.`;
  if (result.status === 'SUCCEEDED') return `Succeeded in ${run.events.length} events${origin}.${verdict}`;
  return `${titleCase(result.status)}${result.error ? `: ${result.error}` : ''}${result.cause ? ` — ${result.cause}` : ''}${origin}${verdict}`;
}

function titleCase(status) {
  return status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, ' ');
}

function emptyMessage(run, canExecute) {
  if (run.phase === 'finished' && run.message) return run.message;
  return canExecute
    ? 'No execution yet. Press Run (Ctrl+Enter) to see its events here, or Step to go one event at a time.'
    : 'No execution yet. Running needs the execution engine, which is still loading or could not start.';
}
