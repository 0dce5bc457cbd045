import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFragment, parseFragment } from '../src/share/url-fragment.js';
import { parseEmbedOptions } from '../src/embed/embed-options.js';

test('fragment parameters and bare flags', () => {
  const params = parseFragment('#embed&s=N4Ig&panels=graph');
  assert.deepEqual([...params], [['embed', '1'], ['s', 'N4Ig'], ['panels', 'graph']]);
  assert.equal(formatFragment(params), '#embed&s=N4Ig&panels=graph');
  assert.equal(parseFragment('').size, 0);
});

test('embed options come fresh from query and fragment; the fragment wins', () => {
  const options = parseEmbedOptions(new URLSearchParams('embed=1&readonly=1&panels=graph,bogus,editor'), parseFragment('#theme=dark'));
  assert.deepEqual(options, { embed: true, readOnly: true, panels: ['graph', 'editor'], runOnLoad: false, theme: 'dark' });
  const fragmentWins = parseEmbedOptions(new URLSearchParams('panels=graph'), parseFragment('#embed&panels=problems'));
  assert.deepEqual(fragmentWins.panels, ['problems']);
});

test('outside embed mode every panel shows and readonly is ignored', () => {
  const options = parseEmbedOptions(new URLSearchParams('readonly=1'), new Map());
  assert.equal(options.embed, false);
  assert.equal(options.readOnly, false);
  assert.equal(options.panels.length, 7);
});
