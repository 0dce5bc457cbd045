/**
 * Converts the validator's diagnostics (1-based lines, 1-based UTF-16 columns) into Monaco
 * markers.
 */

const kOwner = 'asl-validator';

/**
 * @param {typeof import('monaco-editor/editor/editor.api.js')} monaco
 * @param {object} model  The definition model.
 * @param {Array<{severity: string, code: string, message: string, range: object}>} diagnostics
 */
export function setDiagnosticMarkers(monaco, model, diagnostics) {
  const severity = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };
  const markers = diagnostics.map((d) => {
    const { start, end } = d.range ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const collapsed = end.line === start.line && end.column <= start.column;
    return {
      severity: severity[d.severity] ?? monaco.MarkerSeverity.Error,
      message: d.message,
      code: d.code,
      source: 'ASL',
      startLineNumber: start.line,
      startColumn: start.column,
      endLineNumber: end.line,
      endColumn: collapsed ? start.column + 1 : end.column,
    };
  });
  monaco.editor.setModelMarkers(model, kOwner, markers);
}
