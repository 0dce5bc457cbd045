/**
 * Makes Monaco's JSON editing ASL-aware for one model: the ASL schema (completion and hover of
 * fields per state type), state snippets, completion of state names in StartAt, Next,
 * Default and Catch/Choice Next, and hover help for intrinsic functions. Monaco's own JSON diagnostics are turned off: problems come
 * from the WASM validator.
 */
import { getLocation } from 'jsonc-parser';
import { aslSchema } from './asl-schema.js';
import { stateNamesForField } from './json-locate.js';
import { kSnippetTypes, stateSnippet } from './state-snippets.js';
import { intrinsicAt, kIntrinsicDocs } from './intrinsic-docs.js';

/**
 * @param {typeof import('monaco-editor/editor/editor.api.js')} monaco
 * @param {object} jsonDefaults  Monaco's JSON language defaults.
 * @param {string} modelUri  URI of the definition model (other JSON models get no schema).
 * @returns {{dispose: () => void}}
 */
export function registerAslLanguage(monaco, jsonDefaults, modelUri) {
  jsonDefaults.setModeConfiguration({ ...jsonDefaults.modeConfiguration, diagnostics: false });
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemas: [{ uri: 'inmemory://asl/states-language.schema.json', fileMatch: [modelUri], schema: aslSchema() }],
  });

  const hover = monaco.languages.registerHoverProvider('json', {
    provideHover(model, position) {
      if (model.uri.toString() !== modelUri) return null;
      const found = intrinsicAt(model.getLineContent(position.lineNumber), position.column);
      if (!found) return null;
      return {
        range: new monaco.Range(position.lineNumber, found.start, position.lineNumber, found.end),
        contents: [{ value: `**${found.name}** (intrinsic function)` }, { value: kIntrinsicDocs[found.name] }],
      };
    },
  });
  const completion = monaco.languages.registerCompletionItemProvider('json', {
    triggerCharacters: ['"'],
    provideCompletionItems(model, position) {
      if (model.uri.toString() !== modelUri) return { suggestions: [] };
      const text = model.getValue();
      const offset = model.getOffsetAt(position);
      const location = getLocation(text, offset);
      const path = location.path;
      const suggestions = [];
      const names = stateNamesForField(text, offset);
      if (names) {
        const range = tokenRange(model, position, location, monaco);
        for (const name of names) {
          suggestions.push({
            label: name,
            filterText: JSON.stringify(name),
            kind: monaco.languages.CompletionItemKind.Reference,
            detail: 'state',
            insertText: JSON.stringify(name),
            range,
            sortText: `0${name}`,
          });
        }
      }
      if (location.isAtPropertyKey && path.length >= 2 && path[path.length - 2] === 'States') {
        const range = tokenRange(model, position, location, monaco);
        for (const type of kSnippetTypes) {
          suggestions.push({
            label: `${type} state`,
            filterText: `"${type} state`,
            kind: monaco.languages.CompletionItemKind.Snippet,
            documentation: `Inserts a ${type} state.`,
            insertText: stateSnippet(type),
            insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
            range,
            sortText: `1${type}`,
          });
        }
      }
      return { suggestions };
    },
  });
  return { dispose: () => [hover, completion].forEach((d) => d.dispose()) };
}

/**
 * The range of the string at the position, quotes included: the parser's string node, or,
 * while the text around is malformed (a key just typed), the quotes on the line around it.
 */
function tokenRange(model, position, location, monaco) {
  const node = location.previousNode;
  if (node && node.type === 'string') {
    const from = model.getPositionAt(node.offset);
    const to = model.getPositionAt(node.offset + node.length);
    return new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
  }
  const line = model.getLineContent(position.lineNumber);
  const cursor = position.column - 1;
  const open = line.lastIndexOf('"', cursor - 1);
  const close = line.indexOf('"', cursor);
  const start = open >= 0 ? open : cursor;
  const end = open >= 0 && close >= 0 ? close + 1 : cursor;
  return new monaco.Range(position.lineNumber, start + 1, position.lineNumber, end + 1);
}
