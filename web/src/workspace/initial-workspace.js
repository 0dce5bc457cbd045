/**
 * Chooses the workspace the page opens with: URL fragment (share link) → local storage
 * (autosave) → the default example.
 */
import { decodeShare } from '../share/share-codec.js';
import { loadSaved } from './autosave.js';

/**
 * @param {Map<string, string>} fragment  From parseFragment.
 * @param {Storage|undefined} storage
 * @param {Array<{name: string, definition: string, input: string, handlers: string, mocks: string}>} examples
 * @param {string} requestedExample  `example=NAME` from the URL, or "".
 * @returns {{workspace: object, origin: 'share'|'saved'|'example', notice: {kind: string, text: string}|null}}
 */
export function chooseInitialWorkspace(fragment, storage, examples, requestedExample) {
  let notice = null;
  if (fragment.has('s')) {
    const shared = decodeShare(fragment.get('s'));
    if (shared.ok) return { workspace: { ...shared.workspace, example: '' }, origin: 'share', notice };
    notice = { kind: 'error', text: shared.error };
  }
  const named = examples.find((e) => e.name === requestedExample);
  if (named) return { workspace: fromExample(named), origin: 'example', notice };
  const saved = loadSaved(storage);
  if (saved) return { workspace: saved, origin: 'saved', notice };
  return { workspace: examples.length ? fromExample(examples[0]) : emptyWorkspace(), origin: 'example', notice };
}

/**
 * The workspace of an example.
 * @param {{name: string, definition: string, input: string, handlers: string, mocks: string}} example
 */
export function fromExample(example) {
  return {
    definition: example.definition,
    input: example.input,
    handlers: example.handlers,
    mocks: example.mocks,
    example: example.name,
  };
}

function emptyWorkspace() {
  return {
    definition: '{\n  "StartAt": "Start",\n  "States": {\n    "Start": { "Type": "Pass", "End": true }\n  }\n}\n',
    input: '{}\n',
    handlers: '',
    mocks: '',
    example: '',
  };
}
