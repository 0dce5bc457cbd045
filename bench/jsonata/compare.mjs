// The reference half of the JSONata benchmark: times every expression of cases.json on
// data.json with npm jsonata (the version package-lock.json pins), reads the native timings
// that jsonata_bench printed, checks that both gave the same result, and prints a table with
// the ratio reference / native (above 1: native is faster).
//
// usage: node compare.mjs NATIVE.json [--min-ms N] [--rounds N]
// Exit status 1 when a result differs or native is slower on some expression.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import jsonata from 'jsonata';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
if (args.length < 1) {
  process.stderr.write('usage: node compare.mjs NATIVE.json [--min-ms N] [--rounds N]\n');
  process.exit(2);
}
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const minMs = option('--min-ms', 200);
const rounds = option('--rounds', 3);

const cases = JSON.parse(readFileSync(join(here, 'cases.json'), 'utf8'));
const data = JSON.parse(readFileSync(join(here, 'data.json'), 'utf8'));
const native = new Map(JSON.parse(readFileSync(args[0], 'utf8')).map((r) => [r.name, r]));
const version = JSON.parse(readFileSync(join(here, 'node_modules/jsonata/package.json'), 'utf8'))
  .version;

// One round: evaluations until minMs have passed; the mean time per evaluation in ns.
async function round(expression) {
  let iterations = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < BigInt(minMs) * 1000000n || iterations < 3) {
    await expression.evaluate(data);
    iterations++;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / iterations;
}

// The native result as the reference would print it: compact JSON text, null for undefined.
function sameResult(nativeResult, referenceValue) {
  if (referenceValue === undefined) return nativeResult === null;
  if (typeof nativeResult !== 'string') return false;
  return isDeepStrictEqual(JSON.parse(nativeResult), JSON.parse(JSON.stringify(referenceValue)));
}

const format = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(1)} µs`);
const rows = [];
let failures = 0;
for (const c of cases) {
  const expression = jsonata(c.expression);
  const reference = await expression.evaluate(data);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) best = Math.min(best, await round(expression));
  const mine = native.get(c.name);
  const same = mine !== undefined && sameResult(mine.result, reference);
  const ratio = mine && mine.ns ? best / mine.ns : NaN;
  if (!same || !(ratio > 1)) failures++;
  rows.push([c.name, mine?.ns ? format(mine.ns) : 'n/a', format(best),
    Number.isNaN(ratio) ? 'n/a' : `${ratio.toFixed(1)}x`, same ? 'same' : 'DIFFERS']);
}

const header = ['expression', 'native', `jsonata ${version}`, 'ratio', 'result'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
  .join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));
const ratios = rows.map((r) => parseFloat(r[3])).filter((x) => !Number.isNaN(x));
const geomean = Math.exp(ratios.reduce((a, x) => a + Math.log(x), 0) / ratios.length);
console.log(`geometric mean ratio ${geomean.toFixed(1)}x over ${ratios.length} expressions` +
  ` (node ${process.versions.node}); ratio = jsonata time / native time`);
if (failures > 0) {
  console.log(`${failures} expression(s) differ or are not faster natively`);
  process.exitCode = 1;
}
