// esbuild plugin: resolves `asl-wasm` to the package in wasm/js. When that package has not
// been built, the worker is built with a module whose createAsl() rejects with the reason, so
// the page says the validator is unavailable instead of failing to load.
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * @param {string} packageDir  wasm/js
 * @returns {{plugin: object, built: boolean}}
 */
export function aslWasmPlugin(packageDir) {
  const entry = path.join(packageDir, 'index.js');
  const built = existsSync(entry) && existsSync(path.join(packageDir, 'dist', 'asl-core.wasm'));
  const plugin = {
    name: 'asl-wasm',
    setup(build) {
      build.onResolve({ filter: /^asl-wasm$/ }, () =>
        built ? { path: entry } : { path: 'missing', namespace: 'asl-wasm-missing' },
      );
      build.onLoad({ filter: /.*/, namespace: 'asl-wasm-missing' }, () => ({
        contents:
          'export function createAsl() { return Promise.reject(new Error("the WebAssembly module was not built (run scripts/build-wasm.sh, then rebuild the site)")); }',
        loader: 'js',
      }));
    },
  };
  return { plugin, built };
}
