// Compiled (not run) by test/types.test.js: index.d.ts describes the API as it is used.
import { createAsl, MAX_DEFINITION_LENGTH } from 'asl-wasm';
import type { Asl, Diagnostic, Graph, GraphError, Severity, ValidationReport } from 'asl-wasm';

async function use(): Promise<void> {
  const asl: Asl = await createAsl({ wasmUrl: new URL('https://example.org/asl-core.wasm') });
  await createAsl({ wasmBinary: new Uint8Array(8) });
  await createAsl();
  const version: string = asl.version;
  const report: ValidationReport = asl.validate('{}');
  const first: Diagnostic | undefined = report.diagnostics[0];
  const severity: Severity | undefined = first?.severity;
  const line: number | undefined = first?.range.start.line;
  asl.validate(new TextEncoder().encode('{}'));
  const graph: Graph | GraphError = asl.graph('{}');
  if ('error' in graph) {
    const message: string = graph.error;
    void message;
  } else {
    const kinds: string[] = graph.edges.map((e) => e.kind);
    const starts: boolean[] = graph.nodes.map((n) => n.start && n.terminal);
    void kinds, starts;
  }
  const dot = asl.graphText('{}', 'dot');
  if ('text' in dot) void dot.text.length;
  // @ts-expect-error: formats are json, dot and mermaid.
  asl.graphText('{}', 'svg');
  // @ts-expect-error: the API object is read-only.
  asl.version = 'x';
  void version, severity, line, MAX_DEFINITION_LENGTH;
}
void use;
