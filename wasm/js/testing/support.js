// Shared by the tests in ../test/ (kept outside test/ so that `node --test` does not run it as
// a test file): where the repository, the golden CLI cases, the native CLI and the conformance
// corpus are.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = resolve(packageDir, '..', '..');
export const cliPath = join(packageDir, 'bin', 'asl.js');
export const goldenDir = join(repoDir, 'tests', 'cli', 'golden');

/** The words of a golden `args` file: whitespace-separated, with '...' and "..." quoting. */
export function shellWords(line) {
  const words = [];
  const pattern = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const match of line.trim().matchAll(pattern)) {
    words.push(match[1] ?? (match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]));
  }
  return words;
}

/**
 * The golden cases of the native CLI (tests/cli/cli_golden_test.cc): name, dir, args, stdin
 * (a path or null), stdout, stderr (null when not compared), exit.
 */
export function goldenCases() {
  return readdirSync(goldenDir)
    .filter((name) => statSync(join(goldenDir, name)).isDirectory())
    .sort()
    .map((name) => {
      const dir = join(goldenDir, name);
      const optional = (file) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file)) : null);
      return {
        name,
        dir,
        args: shellWords(readFileSync(join(dir, 'args'), 'utf8')),
        stdin: existsSync(join(dir, 'stdin')) ? join(dir, 'stdin') : null,
        stdout: readFileSync(join(dir, 'stdout')),
        stderr: optional('stderr'),
        exit: Number(readFileSync(join(dir, 'exit'), 'utf8').trim()),
      };
    });
}

/** The native `asl` ($ASL_NATIVE_CLI, else <repo>/build/bin/asl), or null when not built. */
export function nativeCli() {
  const path = process.env.ASL_NATIVE_CLI || join(repoDir, 'build', 'bin', 'asl');
  return existsSync(path) ? path : null;
}

/** The conformance corpus ($ASL_CONFORMANCE_DIR, else <repo>/../shared/conformance), or null. */
export function conformanceDir() {
  const dir = process.env.ASL_CONFORMANCE_DIR || join(repoDir, '..', 'shared', 'conformance');
  return existsSync(dir) ? dir : null;
}

/**
 * What the tests that compare with the native CLI on the conformance corpus need: the corpus,
 * the native CLI, and `skip`, the reason to skip (false when both are there).
 */
export function corpusAndNativeCli() {
  const root = conformanceDir();
  const native = nativeCli();
  const skip = !root
    ? 'conformance corpus not found (set ASL_CONFORMANCE_DIR or check out ../shared/conformance)'
    : !native
      ? 'native CLI not built (build/bin/asl or ASL_NATIVE_CLI)'
      : false;
  return { root, native, skip };
}
