#!/usr/bin/env node
// asl: the `asl` command line of the native build (core/cli), run inside the WebAssembly module,
// so that its commands, usage, output and exit codes are the native ones (one dispatch:
// core/cli/dispatch.h). Only the reading of files lives here.
import { loadCore } from '../lib/core.js';
import { readHostFile } from '../lib/host-file.js';

const EXIT_INTERNAL = 70;

/**
 * Runs the CLI with `args` (the arguments after the program name) and returns the exit code.
 * @param {string[]} args
 * @param {{stdout: {write(b: Uint8Array | string): unknown}, stderr: {write(b: Uint8Array | string): unknown}, color: boolean}} io
 */
async function main(args, io) {
  const core = await loadCore();
  const result = core.call((m) => m.runCommand(['asl', ...args], readHostFile, io.color));
  if ('failure' in result) {
    io.stderr.write(`asl: internal error in the WebAssembly module: ${result.failure}\n`);
    return EXIT_INTERNAL;
  }
  const { exit, stdout, stderr } = result.value;
  if (stdout.length > 0) io.stdout.write(stdout);
  if (stderr.length > 0) io.stderr.write(stderr);
  return exit;
}

process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e;
});
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  color: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
});
