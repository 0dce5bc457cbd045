// The .wasm size budget of issue 5: at most 1.5 MB raw and 500 KB gzipped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { constants, gzipSync } from 'node:zlib';

import { packageDir } from '../testing/support.js';

const RAW_BUDGET = 1.5 * 1024 * 1024;
const GZIP_BUDGET = 500 * 1024;

test('asl-core.wasm stays within the size budget', (t) => {
  const wasm = readFileSync(join(packageDir, 'dist', 'asl-core.wasm'));
  const gzipped = gzipSync(wasm, { level: constants.Z_BEST_COMPRESSION }).length;
  t.diagnostic(`asl-core.wasm: ${wasm.length} bytes raw, ${gzipped} bytes gzipped`);
  assert.ok(wasm.length <= RAW_BUDGET, `${wasm.length} bytes raw > ${RAW_BUDGET}`);
  assert.ok(gzipped <= GZIP_BUDGET, `${gzipped} bytes gzipped > ${GZIP_BUDGET}`);
});
