// index.d.ts: it compiles with typical uses (testing/types-check.ts), and it declares what
// index.js exports.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import * as entry from '../index.js';
import { packageDir } from '../testing/support.js';

const tsc = join(packageDir, 'node_modules', 'typescript', 'bin', 'tsc');

test('index.js exports what index.d.ts declares', async () => {
  assert.deepEqual(Object.keys(entry).sort(), ['AslError', 'MAX_DEFINITION_LENGTH', 'createAsl']);
  const asl = await entry.createAsl();
  assert.deepEqual(Object.keys(asl).sort(), ['graph', 'graphText', 'start', 'validate', 'version']);
});

test('index.d.ts type-checks its typical uses', { skip: existsSync(tsc) ? false : 'typescript not installed (npm ci)' }, () => {
  const result = spawnSync(process.execPath, [tsc, '-p', join(packageDir, 'testing', 'tsconfig.json')], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
