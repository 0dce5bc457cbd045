// Bad calls return error values, never throw, and never break the next call.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { MAX_DEFINITION_LENGTH, createAsl } from '../index.js';
import { loadCore } from '../lib/core.js';

const GOOD = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}';

describe('bad calls', () => {
  let asl;
  before(async () => {
    asl = await createAsl();
  });

  // After each bad call, the next good one still works.
  function assertStillWorks() {
    assert.deepEqual(asl.validate(GOOD), { valid: true, diagnostics: [] });
    assert.equal(asl.graph(GOOD).nodes.length, 1);
  }

  for (const [label, value] of [
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { StartAt: 'A' }],
    ['an array', ['{}']],
    ['a Symbol', Symbol('x')],
    ['an ArrayBuffer', new ArrayBuffer(4)],
  ]) {
    test(`validate(${label}) is an INVALID_ARGUMENT report`, () => {
      const report = asl.validate(value);
      assert.equal(report.valid, false);
      assert.equal(report.diagnostics.length, 1);
      assert.equal(report.diagnostics[0].code, 'INVALID_ARGUMENT');
      assert.match(report.diagnostics[0].message, /^validate\(\) takes the definition as a string/);
      assertStillWorks();
    });

    test(`graph(${label}) is an error value`, () => {
      assert.match(asl.graph(value).error, /^graph\(\) takes the definition as a string/);
      assertStillWorks();
    });
  }

  test('validate() with no argument is an INVALID_ARGUMENT report', () => {
    assert.equal(asl.validate().diagnostics[0].code, 'INVALID_ARGUMENT');
    assertStillWorks();
  });

  test('a definition over the limit is a DEFINITION_TOO_LARGE report', () => {
    const huge = ' '.repeat(MAX_DEFINITION_LENGTH + 1);
    const report = asl.validate(huge);
    assert.equal(report.valid, false);
    assert.equal(report.diagnostics[0].code, 'DEFINITION_TOO_LARGE');
    assert.equal(
      report.diagnostics[0].message,
      'The definition is 16777217 characters long; at most 16777216 are accepted (AWS accepts 1 MB).',
    );
    assert.match(asl.graph(huge).error, /at most 16777216/);
    assert.equal(asl.validate(new Uint8Array(MAX_DEFINITION_LENGTH + 1)).diagnostics[0].code, 'DEFINITION_TOO_LARGE');
    assertStillWorks();
  });

  test('a large definition under the limit is validated', () => {
    const states = {};
    for (let i = 0; i < 14000; i++) states[`S${i}`] = { Type: 'Pass', Next: `S${i + 1}` };
    states.S14000 = { Type: 'Succeed' };
    const text = JSON.stringify({ StartAt: 'S0', States: states }, null, 2);
    assert.ok(text.length > 900_000 && text.length <= 1024 * 1024, `${text.length} bytes`);
    assert.deepEqual(asl.validate(text), { valid: true, diagnostics: [] });
    assert.equal(asl.graph(text).nodes.length, 14001);
    assertStillWorks();
  });

  test('a definition over the service\'s 1 MB limit gets one diagnostic, and still draws', () => {
    const states = {};
    for (let i = 0; i < 20000; i++) states[`S${i}`] = { Type: 'Pass', Next: `S${i + 1}` };
    states.S20000 = { Type: 'Succeed' };
    const text = JSON.stringify({ StartAt: 'S0', States: states }, null, 2);
    assert.ok(text.length > 1024 * 1024);
    const report = asl.validate(text);
    assert.equal(report.valid, false);
    assert.deepEqual(report.diagnostics.map((d) => d.code), ['DEFINITION_TOO_LARGE']);
    assert.equal(asl.graph(text).nodes.length, 20001);
    assertStillWorks();
  });

  test('invalid UTF-8 bytes are reported, not fatal', () => {
    const report = asl.validate(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]));
    assert.equal(report.valid, false);
    assert.ok(report.diagnostics.length > 0);
    assert.ok(asl.graph(new Uint8Array([0xc3, 0x28])).error);
    assertStillWorks();
  });

  test('lone surrogates in a string are not fatal', () => {
    const report = asl.validate('{"StartAt": "\ud800", "States": {"\udc00": {"Type": "Succeed"}}}');
    assert.equal(report.valid, false);
    assertStillWorks();
  });

  test('10,000-deep nesting is TOO_DEEPLY_NESTED, not a stack overflow', () => {
    const deep = `{"StartAt": "A", "States": ${'['.repeat(10000)}${']'.repeat(10000)}}`;
    const report = asl.validate(deep);
    assert.equal(report.valid, false);
    assert.equal(report.diagnostics[0].code, 'TOO_DEEPLY_NESTED');
    assert.match(asl.graph(deep).error, /nests deeper/);
    const objects = `${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}`;
    assert.equal(asl.validate(objects).diagnostics[0].code, 'TOO_DEEPLY_NESTED');
    assertStillWorks();
  });

  test('empty and blank text are reported', () => {
    assert.equal(asl.validate('').diagnostics[0].code, 'SCHEMA_VALIDATION_FAILED');
    assert.equal(asl.validate(' \n\t').diagnostics[0].code, 'SCHEMA_VALIDATION_FAILED');
    assert.ok(asl.graph('').error);
    assertStillWorks();
  });

  test('text with NUL characters is reported, not cut short', () => {
    const report = asl.validate(`${GOOD}\u0000garbage`);
    assert.equal(report.valid, false);
    assertStillWorks();
  });

  test('the API object cannot be modified', () => {
    assert.throws(() => {
      'use strict';
      asl.validate = null;
    }, TypeError);
  });
});

describe('a failure inside the module', () => {
  test('drops the instance; the next call gets a fresh one', async () => {
    const core = await loadCore();
    const first = core.instance;
    const failed = core.call(() => {
      throw new WebAssembly.RuntimeError('unreachable');
    });
    assert.deepEqual(failed, { failure: 'unreachable' });
    const next = core.call((m) => JSON.parse(m.validate(GOOD)));
    assert.deepEqual(next, { value: { valid: true, diagnostics: [] } });
    assert.notEqual(core.instance, first);
  });

  test('a host callback that throws through the module; the next call works', async () => {
    const core = await loadCore();
    const throwing = () => {
      throw new Error('reader exploded');
    };
    const failed = core.call((m) => m.runCommand(['asl', 'validate', 'x.json'], throwing, false));
    assert.deepEqual(failed, { failure: 'reader exploded' });
    const reader = () => new TextEncoder().encode(GOOD);
    const next = core.call((m) => m.runCommand(['asl', 'validate', 'x.json'], reader, false));
    assert.equal(next.value.exit, 0);
    assert.equal(new TextDecoder().decode(next.value.stdout), 'x.json is valid.\n');
  });
});
