/**
 * Composition root: reads the URL, builds the store, and wires every panel to it.
 */
import '../styles/app.css';
import examples from 'asl-examples';
import { createStore, idleRun } from './store.js';
import { parseFragment } from './share/url-fragment.js';
import { kPanels, parseEmbedOptions } from './embed/embed-options.js';
import { chooseInitialWorkspace, fromExample } from './workspace/initial-workspace.js';
import { startAutosave } from './workspace/autosave.js';
import { startAnalysis } from './analysis/analysis-client.js';
import { createEditors } from './editor/editors.js';
import { mountProblemsPanel } from './problems/problems-panel.js';
import { mountGraphView } from './graph/graph-view.js';
import { mountExamplesMenu } from './examples/examples-menu.js';
import { mountExamplePanel } from './examples/example-panel.js';
import { dropShareOnEdit, mountShareButton, shareLink } from './share/share-button.js';
import { mountRunControls } from './run/run-controls.js';
import { startRunClient } from './run/run-client.js';
import { createExecutionArchive, indexedDbBackend } from './run/execution-archive.js';
import { mountPastRuns } from './run/past-runs.js';
import { mountMockCasePicker } from './run/mock-case-picker.js';
import { mountEventsPanel } from './run/events-panel.js';
import { mountHandlersCheck } from './handlers/handlers-check.js';
import { mountInspectorPanel } from './run/inspector-panel.js';
import { startEmbedBridge } from './embed/embed-bridge.js';
import { mountTabs } from './ui/tabs.js';
import { mountSplitter } from './ui/splitter.js';
import { mountNotice } from './ui/notice.js';
import { initialTheme, mountThemeToggle } from './ui/theme.js';
import { h } from './ui/dom.js';

const byId = (id) => document.getElementById(id);
const fragment = parseFragment(window.location.hash);
const query = new URLSearchParams(window.location.search);
const embed = parseEmbedOptions(query, fragment);
const storage = embed.embed ? undefined : safeLocalStorage();
const initial = chooseInitialWorkspace(fragment, storage, examples, query.get('example') ?? fragment.get('example') ?? '');

const store = createStore({
  workspace: initial.workspace,
  engine: { status: 'loading', message: '', version: '', canExecute: false },
  validation: { valid: false, diagnostics: [], pending: true },
  graph: { graph: null, error: '' },
  selectedState: '',
  run: idleRun(),
  mockCase: '',
  notice: initial.notice,
  theme: initialTheme(embed.theme),
});

document.body.classList.toggle('embed', embed.embed);
mountSplitter(byId('workspace'), byId('pane-left'));
for (const panel of kPanels) {
  document.body.classList.toggle(`hide-${panel}`, !embed.panels.includes(panel));
}

const inputHost = h('div', { class: 'editor-host', role: 'region', 'aria-label': 'Input' });
const handlersHost = h('div', { class: 'editor-host', role: 'region', 'aria-label': 'Handlers' });
const handlersCheckHost = h('div', { class: 'handlers-status' });
const mocksHost = h('div', { class: 'editor-host', role: 'region', 'aria-label': 'Mocks' });
const mocksCaseHost = h('div', { class: 'handlers-status' });
mountTabs(byId('secondary-tabs'), 'Execution input and handlers', [
  { id: 'input', label: 'Input', panel: inputHost },
  { id: 'handlers', label: 'Handlers', panel: h('div', { class: 'stack' }, [handlersHost, handlersCheckHost]) },
  { id: 'mocks', label: 'Mocks', panel: h('div', { class: 'stack' }, [mocksHost, mocksCaseHost]) },
]);
const worker = new Worker(new URL('./analysis.worker.js', document.baseURI), { type: 'module' });
const archive = createLazyArchive(embed.embed ? undefined : globalThis.indexedDB);
const runClient = startRunClient(store, worker, {
  sandboxHost: handlersCheckHost,
  archive,
  onFinished: (result, archived) => {
    bridge?.onResult(result);
    archived.then(() => pastRuns?.refresh());
  },
  onInvalidDefinition: () => bottomTabs.select('problems'),
});
const runControls = mountRunControls({ run: byId('run-button'), step: byId('step-button'), stop: byId('stop-button') }, store, runClient);
const editors = createEditors(
  store,
  { definition: byId('definition-editor'), input: inputHost, handlers: handlersHost, mocks: mocksHost },
  { readOnly: embed.readOnly, onRun: () => runControls.run() },
);

