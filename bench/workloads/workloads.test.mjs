// Checks the generator against ../shared/bench-workloads (skipped when absent): the same
// definitions byte for byte, and the JavaScript mirrors reproduce the recorded expected
// outputs' SHA-256 from the recorded inputs.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { canonicalJson, canonicalSha256 } from './canonical.mjs';
import { incFlaky, WORKLOADS } from './workloads.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.ASL_BENCH_WORKLOADS_DIR ?? join(here, '..', '..', '..', 'shared', 'bench-workloads');
const haveShared = existsSync(join(shared, 'choice_loop.json'));
const readJson = (...parts) => JSON.parse(readFileSync(join(...parts), 'utf8'));

/** Asserts two texts are equal, reporting the first difference with some context. */
function assertSameText(actual, expected) {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  const around = (s) => s.slice(Math.max(0, i - 60), i + 60);
  assert.fail(`texts differ at ${i}:\n  ours:     …${around(actual)}…\n  recorded: …${around(expected)}…`);
}

for (const w of WORKLOADS) {
  test(`${w.name}: the definition is the shared one`, { skip: !haveShared && 'shared workloads absent' }, () => {
    const recorded = readJson(shared, `${w.name}.json`);
    assertSameText(JSON.stringify(w.definition()), JSON.stringify(recorded.definition));
    assert.equal(w.transitions, recorded.transitions);
    if (!w.inputFile) assertSameText(JSON.stringify(w.input()), JSON.stringify(recorded.input));
  });

  test(`${w.name}: the mirror reproduces the shared expected output`, { skip: !haveShared && 'shared workloads absent' }, () => {
    const recorded = readJson(shared, `${w.name}.json`);
    const input = w.inputFile ? readJson(shared, recorded.inputFile) : recorded.input;
    assert.equal(canonicalSha256(w.expected(input)), recorded.expect.sha256);
  });
}

test('canonical JSON sorts keys and drops whitespace', () => {
  assert.equal(canonicalJson({ b: [1, { d: 'x', c: null }], a: true }), '{"a":true,"b":[1,{"c":null,"d":"x"}]}');
});

test('inc_flaky fails every hundredth call', () => {
  assert.deepEqual(incFlaky({ i: 5 }), { i: 6 });
  assert.throws(() => incFlaky({ i: 199 }), { name: 'Flaky', message: 'k=199' });
});
