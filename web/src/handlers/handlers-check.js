/**
 * Checks the handlers module as the user types: loads it in the sandbox, then says which
 * exported handlers answer which Task states (by state name or resource), which Task states
 * have no handler, and any error loading the module.
 */
import { h } from '../ui/dom.js';
import { loadHandlers } from './handler-sandbox.js';
import { taskStates } from './task-states.js';

const kDelayMs = 300;

/**
 * What the check says, from the load result and the definition's Task states.
 * @param {{ok: boolean, names?: string[], others?: string[], name?: string, message?: string}} loaded
 * @param {Array<{name: string, resource: string}>} tasks
 * @returns {Array<{kind: 'ok'|'warning'|'error'|'info', text: string}>}
 */
export function describeHandlers(loaded, tasks) {
  if (!loaded.ok) return [{ kind: 'error', text: `handlers.js does not load: ${loaded.name}: ${loaded.message}` }];
  const lines = [];
  const names = new Set(loaded.names);
  for (const key of loaded.others) lines.push({ kind: 'warning', text: `'${key}' is not a function.` });
  for (const name of loaded.names) {
    const byState = tasks.filter((t) => t.name === name);
    const byResource = tasks.filter((t) => t.resource === name && !names.has(t.name));
    if (byState.length) lines.push({ kind: 'ok', text: `'${name}' answers the Task state '${name}'.` });
    else if (byResource.length) lines.push({ kind: 'ok', text: `'${name}' answers ${byResource.map((t) => `'${t.name}'`).join(', ')} by resource.` });
    else lines.push({ kind: 'warning', text: `'${name}' matches no Task state or resource.` });
  }
  for (const task of tasks) {
    if (!names.has(task.name) && !names.has(task.resource)) {
      lines.push({ kind: 'info', text: `Task state '${task.name}' has no handler (mocks may answer it).` });
    }
  }
  if (!lines.length) lines.push({ kind: 'info', text: 'No handlers and no Task states.' });
  return lines;
}

/**
 * @param {HTMLElement} host  The status area below the Handlers editor.
 * @param {ReturnType<import('../store.js').createStore>} store
 */
export function mountHandlersCheck(host, store) {
  const list = h('ul', { class: 'handlers-check', 'aria-label': 'Handlers check' });
  const sandboxes = h('div', { class: 'sandboxes' });
  host.append(list, sandboxes);
  let current = null;
  let timer = 0;
  let generation = 0;

  const check = async () => {
    const { handlers, definition } = store.get().workspace;
    current?.dispose();
    current = null;
    const mine = ++generation;
    if (handlers.trim() === '') {
      render([{ kind: 'info', text: 'No handlers: Task states are answered by the mocks, if any.' }]);
      return;
    }
    current = loadHandlers(sandboxes, handlers);
    const loaded = await current.result;
    if (mine !== generation) return;
    current.dispose();
    current = null;
    render(describeHandlers(loaded, taskStates(definition)));
  };
  const render = (lines) => {
    list.replaceChildren(...lines.map((line) => h('li', { class: `check-${line.kind}`, text: line.text })));
  };
  store.subscribe((state, previous) => {
    const { handlers, definition } = state.workspace;
    if (handlers === previous.workspace.handlers && definition === previous.workspace.definition) return;
    clearTimeout(timer);
    timer = setTimeout(check, kDelayMs);
  });
  check();
}
