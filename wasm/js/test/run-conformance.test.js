// asl.start(...).run() on every case of the conformance corpus (localstack/), with the mocks the
// case gives, reports exactly what the native `asl run --json --history` prints: status,
// output, error, cause and the history, event for event. A definition the native CLI refuses
// (exit 2) makes run() reject with INVALID_DEFINITION.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';

import { AslError, createAsl } from '../index.js';
import { corpusAndNativeCli } from '../testing/support.js';

const run = promisify(execFile);
/** Native processes at a time. */
const PARALLEL = 2;

/** [{name, definition, input, mocks}] of localstack/ (definitions as the file holds them). */
function corpusCases(root) {
  let files;
  try {
    files = readdirSync(join(root, 'localstack')).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const c = JSON.parse(readFileSync(join(root, 'localstack', file), 'utf8'));
    const definition = typeof c.definition === 'string' ? c.definition : JSON.stringify(c.definition, null, 2);
    return { name: file, definition, input: c.input ?? {}, mocks: c.mocks };
  });
}

/** What the native CLI prints for `c`: {exit, report} (report null unless it ran). */
async function nativeRun(native, dir, c, index) {
  const base = join(dir, String(index));
  writeFileSync(`${base}.asl.json`, c.definition);
  writeFileSync(`${base}.input.json`, JSON.stringify(c.input));
  const args = ['run', `${base}.asl.json`, '--input', `${base}.input.json`, '--json', '--history'];
  if (c.mocks !== undefined) {
    writeFileSync(`${base}.mocks.json`, JSON.stringify(c.mocks));
    args.push('--mocks', `${base}.mocks.json`);
  }
  let stdout;
  let exit = 0;
  try {
    ({ stdout } = await run(native, args, { maxBuffer: 256 * 1024 * 1024 }));
  } catch (e) {
    ({ stdout } = e);
    exit = e.code;
  }
  return { exit, report: exit === 2 ? null : JSON.parse(stdout) };
}

const { root, native, skip } = corpusAndNativeCli();

describe('runs equal the native `asl run --json --history` on the conformance corpus', { skip }, () => {
  const cases = skip ? [] : corpusCases(root);
  const expected = new Map();
  let asl;
  let dir;

  before(async () => {
    asl = await createAsl();
    dir = mkdtempSync(join(tmpdir(), 'asl-wasm-run-conformance-'));
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const index = next++;
        expected.set(cases[index].name, await nativeRun(native, dir, cases[index], index));
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the corpus is not empty', () => {
    assert.ok(cases.length > 0, `no cases under ${root}/localstack`);
  });

  for (const c of cases) {
    test(c.name, async () => {
      const { exit, report } = expected.get(c.name);
      const execution = asl.start(c.definition, c.input, c.mocks === undefined ? {} : { mocks: c.mocks });
      if (exit === 2) {
        await assert.rejects(execution.run(), (e) => e instanceof AslError && e.code === 'INVALID_DEFINITION');
        return;
      }
      const result = await execution.run();
      const { status, output, error, cause, events } = report;
      assert.deepEqual(
        { status: result.status, output: result.output, error: result.error, cause: result.cause, history: result.history },
        { status, output, error, cause, history: events },
      );
      assert.equal(exit, status === 'SUCCEEDED' ? 0 : 1);
    });
  }
});
