// Builds the static site into dist/: the app (Monaco, the panels), Monaco's editor and JSON
// workers, the analysis worker that owns the WASM module, ELK's layout worker, the WASM binary
// and index.html. Usage: node build.mjs [--dev]   (--dev: no minification)
import * as esbuild from 'esbuild';
import { copyFile, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { examplesPlugin } from './build/examples-plugin.mjs';
import { aslWasmPlugin } from './build/asl-wasm-plugin.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dist = path.join(here, 'dist');
// ASL_WASM_DIR overrides where the asl-wasm package is (default: wasm/js of this repository).
const wasmPackage = process.env.ASL_WASM_DIR ? path.resolve(process.env.ASL_WASM_DIR) : path.join(root, 'wasm', 'js');
const dev = process.argv.includes('--dev');
const monaco = path.join(here, 'node_modules', 'monaco-editor', 'esm', 'vs');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const wasm = aslWasmPlugin(wasmPackage);
const common = {
  bundle: true,
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  target: ['es2022'],
  format: 'esm',
  logLevel: 'warning',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
};

await esbuild.build({
  ...common,
  entryPoints: { app: path.join(here, 'src', 'main.js') },
  outdir: dist,
  loader: { '.ttf': 'file' },
  assetNames: 'assets/[name]-[hash]',
  plugins: [examplesPlugin(path.join(root, 'examples'))],
});

await esbuild.build({
  ...common,
  entryPoints: {
    'editor.worker': path.join(monaco, 'editor', 'editor.worker.js'),
    'json.worker': path.join(monaco, 'language', 'json', 'json.worker.js'),
    'analysis.worker': path.join(here, 'src', 'analysis', 'analysis.worker.js'),
  },
  outdir: dist,
  platform: 'browser',
  external: ['fs', 'path', 'node:*', 'module', 'url', 'crypto', 'worker_threads'],
  // Emscripten's MODULARIZE output checks `typeof exports`/`module` before using them.
  logOverride: { 'commonjs-variable-in-esm': 'silent' },
  plugins: [wasm.plugin],
});

await copyFile(path.join(here, 'node_modules', 'elkjs', 'lib', 'elk-worker.min.js'), path.join(dist, 'elk-worker.min.js'));
await copyFile(path.join(here, 'index.html'), path.join(dist, 'index.html'));
if (wasm.built) {
  await copyFile(path.join(wasmPackage, 'dist', 'asl-core.wasm'), path.join(dist, 'asl-core.wasm'));
} else {
  console.warn('warning: wasm/js is not built; the site will say the validator is unavailable (run scripts/build-wasm.sh).');
}
await writeFile(path.join(dist, 'build-info.json'), JSON.stringify({ wasm: wasm.built, dev }, null, 2));
const size = (await stat(path.join(dist, 'app.js'))).size;
console.log(`web/dist built (app.js ${(size / 1024).toFixed(0)} KiB, wasm ${wasm.built ? 'included' : 'missing'})`);
