#!/usr/bin/env node
// asl: the `asl` command line of the native build (core/cli), run inside the WebAssembly module,
// so that its commands, output and exit codes are the native ones. Only the top-level usage
// (core/cli/main.cc) and the reading of files live here.
import { loadCore } from '../lib/core.js';
import { readHostFile } from '../lib/host-file.js';

const USAGE =
  'usage: asl COMMAND [ARGS]\n' +
  'commands:\n' +
  '  validate FILE... [--json]                 check definitions, explain each mistake\n' +
  '  graph FILE [--format json|dot|mermaid]    print the state graph\n' +
  '  run DEF.json [--input F] [--mocks F]      run on a virtual clock with mocked tasks\n' +
  '  test CONFIG.json --definition DEF.json    run a mock configuration\'s test cases\n' +
  "Run 'asl COMMAND --help' for a command's options.\n";

const EXIT_USAGE = 2;
const EXIT_INTERNAL = 70;

/**
 * Runs the CLI with `args` (the arguments after the program name) and returns the exit code.
 * @param {string[]} args
 * @param {{stdout: {write(b: Uint8Array | string): unknown}, stderr: {write(b: Uint8Array | string): unknown}, color: boolean}} io
 */
async function main(args, io) {
  const [command] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout).write(USAGE);
    return command === undefined ? EXIT_USAGE : 0;
  }
  const core = await loadCore();
  const result = core.call((m) => m.runCommand(['asl', ...args], readHostFile, io.color));
  if ('failure' in result) {
    io.stderr.write(`asl: internal error in the WebAssembly module: ${result.failure}\n`);
    return EXIT_INTERNAL;
  }
  const { exit, stdout, stderr } = result.value;
  if (exit === null) {
    io.stderr.write(`asl: unknown command '${command}'\n${USAGE}`);
    return EXIT_USAGE;
  }
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
