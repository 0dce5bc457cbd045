import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseInitialWorkspace } from '../src/workspace/initial-workspace.js';
import { encodeShare } from '../src/share/share-codec.js';
import { parseFragment } from '../src/share/url-fragment.js';

const examples = [
  { name: '01-a', definition: 'A', input: '{}', handlers: '', mocks: '' },
  { name: '02-b', definition: 'B', input: '{}', handlers: '', mocks: '' },
];
const storage = (saved) => ({ getItem: () => (saved ? JSON.stringify(saved) : null) });

test('share link first, then saved work, then the first example', () => {
  const shared = { definition: 'S', input: '{}', handlers: '', mocks: '' };
  const saved = { definition: 'SAVED', input: '{}', handlers: '', mocks: '', example: '' };
  assert.equal(chooseInitialWorkspace(parseFragment(`#s=${encodeShare(shared)}`), storage(saved), examples, '').workspace.definition, 'S');
  assert.equal(chooseInitialWorkspace(new Map(), storage(saved), examples, '').workspace.definition, 'SAVED');
  assert.equal(chooseInitialWorkspace(new Map(), storage(null), examples, '').workspace.definition, 'A');
  assert.equal(chooseInitialWorkspace(new Map(), storage(saved), examples, '02-b').workspace.definition, 'B');
});

test('a damaged link falls back to saved work with a message', () => {
  const saved = { definition: 'SAVED', input: '{}', handlers: '', mocks: '', example: '' };
  const chosen = chooseInitialWorkspace(parseFragment('#s=garbage'), storage(saved), examples, '');
  assert.equal(chosen.origin, 'saved');
  assert.equal(chosen.workspace.definition, 'SAVED');
  assert.equal(chosen.notice.kind, 'error');
});
