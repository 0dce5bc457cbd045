#!/usr/bin/env node
// Writes the benchmark workloads into a directory, in the layout of ../shared/bench-workloads:
// <name>.json (definition, input or inputFile, expect {status, sha256, output|outputFile}),
// data/*.json and expected/*.json. Usage: node bench/workloads/generate.mjs OUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { canonicalSha256 } from './canonical.mjs';
import { WORKLOADS } from './workloads.mjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: node bench/workloads/generate.mjs OUT_DIR');
  process.exit(2);
}
mkdirSync(join(out, 'data'), { recursive: true });
mkdirSync(join(out, 'expected'), { recursive: true });

const inputs = new Map();  // Data files shared by several workloads are written once.
for (const w of WORKLOADS) {
  const file = { name: w.name, description: w.description, tags: w.tags, transitions: w.transitions };
  if (w.taskCalls) file.taskCalls = w.taskCalls;
  if (w.handlers) file.handlers = w.handlers;
  file.definition = w.definition();
  let input;
  if (w.inputFile) {
    if (!inputs.has(w.inputFile)) {
      inputs.set(w.inputFile, w.input());
      writeFileSync(join(out, w.inputFile), JSON.stringify(inputs.get(w.inputFile)));
    }
    input = inputs.get(w.inputFile);
    file.inputFile = w.inputFile;
  } else {
    input = w.input();
    file.input = input;
  }
  const output = w.expected(input);
  file.expect = { status: 'SUCCEEDED', sha256: canonicalSha256(output) };
  if (w.outputFile) {
    writeFileSync(join(out, w.outputFile), JSON.stringify(output));
    file.expect.outputFile = w.outputFile;
  } else {
    file.expect.output = output;
  }
  writeFileSync(join(out, `${w.name}.json`), `${JSON.stringify(file, null, 1)}\n`);
}
console.log(`wrote ${WORKLOADS.length} workloads to ${out}`);
