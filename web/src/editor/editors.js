/**
 * The editors (definition, input, handlers, mocks) bound to the store: edits go into the
 * workspace, workspace changes made elsewhere (examples, embed API) go into the editors,
 * validation results become markers, and the cursor selects the state it is in.
 */
import { monaco, jsonDefaults } from './monaco.js';
import { registerAslLanguage } from './asl-language.js';
import { setDiagnosticMarkers } from './markers.js';
import { locatePointer, stateAtOffset } from './json-locate.js';
import { updateWorkspace } from '../store.js';

const kDefinitionUri = 'inmemory://asl/definition.json';

/**
 * @param {ReturnType<import('../store.js').createStore>} store
 * @param {{definition: HTMLElement, input: HTMLElement, handlers: HTMLElement, mocks: HTMLElement}} hosts
 * @param {{readOnly: boolean, onRun: () => void}} options  onRun: Ctrl/Cmd+Enter in any editor.
 * @returns {{revealPointer: (pointer: string) => void, revealRange: (range: object) => void,
 *   focusDefinition: () => void, layout: () => void}}
 */
export function createEditors(store, hosts, options) {
  registerAslLanguage(monaco, jsonDefaults, kDefinitionUri);
  const { workspace } = store.get();
  const common = {
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    scrollBeyondLastLine: false,
    tabSize: 2,
    renderLineHighlight: 'line',
    fixedOverflowWidgets: true,
    theme: monacoTheme(store.get().theme),
  };
  const models = {
    definition: monaco.editor.createModel(workspace.definition, 'json', monaco.Uri.parse(kDefinitionUri)),
    input: monaco.editor.createModel(workspace.input, 'json', monaco.Uri.parse('inmemory://asl/input.json')),
    handlers: monaco.editor.createModel(workspace.handlers, 'javascript', monaco.Uri.parse('inmemory://asl/handlers.js')),
    mocks: monaco.editor.createModel(workspace.mocks, 'json', monaco.Uri.parse('inmemory://asl/mocks.json')),
  };
  const labels = { definition: 'Definition', input: 'Input', handlers: 'Handlers', mocks: 'Mocks' };
  const editors = {};
  let applying = false;
  for (const field of Object.keys(models)) {
    editors[field] = monaco.editor.create(hosts[field], {
      ...common,
      model: models[field],
      readOnly: options.readOnly,
      ariaLabel: `${labels[field]} editor`,
    });
    editors[field].addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onRun());
    models[field].onDidChangeContent(() => {
      if (applying) return;
      updateWorkspace(store, { [field]: models[field].getValue() }, 'user');
    });
  }

  store.subscribe((state, previous) => {
    if (state.workspace !== previous.workspace) {
      applying = true;
      for (const field of Object.keys(models)) {
        if (models[field].getValue() !== state.workspace[field]) models[field].setValue(state.workspace[field]);
      }
      applying = false;
    }
    if (state.validation !== previous.validation && !state.validation.pending) {
      setDiagnosticMarkers(monaco, models.definition, state.validation.diagnostics);
    }
    if (state.theme !== previous.theme) monaco.editor.setTheme(monacoTheme(state.theme));
  });

  editors.definition.onDidChangeCursorPosition((event) => {
    const offset = models.definition.getOffsetAt(event.position);
    const pointer = stateAtOffset(models.definition.getValue(), offset);
    if (pointer !== store.get().selectedState) store.update({ selectedState: pointer });
  });

  const revealRange = (range) => {
    const editor = editors.definition;
    editor.setSelection(range);
    editor.revealRangeInCenterIfOutsideViewport(range);
    editor.focus();
  };

  return {
    revealPointer(pointer) {
      const found = locatePointer(models.definition.getValue(), pointer);
      if (!found) return;
      const start = models.definition.getPositionAt(found.keyOffset);
      const end = models.definition.getPositionAt(found.keyOffset + found.keyLength);
      revealRange(new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column));
      store.update({ selectedState: pointer });
    },
    revealRange({ start, end }) {
      revealRange(new monaco.Range(start.line, start.column, end.line, end.column));
    },
    focusDefinition: () => editors.definition.focus(),
    layout: () => Object.values(editors).forEach((e) => e.layout()),
  };
}

function monacoTheme(theme) {
  return theme === 'dark' ? 'vs-dark' : 'vs';
}
