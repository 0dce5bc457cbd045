// asl-wasm: the Amazon States Language validator, state graph and interpreter of the ASL
// playground, compiled to WebAssembly, for Node >= 20, browsers and Web Workers. Types and
// documentation: index.d.ts.
import { MAX_DEFINITION_LENGTH, argumentProblem, internalError, utf8Argument } from './lib/arguments.js';
import { loadCore } from './lib/core.js';
import { AslError, startExecution } from './lib/execution.js';

export { AslError, MAX_DEFINITION_LENGTH };

const GRAPH_FORMATS = new Set(['json', 'dot', 'mermaid']);

/** A report with one error that is not about a place in the text. */
function failedReport(code, message) {
  const start = { line: 1, column: 1 };
  return {
    valid: false,
    diagnostics: [{ severity: 'error', code, message, path: '', range: { start, end: { ...start } } }],
  };
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
    const result = core.call((m) => m.graph(utf8Argument(text), format));
    if ('failure' in result) return { error: internalError(result.failure) };
    return result.value.ok ? { text: result.value.output } : { error: result.value.error };
  }

  return Object.freeze({
    version: version.value,

    validate(text) {
      const problem = argumentProblem('validate', text);
      if (problem) return failedReport(problem.code, problem.message);
      const result = core.call((m) => m.validate(utf8Argument(text)));
      if ('failure' in result) return failedReport('INTERNAL_ERROR', internalError(result.failure));
      return JSON.parse(result.value);
    },

    graph(text) {
      const result = graphText(text, 'json');
      return 'text' in result ? JSON.parse(result.text) : result;
    },

    graphText,

    start(text, input, options) {
      return startExecution(core, text, input, options);
    },
  });
}
