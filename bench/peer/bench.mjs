#!/usr/bin/env node
// Runs the eight engine workloads (../workloads/workloads.mjs, the ones generate.mjs writes)
// through asl-wasm (../../wasm/js) and through aws-local-stepfunctions, alternately, checks that
// both produce the expected output (its canonical SHA-256), and prints state transitions per
// second of each engine and their ratio.
//
// Both engines get the same JavaScript task handler (inc_flaky) and are timed from start (the
// definition as text / as an object) to the result, best of ROUNDS runs each. asl-wasm records
// the history (as the playground and the native bench do) but no data flow, with the history
// and payload quotas off (map_inline writes 40,000 events; map_inline and jsonpath_heavy exceed
// 256 KiB). The peer queues an event log of its own as it runs (every state's entry and exit
// with its input and output) and nobody reads it; likewise the main figure does not read
// result.history (which asl-wasm turns into objects on first access); "+history read" does.
//
// Usage: node bench.mjs [--rounds N] [WORKLOAD...]   (scripts/bench-peer.sh runs npm ci first)
import { StateMachine } from 'aws-local-stepfunctions';

import { createAsl } from '../../wasm/js/index.js';
import { canonicalSha256 } from '../workloads/canonical.mjs';
import { WORKLOADS, incFlaky } from '../workloads/workloads.mjs';

// aws-local-stepfunctions 3.0.0 calls Promise.withResolvers, which Node 22 brought.
Promise.withResolvers ??= function withResolvers() {
  let resolve;
  let reject;
  const promise = new this((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

const args = process.argv.slice(2);
let rounds = 3;
const roundsAt = args.indexOf('--rounds');
if (roundsAt >= 0) {
  rounds = Number(args[roundsAt + 1]);
  args.splice(roundsAt, 2);
}
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: node bench.mjs [--rounds N] [WORKLOAD...]');
  process.exit(2);
}
const selected = args.length > 0 ? WORKLOADS.filter((w) => args.includes(w.name)) : WORKLOADS;
if (selected.length !== (args.length > 0 ? args.length : WORKLOADS.length)) {
  console.error(`unknown workload; known: ${WORKLOADS.map((w) => w.name).join(', ')}`);
  process.exit(2);
}

/** inc_flaky as an async handler, as a host would write it. */
const handlers = (names) => Object.fromEntries(Object.keys(names ?? {}).map((state) => [state, async (input) => incFlaky(input)]));

const asl = await createAsl();

async function runWasm(w, definitionText, input, readHistory) {
  const result = await asl.start(definitionText, input, {
    handlers: handlers(w.handlers),
    history: true,
    dataFlow: false,
    maxHistoryEvents: 0,
    maxPayloadBytes: 0,
  }).run();
  if (result.status !== 'SUCCEEDED') throw new Error(`asl-wasm: ${result.status} ${result.error}: ${result.cause}`);
  if (readHistory && result.history.length < w.transitions) throw new Error('asl-wasm: history too short');
  return result.output;
}

async function runPeer(w, definition, input) {
  const machine = new StateMachine(definition, { validationOptions: { checkPaths: false } });
  const execution = machine.run(input, { overrides: { taskResourceLocalHandlers: handlers(w.handlers) } });
  return execution.result;
}

/** Seconds `run` takes; throws unless the output has the expected hash. */
async function timed(label, run, expectedSha) {
  const start = process.hrtime.bigint();
  const output = await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const sha = canonicalSha256(output);
  if (sha !== expectedSha) throw new Error(`${label}: wrong output (sha256 ${sha}, expected ${expectedSha})`);
  return seconds;
}

const rate = (transitions, seconds) => Math.round(transitions / seconds).toLocaleString('en-US');
console.log(`Node ${process.version}; best of ${rounds} alternating runs per engine; transitions per second.`);
console.log(['workload'.padEnd(17), 'transitions'.padStart(11), 'asl-wasm'.padStart(12), 'peer'.padStart(10), 'ratio'.padStart(8),
  '+history read'.padStart(14), 'ratio'.padStart(8)].join('  '));
let failures = 0;
for (const w of selected) {
  const definition = w.definition();
  const definitionText = JSON.stringify(definition);
  const input = w.input();
  const expectedSha = canonicalSha256(w.expected(input));
  let wasm = Infinity;
  let wasmWithHistory = Infinity;
  let peer = Infinity;
  try {
    for (let round = 0; round < rounds; round++) {
      wasm = Math.min(wasm, await timed(`${w.name} asl-wasm`, () => runWasm(w, definitionText, input, false), expectedSha));
      wasmWithHistory = Math.min(wasmWithHistory,
        await timed(`${w.name} asl-wasm`, () => runWasm(w, definitionText, input, true), expectedSha));
      const [peerDefinition, peerInput] = structuredClone([definition, input]);  // Untimed.
      peer = Math.min(peer, await timed(`${w.name} peer`, () => runPeer(w, peerDefinition, peerInput), expectedSha));
    }
  } catch (e) {
    failures += 1;
    console.log(`${w.name.padEnd(17)}  FAILED: ${e.message}`);
    continue;
  }
  console.log([
    w.name.padEnd(17),
    w.transitions.toLocaleString('en-US').padStart(11),
    rate(w.transitions, wasm).padStart(12),
    rate(w.transitions, peer).padStart(10),
    `${(peer / wasm).toFixed(1)}x`.padStart(8),
    rate(w.transitions, wasmWithHistory).padStart(14),
    `${(peer / wasmWithHistory).toFixed(1)}x`.padStart(8),
  ].join('  '));
}
process.exit(failures > 0 ? 1 : 0);
