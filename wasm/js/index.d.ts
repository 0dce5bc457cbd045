// Type declarations of asl-wasm (index.js).

/** Where the WebAssembly binary comes from. Give at most one; by default the package's own. */
export interface CreateAslOptions {
  /**
   * URL of `asl-core.wasm`, resolved against the page (or this module outside a page). Default:
   * `dist/asl-core.wasm` next to this package's modules, read with `fs` in Node and fetched
   * elsewhere.
   */
  wasmUrl?: string | URL;
  /** The bytes of `asl-core.wasm`, when you load them yourself. */
  wasmBinary?: BufferSource;
  /** `asl-core.wasm` compiled already, e.g. posted from the page to a Web Worker. */
  wasmModule?: WebAssembly.Module;
}

/** A place in the text: 1-based line, 1-based column counted in UTF-16 code units (as Monaco). */
export interface Position {
  line: number;
  column: number;
}

/** A span of the text; `end` is exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem in a definition, shaped like AWS's ValidateStateMachineDefinition diagnostics. */
export interface Diagnostic {
  severity: Severity;
  /**
   * A stable identifier: AWS's codes where they exist (`SCHEMA_VALIDATION_FAILED`,
   * `MISSING_TRANSITION_TARGET`, ...) and finer ones in the same style. Three come from this
   * package rather than the validator: `INVALID_ARGUMENT` (the text is neither a string nor a
   * Uint8Array), `DEFINITION_TOO_LARGE` (longer than {@link MAX_DEFINITION_LENGTH}) and
   * `INTERNAL_ERROR` (the module failed; the next call works again).
   */
  code: string;
  /** One sentence that names the place and says what to do. */
  message: string;
  /** RFC 6901 JSON pointer into the definition, such as `/States/Check/Choices/0/Next`; `""` for the whole document. */
  path: string;
  range: Range;
}

/** The result of {@link Asl.validate}: the same as `asl validate FILE --json`. */
export interface ValidationReport {
  /** True when no diagnostic has severity `error`. */
  valid: boolean;
  /** Sorted by position, without duplicates. */
  diagnostics: Diagnostic[];
}

/** A state machine or a nested one: the top level, a Parallel branch, a Map item processor. */
export interface GraphScope {
  /** JSON pointer of the nested machine: `""` for the top level, `/States/P/Branches/0`. */
  id: string;
  /** Id of the Parallel or Map node that holds it; `""` for the top level. */
  parent: string;
  /** `"Branch 1"`, `"Item processor"`, or `""` for the top level. */
  label: string;
  /** Id of the StartAt state; `""` when StartAt names no state. */
  start: string;
}

export interface GraphNode {
  /** JSON pointer of the state, e.g. `/States/Check`. */
  id: string;
  /** The state's name. */
  name: string;
  /** `"Pass"`, `"Task"`, ... as written; may be empty or unknown while the definition is invalid. */
  type: string;
  /** Id of the {@link GraphScope} the state belongs to. */
  scope: string;
  /** True for the state StartAt names. */
  start: boolean;
  /** True for `"End": true`, Succeed and Fail states. */
  terminal: boolean;
}

export type GraphEdgeKind = 'next' | 'choice' | 'default' | 'catch';

export interface GraphEdge {
  /** Node id. */
  from: string;
  /** Node id. */
  to: string;
  kind: GraphEdgeKind;
  /** Choice rule summary (`$.n < 10`), `Default`, or the caught error names. */
  label: string;
  /** JSON pointer of the field that makes the edge, e.g. `/States/A/Next`. */
  path: string;
}

/** The state graph: the same as `asl graph FILE --format json`. */
export interface Graph {
  scopes: GraphScope[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Why no graph could be drawn: `"line L, column C: message"` when the text is not JSON. */
export interface GraphError {
  error: string;
}

/** The module, loaded. Every method is synchronous, never throws and never breaks the next call. */
export interface Asl {
  /** The package version, e.g. `"0.1.0"`. */
  readonly version: string;
  /**
   * Checks a definition and explains each mistake where it is.
   * @param text The definition: a string, or a Uint8Array of UTF-8 (as read from a file).
   */
  validate(text: string | Uint8Array): ValidationReport;
  /**
   * The state graph; drawn even while the definition has errors, as long as it is JSON.
   * @param text The definition: a string, or a Uint8Array of UTF-8.
   */
  graph(text: string | Uint8Array): Graph | GraphError;
  /**
   * The state graph as text: JSON (as {@link Asl.graph} parses it), Graphviz DOT or Mermaid,
   * the same as `asl graph FILE --format FORMAT`.
   * @param format Default `"json"`.
   */
  graphText(text: string | Uint8Array, format?: 'json' | 'dot' | 'mermaid'): { text: string } | GraphError;
}

/**
 * Loads the WebAssembly module (in Node from `dist/` with `fs`, elsewhere with `fetch`) and
 * returns its API. Rejects only when the module cannot be loaded.
 *
 * @example
 * import { createAsl } from 'asl-wasm';
 * const asl = await createAsl();
 * const { valid, diagnostics } = asl.validate(definitionText);
 */
export function createAsl(options?: CreateAslOptions): Promise<Asl>;

/**
 * The longest definition {@link Asl.validate} and {@link Asl.graph} take, in UTF-16 code units
 * for strings and bytes for Uint8Arrays: 16 MiB, sixteen times AWS's limit.
 */
export const MAX_DEFINITION_LENGTH: number;
