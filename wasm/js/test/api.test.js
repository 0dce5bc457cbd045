// The package API (index.js) on the native CLI's golden definitions: the same reports and
// graphs as `asl validate --json` and `asl graph`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { createAsl } from '../index.js';
import { goldenDir, packageDir } from '../testing/support.js';

const golden = (name, file) => readFileSync(join(goldenDir, name, file), 'utf8');

describe('createAsl', () => {
  let asl;
  before(async () => {
    asl = await createAsl();
  });

  test('version is the package version', () => {
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    assert.equal(asl.version, version);
  });

  test('validate accepts a valid definition', () => {
    assert.deepEqual(asl.validate(golden('validate_valid', 'machine.json')), {
      valid: true,
      diagnostics: [],
    });
  });

  test('validate reports what `asl validate --json` reports', () => {
    const report = asl.validate(golden('validate_json', 'broken.json'));
    assert.deepEqual(report, JSON.parse(golden('validate_json', 'stdout')));
    assert.equal(report.valid, false);
    for (const d of report.diagnostics) {
      assert.deepEqual(Object.keys(d), ['severity', 'code', 'message', 'path', 'range']);
      assert.ok(['error', 'warning', 'info'].includes(d.severity));
      assert.match(d.code, /^[A-Z_]+$/);
      assert.match(d.path, /^(\/.*)?$/);
      for (const p of [d.range.start, d.range.end]) {
        assert.ok(Number.isInteger(p.line) && p.line >= 1 && Number.isInteger(p.column) && p.column >= 1);
      }
    }
  });

  test('validate takes UTF-8 bytes as well as strings', () => {
    const bytes = readFileSync(join(goldenDir, 'validate_json', 'broken.json'));
    assert.deepEqual(asl.validate(bytes), JSON.parse(golden('validate_json', 'stdout')));
  });

  test('validate counts columns in UTF-16 code units', () => {
    const text = '{"Comment": "😀", "StartAt": "Nope", "States": {"A": {"Type": "Succeed"}}}';
    const diagnostic = asl.validate(text).diagnostics.find((d) => d.code === 'MISSING_TRANSITION_TARGET');
    assert.ok(diagnostic, JSON.stringify(asl.validate(text)));
    assert.equal(diagnostic.range.start.column, text.indexOf('"Nope"') + 1);  // The target's name is underlined.
  });

  test('validate reports text that is not JSON as INVALID_JSON_DESCRIPTION', () => {
    const report = asl.validate(golden('validate_not_json', 'bad.json'));
    assert.equal(report.valid, false);
    assert.equal(report.diagnostics[0].code, 'INVALID_JSON_DESCRIPTION');
  });

  test('graph is what `asl graph --format json` prints', () => {
    assert.deepEqual(asl.graph(golden('graph_json', 'machine.json')), JSON.parse(golden('graph_json', 'stdout')));
  });

  test('graph names the edge kinds of the contract', () => {
    const { nodes, edges, scopes } = asl.graph(golden('graph_json', 'machine.json'));
    assert.equal(scopes[0].id, '');
    assert.ok(nodes.every((n) => typeof n.start === 'boolean' && typeof n.terminal === 'boolean'));
    assert.ok(edges.every((e) => ['next', 'choice', 'default', 'catch'].includes(e.kind)));
  });

  for (const [format, name] of [['dot', 'graph_dot'], ['mermaid', 'graph_mermaid'], ['json', 'graph_json']]) {
    test(`graphText in ${format} is what \`asl graph --format ${format}\` prints`, () => {
      const { text } = asl.graphText(golden(name, 'machine.json'), format);
      assert.equal(text.endsWith('\n') ? text : `${text}\n`, golden(name, 'stdout'));
    });
  }

  test('graph of text that is not JSON is an error with line and column', () => {
    const result = asl.graph('{"StartAt": ');
    assert.deepEqual(Object.keys(result), ['error']);
    assert.match(result.error, /^line 1, column 13: The document ends/);
  });

  test('graphText refuses an unknown format as the CLI does', () => {
    assert.deepEqual(asl.graphText('{}', 'svg'), { error: "unknown format 'svg'; use json, dot or mermaid" });
  });

  test('two instances are independent', async () => {
    const other = await createAsl({ wasmBinary: readFileSync(join(packageDir, 'dist', 'asl-core.wasm')) });
    assert.equal(other.version, asl.version);
    assert.deepEqual(other.validate('{}'), asl.validate('{}'));
  });

  test('wasmUrl loads the module from a file URL', async () => {
    const other = await createAsl({ wasmUrl: new URL('../dist/asl-core.wasm', import.meta.url) });
    assert.equal(other.validate(golden('validate_valid', 'machine.json')).valid, true);
  });

  test('createAsl rejects when the binary cannot be loaded, and a later call still works', async () => {
    await assert.rejects(createAsl({ wasmUrl: new URL('file:///nonexistent/asl-core.wasm') }), { code: 'ENOENT' });
    await assert.rejects(createAsl({ wasmBinary: new Uint8Array([0, 97, 115, 109, 9, 9]) }), WebAssembly.CompileError);
    assert.equal((await createAsl()).validate('{}').valid, false);
  });
});