const problemsHost = h('div', { class: 'panel-body' });
const eventsHost = h('div', { class: 'panel-body' });
const inspectorHost = h('div', { class: 'panel-body' });
const aboutHost = h('div', { class: 'panel-body' });
const bottomTabs = mountTabs(byId('bottom-tabs'), 'Problems and execution', [
  { id: 'problems', label: 'Problems', panel: problemsHost },
  { id: 'events', label: 'Events', panel: eventsHost },
  { id: 'inspector', label: 'Inspector', panel: inspectorHost },
  { id: 'about', label: 'About example', panel: aboutHost },
]);
if (initial.origin === 'example' && !embed.embed) bottomTabs.select('about');
store.subscribe((state, previous) => {
  const shown = embed.panels.includes('events');
  if (shown && state.run.runId > 0 && state.run.runId !== previous.run.runId) bottomTabs.select('events');
});
mountProblemsPanel(problemsHost, store, {
  onSelect: (diagnostic) => editors.revealRange(diagnostic.range),
  onCount: (count) => bottomTabs.setLabel('problems', count ? `Problems (${count})` : 'Problems'),
});
const pastRuns = embed.embed ? null : mountPastRuns(eventsHost, store, archive);
mountEventsPanel(eventsHost, store, {
  onSelectStep: (name) => {
    const node = store.get().graph.graph?.nodes?.find((n) => n.name === name);
    if (node) editors.revealPointer(node.id);
  },
});
mountHandlersCheck(handlersCheckHost, store);
mountMockCasePicker(mocksCaseHost, store);
mountInspectorPanel(inspectorHost, store);
mountExamplePanel(aboutHost, store, examples);
mountGraphView(byId('graph-host'), store, {
  onReveal: (pointer) => editors.revealPointer(pointer),
  elkWorkerUrl: new URL('./elk-worker.min.js', document.baseURI).href,
});

mountExamplesMenu(byId('examples-host'), examples, (name) => {
  const example = examples.find((e) => e.name === name);
  store.update({ workspace: fromExample(example), notice: null, selectedState: '' }, 'user');
  bottomTabs.select('about');
});
mountShareButton(byId('share-button'), store);
mountThemeToggle(byId('theme-button'), store, { persist: !embed.embed });
mountNotice({ bar: byId('notice'), text: byId('notice-text'), close: byId('notice-close') }, store);

const engineStatus = byId('engine-status');
store.subscribe((state, previous) => {
  if (state.engine === previous.engine && state.validation === previous.validation) return;
  const { engine, validation } = state;
  engineStatus.dataset.status =
    engine.status !== 'ready' ? engine.status : validation.pending ? 'pending' : validation.valid ? 'valid' : 'invalid';
  engineStatus.textContent =
    engine.status === 'loading'
      ? 'Loading the validator…'
      : engine.status === 'unavailable'
        ? 'Validator unavailable'
        : validation.pending
          ? 'Checking…'
          : validation.valid
            ? '✓ Valid'
            : `✖ ${validation.diagnostics.filter((d) => d.severity === 'error').length} error(s)`;
});

const bridge = embed.embed && window.parent !== window ? startEmbedBridge(store, window.parent, { onRun: () => runControls.run() }) : null;
if (embed.embed) {
  const open = byId('open-full');
  open.hidden = false;
  const refresh = () => (open.href = shareLink(store.get().workspace, new URL('./', window.location.href).href));
  refresh();
  store.subscribe((state, previous) => state.workspace !== previous.workspace && refresh());
}
if (storage) {
  startAutosave(store, storage);
  dropShareOnEdit(store);
}

startAnalysis(store, worker, {
  onAnalysis: (validation) => {
    bridge?.onValidation(validation);
    document.body.dataset.analysed = 'true';
  },
});
if (embed.runOnLoad) {
  const unsubscribe = store.subscribe((state) => {
    if (state.engine.canExecute && !state.validation.pending) {
      unsubscribe();
      if (state.validation.valid) runControls.run();
    }
  });
}

/** The archive of past runs over IndexedDB (memory when absent), opened on first use. */
function createLazyArchive(factory) {
  let opened = null;
  const archive = () => (opened ??= indexedDbBackend(factory).then(createExecutionArchive));
  return {
    list: () => archive().then((a) => a.list()),
    get: (id) => archive().then((a) => a.get(id)),
    add: (workspace, result) => archive().then((a) => a.add(workspace, result)),
    remove: (id) => archive().then((a) => a.remove(id)),
  };
}

function safeLocalStorage() {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
