// validate() on every definition of the conformance corpus (localstack/ and
// localstack-validation/) reports exactly what the native `asl validate --json` reports.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { createAsl } from '../index.js';
import { corpusAndNativeCli } from '../testing/support.js';

const CORPUS_SETS = ['localstack', 'localstack-validation'];
// Files per native process: keeps the command line short.
const BATCH = 200;

/** [{name, text}] for every case; the definition's text as the tests write it to a file. */
function corpusDefinitions(root) {
  const cases = [];
  for (const set of CORPUS_SETS) {
    let files;
    try {
      files = readdirSync(join(root, set)).filter((f) => f.endsWith('.json')).sort();
    } catch {
      continue;
    }
    for (const file of files) {
      const { definition } = JSON.parse(readFileSync(join(root, set, file), 'utf8'));
      const text = typeof definition === 'string' ? definition : JSON.stringify(definition, null, 2);
      cases.push({ name: `${set}/${file}`, text });
    }
  }
  return cases;
}

const { root, native, skip } = corpusAndNativeCli();

describe('validation equals the native CLI on the conformance corpus', { skip }, () => {
  const cases = skip ? [] : corpusDefinitions(root);
  const expected = new Map();
  let asl;
  let dir;

  before(async () => {
    asl = await createAsl();
    dir = mkdtempSync(join(tmpdir(), 'asl-wasm-conformance-'));
    const paths = cases.map((c, i) => {
      const path = join(dir, `${i}.json`);
      writeFileSync(path, c.text);
      return path;
    });
    for (let i = 0; i < paths.length; i += BATCH) {
      const batch = paths.slice(i, i + BATCH);
      let stdout;
      try {
        stdout = execFileSync(native, ['validate', ...batch, '--json'], { maxBuffer: 256 * 1024 * 1024 });
      } catch (e) {
        stdout = e.stdout;  // Status 1 when a definition has errors.
      }
      const reports = JSON.parse(stdout.toString());
      for (const [j, report] of (batch.length === 1 ? [reports] : reports).entries()) {
        expected.set(cases[i + j].name, { valid: report.valid, diagnostics: report.diagnostics });
      }
    }
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the corpus is not empty', () => {
    assert.ok(cases.length > 0, `no definitions under ${root}`);
  });

  for (const c of cases) {
    test(c.name, () => {
      assert.deepEqual(asl.validate(c.text), expected.get(c.name));
    });
  }
});
