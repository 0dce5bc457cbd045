/**
 * Past executions in this browser: a picker above the events table that reopens a run kept
 * in the archive (its events, data flow and result, shown as they were), and puts its
 * workspace back on request — so runs can be compared across edits and reloads. While a past
 * run is shown, a line compares it with the latest run of this page.
 */
import { h } from '../ui/dom.js';
import { idleRun, updateWorkspace } from '../store.js';
import { compareRuns } from './compare-runs.js';

/**
 * @param {HTMLElement} host  The events panel (the picker goes first).
 * @param {ReturnType<import('../store.js').createStore>} store
 * @param {{list: () => Promise<object[]>, get: (id: number) => Promise<object|undefined>}} archive
 * @returns {{refresh: () => Promise<void>}}
 */
export function mountPastRuns(host, store, archive) {
  const picker = h('select', { class: 'past-runs-picker', 'aria-label': 'Past executions' });
  const restore = h('button', { type: 'button', class: 'text-button', text: 'Restore its workspace', title: 'Put back the definition, input, handlers and mocks this run used' });
  const comparison = h('p', { class: 'past-runs-compare', role: 'status' });
  const bar = h('div', { class: 'past-runs' }, [h('span', { text: 'Past runs' }), picker, restore]);
  bar.hidden = true;
  comparison.hidden = true;
  host.prepend(bar, comparison);
  let opened = null;
  let current = null; // The latest run of this page, to go back to and compare with.

  const refresh = async () => {
    const runs = await archive.list().catch(() => []);
    bar.hidden = runs.length === 0;
    const shown = store.get().run.archivedId ?? '';
    picker.replaceChildren(
      h('option', { value: '', text: shown === '' ? 'Current run' : 'Back to the current workspace', selected: shown === '' }),
      ...runs.map((run) =>
        h('option', { value: run.id, selected: run.id === shown, text: `#${run.id} ${run.status} · ${run.events} events · ${new Date(run.startedAt).toLocaleString()}${run.example ? ` · ${run.example}` : ''}` }),
      ),
    );
    restore.hidden = shown === '';
    const result = store.get().run.result;
    comparison.hidden = shown === '' || !current?.result || !result;
    if (!comparison.hidden) comparison.textContent = compareRuns(result, current.result);
  };

  picker.addEventListener('change', async () => {
    const id = Number(picker.value);
    if (!id) {
      opened = null;
      store.update({ run: current ?? idleRun() });
      refresh();
      return;
    }
    const record = await archive.get(id);
    if (!record) return;
    opened = record;
    const { result } = record;
    store.update({
      run: { runId: -id, phase: 'finished', events: result.history ?? [], dataFlow: result.dataFlow ?? [], result, cursor: null, iteration: [], message: '', archivedId: id, archivedAt: record.startedAt },
    });
    refresh();
  });
  restore.addEventListener('click', () => {
    if (!opened) return;
    const { definition, input, handlers, mocks } = opened.workspace;
    updateWorkspace(store, { definition, input, handlers, mocks }, 'user');
    store.update({ notice: { kind: 'info', text: `Restored the workspace of run #${opened.id}.` } });
  });
  store.subscribe((state, previous) => {
    if (state.run.runId > 0) current = state.run;
    if (state.run.runId !== previous.run.runId && state.run.runId > 0) refresh();
  });
  refresh();
  return { refresh };
}
