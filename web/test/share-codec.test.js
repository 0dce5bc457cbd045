import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeShare, encodeShare } from '../src/share/share-codec.js';

const workspace = { definition: '{"StartAt": "Ä"}', input: '{"x": 1}', handlers: 'export default {};', mocks: '' };

test('round-trips every field, including non-ASCII text', () => {
  assert.deepEqual(decodeShare(encodeShare(workspace)), { ok: true, workspace });
});

test('rejects empty, garbage and truncated data with a message', () => {
  const data = encodeShare({ ...workspace, definition: 'x'.repeat(300) });
  for (const bad of ['', '%%%', 'abc', data.slice(0, data.length - 20)]) {
    const result = decodeShare(bad);
    assert.equal(result.ok, false, bad);
    assert.match(result.error, /damaged or incomplete/);
  }
});
