// The Node CLI (bin/asl.js) against every golden case of the native CLI (tests/cli/golden),
// run the same way as tests/cli/cli_golden_test.cc; and, when the native `asl` is built,
// against the native CLI itself on more arguments.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { cliPath, goldenCases, goldenDir, nativeCli } from '../testing/support.js';

function run(command, args, { cwd, stdin = '' } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    input: stdin,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, exit: result.status };
}

const runNode = (args, options) => run(process.execPath, [cliPath, ...args], options);

describe('golden cases of the native CLI', () => {
  for (const c of goldenCases()) {
    test(c.name, () => {
      const got = runNode(c.args, { cwd: c.dir, stdin: c.stdin ? readFileSync(c.stdin) : '' });
      assert.equal(got.stdout.toString(), c.stdout.toString(), 'stdout');
      assert.ok(got.stdout.equals(c.stdout), 'stdout bytes');
      if (c.stderr !== null) assert.equal(got.stderr.toString(), c.stderr.toString(), 'stderr');
      assert.equal(got.exit, c.exit, 'exit status');
    });
  }
});

describe('the CLI on its own', () => {
  test('help prints the usage to stdout', () => {
    const got = runNode(['--help']);
    assert.equal(got.exit, 0);
    assert.match(got.stdout.toString(), /^usage: asl COMMAND \[ARGS\]\n/);
    assert.equal(got.stderr.length, 0);
  });

  test('no command prints the usage to stderr with status 2', () => {
    const got = runNode([]);
    assert.equal(got.exit, 2);
    assert.match(got.stderr.toString(), /^usage: asl COMMAND \[ARGS\]\n/);
  });

  test('a directory cannot be read', () => {
    const got = runNode(['validate', 'golden'], { cwd: join(goldenDir, '..') });
    assert.equal(got.exit, 2);
    assert.equal(got.stderr.toString(), 'asl validate: cannot read golden: it is a directory\n');
  });

  test('colour is off when NO_COLOR is set', () => {
    const got = runNode(['validate', 'broken.json'], { cwd: join(goldenDir, 'validate_errors') });
    assert.ok(!got.stdout.includes('\x1b['));
  });
});

// Argument lists beyond the golden cases, run from tests/cli/golden.
const PARITY_ARGS = [
  ['validate'],
  ['validate', '--help'],
  ['validate', 'validate_errors/broken.json', 'validate_valid/machine.json'],
  ['validate', 'validate_valid/machine.json', 'graph_json/machine.json'],
  ['validate', 'validate_errors/broken.json', 'nope.json', '--json'],
  ['validate', 'validate_not_json/bad.json', '--json'],
  ['validate', '--json=yes', 'x.json'],
  ['validate', 'validate_errors'],
  ['validate', '-x'],
  ['validate', '--', '-'],
  ['graph'],
  ['graph', '--help'],
  ['graph', 'a.json', 'b.json'],
  ['graph', 'validate_not_json/bad.json'],
  ['graph', 'validate_errors/broken.json', '--format', 'mermaid'],
  ['graph', 'graph_json/machine.json', '--format'],
  ['graph', 'graph_json/machine.json', '--format=dot', '--format=json'],
  ['graph', '-'],
  ['help'],
  ['-h'],
  ['run', 'x.json'],
];

describe('the same as the native CLI', { skip: nativeCli() ? false : 'native CLI not built (build/bin/asl or ASL_NATIVE_CLI)' }, () => {
  const native = nativeCli();
  const stdin = readFileSync(join(goldenDir, 'validate_errors', 'broken.json'));
  for (const args of PARITY_ARGS) {
    test(`asl ${args.join(' ')}`, () => {
      const want = run(native, args, { cwd: goldenDir, stdin });
      const got = runNode(args, { cwd: goldenDir, stdin });
      assert.equal(got.stdout.toString(), want.stdout.toString(), 'stdout');
      assert.equal(got.stderr.toString(), want.stderr.toString(), 'stderr');
      assert.equal(got.exit, want.exit, 'exit status');
    });
  }

  test('doubles print as the native build prints them', () => {
    const numbers = [0.1, 1.5, 2.0, 1e7, 9.765625e-4, 1e-3, 123.456, 5e-324, 1.7976931348623157e308, -0.5, 1e21, 2 ** 60];
    const bits = new BigUint64Array(1);
    const view = new Float64Array(bits.buffer);
    let state = 88172645463325252n;
    while (numbers.length < 3000) {
      state ^= (state << 13n) & 0xffffffffffffffffn;
      state ^= state >> 7n;
      state ^= (state << 17n) & 0xffffffffffffffffn;
      bits[0] = state;
      const kind = numbers.length % 3;
      if (kind === 0 && Number.isFinite(view[0])) numbers.push(view[0]);
      if (kind === 1) numbers.push(Number(state % 100000000n) / 10 ** Number(state % 12n));
      if (kind === 2) numbers.push(2 ** (Number(state % 2000n) - 1000));
    }
    const dir = mkdtempSync(join(tmpdir(), 'asl-wasm-'));
    const definition = { StartAt: 'P', States: { P: { Type: 'Pass', Result: numbers, End: true } } };
    writeFileSync(join(dir, 'doubles.json'), JSON.stringify(definition));
    const want = run(native, ['run', 'doubles.json'], { cwd: dir });
    const got = runNode(['run', 'doubles.json'], { cwd: dir });
    assert.equal(want.exit, 0, want.stderr.toString());
    assert.equal(got.stdout.toString(), want.stdout.toString());
  });

  test('invalid UTF-8 in a file is quoted byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asl-wasm-'));
    writeFileSync(join(dir, 'bad.json'), Buffer.from([0x7b, 0x0a, 0x20, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x0a, 0x7d]));
    for (const args of [['validate', 'bad.json'], ['validate', 'bad.json', '--json'], ['graph', 'bad.json']]) {
      const want = run(native, args, { cwd: dir });
      const got = runNode(args, { cwd: dir });
      assert.ok(got.stdout.equals(want.stdout), `stdout of ${args.join(' ')}`);
      assert.ok(got.stderr.equals(want.stderr), `stderr of ${args.join(' ')}`);
      assert.equal(got.exit, want.exit);
    }
  });
});
