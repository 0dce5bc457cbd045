// asl-wasm: the Amazon States Language validator and state graph of the ASL playground, compiled
// to WebAssembly, for Node >= 20, browsers and Web Workers. Types and documentation: index.d.ts.
import { loadCore } from './lib/core.js';

/**
 * The longest definition accepted, in UTF-16 code units or bytes: 16 times AWS's 1 MB limit on
 * state machine definitions, small enough that the module never runs out of memory.
 */
export const MAX_DEFINITION_LENGTH = 16 * 1024 * 1024;

const GRAPH_FORMATS = new Set(['json', 'dot', 'mermaid']);

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? `an object (${value.constructor?.name ?? 'Object'})` : `a ${typeof value}`;
}

/**
 * Why `text` cannot be passed to the module, or undefined when it can.
 * @param {string} fn
 * @param {unknown} text
 */
function argumentProblem(fn, text) {
  if (typeof text !== 'string' && !(text instanceof Uint8Array)) {
    return { code: 'INVALID_ARGUMENT', message: `${fn}() takes the definition as a string or a Uint8Array of UTF-8, not ${describe(text)}.` };
  }
  const [length, unit] = typeof text === 'string' ? [text.length, 'characters'] : [text.byteLength, 'bytes'];
  if (length > MAX_DEFINITION_LENGTH) {
    return {
      code: 'DEFINITION_TOO_LARGE',
      message: `The definition is ${length} ${unit} long; at most ${MAX_DEFINITION_LENGTH} are accepted (AWS accepts 1 MB).`,
    };
  }
  return undefined;
}

/** A report with one error that is not about a place in the text. */
function failedReport(code, message) {
  const start = { line: 1, column: 1 };
  return {
    valid: false,
    diagnostics: [{ severity: 'error', code, message, path: '', range: { start, end: { ...start } } }],
  };
}

function internalError(failure) {
  return `internal error in the WebAssembly module: ${failure}`;
}

/**
 * Loads the module. See index.d.ts.
 * @param {import('./index.js').CreateAslOptions} [options]
 * @returns {Promise<import('./index.js').Asl>}
 */
export async function createAsl(options = {}) {
  const core = await loadCore(options);
  const version = core.call((m) => m.version());
  if ('failure' in version) throw new Error(internalError(version.failure));

  function graphText(text, format = 'json') {
    const problem = argumentProblem('graph', text);
    if (problem) return { error: problem.message };
    if (!GRAPH_FORMATS.has(format)) {
      return { error: `unknown format '${String(format)}'; use json, dot or mermaid` };
    }
    const result = core.call((m) => m.graph(text, format));
    if ('failure' in result) return { error: internalError(result.failure) };
    return result.value.ok ? { text: result.value.output } : { error: result.value.error };
  }

  return Object.freeze({
    version: version.value,

    validate(text) {
      const problem = argumentProblem('validate', text);
      if (problem) return failedReport(problem.code, problem.message);
      const result = core.call((m) => m.validate(text));
      if ('failure' in result) return failedReport('INTERNAL_ERROR', internalError(result.failure));
      return JSON.parse(result.value);
    },

    graph(text) {
      const result = graphText(text, 'json');
      return 'text' in result ? JSON.parse(result.text) : result;
    },

    graphText,
  });
}
