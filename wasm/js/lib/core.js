// Loads the Emscripten module (dist/asl-core.js + dist/asl-core.wasm) in Node, browsers and
// Web Workers, and keeps one instance of it alive across bad calls.
//
// Node loads the MODULARIZE script as CommonJS (dist/package.json says so); browsers and workers
// import its ES-module copy dist/asl-core.mjs. The .wasm is compiled once per location and
// instantiated synchronously through Emscripten's `instantiateWasm` hook, so that a trapped
// instance can be replaced before the next call without making the API asynchronous.

/** @internal */
export const isNode =
  typeof process === 'object' && typeof process.versions?.node === 'string';

const defaultWasmUrl = new URL('../dist/asl-core.wasm', import.meta.url);

/** @type {Promise<Function> | undefined} */
let factoryPromise;
/** @type {Promise<WebAssembly.Module> | undefined} */
let defaultModulePromise;

// A module specifier bundlers do not try to resolve for the browser.
const nodeModuleSpecifier = 'node:module';
const nodeFsSpecifier = 'node:fs/promises';

function loadFactory() {
  factoryPromise ??= (async () => {
    if (isNode) {
      const { createRequire } = await import(/* @vite-ignore */ nodeModuleSpecifier);
      return createRequire(import.meta.url)('../dist/asl-core.js');
    }
    return (await import('../dist/asl-core.mjs')).default;
  })().catch((error) => {
    factoryPromise = undefined;  // A later call tries again.
    throw error;
  });
  return factoryPromise;
}

async function compileFromUrl(url) {
  if (isNode && url.protocol === 'file:') {
    const { readFile } = await import(/* @vite-ignore */ nodeFsSpecifier);
    return WebAssembly.compile(await readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot fetch ${url}: HTTP ${response.status}`);
  if (typeof WebAssembly.compileStreaming === 'function' &&
      response.headers.get('content-type') === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/**
 * The compiled .wasm: `wasmModule`, else `wasmBinary`, else fetched from `wasmUrl`, else the
 * package's dist/asl-core.wasm (compiled once per process).
 * @param {{wasmModule?: WebAssembly.Module, wasmBinary?: BufferSource, wasmUrl?: string | URL}} options
 * @returns {Promise<WebAssembly.Module>}
 */
function compileWasm(options) {
  if (options.wasmModule instanceof WebAssembly.Module) return Promise.resolve(options.wasmModule);
  if (options.wasmBinary != null) return WebAssembly.compile(options.wasmBinary);
  if (options.wasmUrl != null) {
    const base = typeof location === 'object' ? location.href : import.meta.url;
    return compileFromUrl(new URL(options.wasmUrl, base));
  }
  defaultModulePromise ??= compileFromUrl(defaultWasmUrl).catch((error) => {
    defaultModulePromise = undefined;  // A later call tries again.
    throw error;
  });
  return defaultModulePromise;
}

/**
 * A running instance of the module; `call` runs a function of it and replaces the instance
 * when it traps, so that one bad call never breaks the next.
 * @internal
 */
export class Core {
  /** @param {Function} factory @param {WebAssembly.Module} wasmModule */
  constructor(factory, wasmModule) {
    this.factory = factory;
    this.wasmModule = wasmModule;
    this.messages = [];
    /** Counts instances; objects made by one instance (executions) are dead in the next. */
    this.generation = 0;
    this.instance = this.instantiate();
  }

  instantiate() {
    this.generation += 1;
    const wasmModule = this.wasmModule;
    const messages = (this.messages = []);
    const instance = {
      instantiateWasm(imports, receive) {
        const wasmInstance = new WebAssembly.Instance(wasmModule, imports);
        receive(wasmInstance, wasmModule);
        return wasmInstance.exports;
      },
      print: (text) => messages.push(String(text)),
      printErr: (text) => messages.push(String(text)),
    };
    // Aborts reach the caller as exceptions of the failing call; the promise is not needed.
    this.factory(instance).catch(() => {});
    if (typeof instance.validate !== 'function') {
      const detail = messages.length > 0 ? `: ${messages.join('; ')}` : '';
      throw new Error(`asl-wasm: the WebAssembly module did not initialise${detail}`);
    }
    return instance;
  }

  /**
   * Runs `fn(instance)`. On an exception (a trap or abort inside the module) drops the
   * instance and returns `{failure: message}`; the next call gets a fresh instance.
   * @template T
   * @param {(instance: any) => T} fn
   * @returns {{value: T} | {failure: string}}
   */
  call(fn) {
    try {
      this.instance ??= this.instantiate();
      return { value: fn(this.instance) };
    } catch (e) {
      this.instance = null;
      const detail = this.messages.length > 0 ? ` (${this.messages.join('; ')})` : '';
      return { failure: `${e instanceof Error ? e.message : String(e)}${detail}` };
    }
  }

  /**
   * Like {@link Core.call}, for objects that live in the instance of `generation`: fails
   * without calling `fn` when that instance was dropped since.
   * @template T
   * @param {number} generation
   * @param {(instance: any) => T} fn
   * @returns {{value: T} | {failure: string}}
   */
  callIn(generation, fn) {
    if (this.instance === null || this.generation !== generation) {
      return { failure: 'the module was restarted after an earlier failure, which ended this execution' };
    }
    return this.call(fn);
  }
}

/**
 * Loads and instantiates the module.
 * @param {{wasmModule?: WebAssembly.Module, wasmBinary?: BufferSource, wasmUrl?: string | URL}} [options]
 * @returns {Promise<Core>}
 * @internal
 */
export async function loadCore(options = {}) {
  const [factory, wasmModule] = await Promise.all([loadFactory(), compileWasm(options)]);
  return new Core(factory, wasmModule);
}
