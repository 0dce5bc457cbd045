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

/** An execution's final status, as the service spells it. */
export type ExecutionStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** Any JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A history event in the shape of the service's GetExecutionHistory, as `asl run --json --history`
 * prints it: `{timestamp, type, id, previousEventId, <type>EventDetails: {...}}`. Payloads
 * (`input`, `output`, `parameters`) are JSON text, as the service sends them.
 */
export interface HistoryEvent {
  timestamp: string;
  /** `"ExecutionStarted"`, `"PassStateEntered"`, `"TaskFailed"`, ... */
  type: string;
  id: number;
  previousEventId: number;
  [details: string]: unknown;
}

/**
 * How data moved through one state entered (one record per attempt), named as the service's
 * TestState inspection data. A stage that did not happen is absent.
 */
export interface DataFlowRecord {
  stateName: string;
  /** Id of the *StateEntered event (0 without history). */
  enteredEventId: number;
  input?: Json;
  afterInputPath?: Json;
  afterParameters?: Json;
  result?: Json;
  afterResultSelector?: Json;
  afterResultPath?: Json;
  output?: Json;
  /** The variables in scope on entry. */
  variables?: Json;
  /** `{Error, Cause}` when the state failed. */
  error?: Json;
  errorDetails?: { retryIndex?: number; catchIndex?: number; retryBackoffIntervalSeconds?: number };
}

/** What {@link Execution.run} resolves to: `asl run --json --history`, with `events` as `history`. */
export interface ExecutionResult {
  status: ExecutionStatus;
  /** The execution's output when SUCCEEDED, else null. */
  output: Json;
  /** The error when FAILED, TIMED_OUT or ABORTED (ABORTED by {@link Execution.stop} has none). */
  error: string | null;
  cause: string | null;
  /**
   * Every history event; empty when started with `history: false`. Read from the module on
   * first access (a long execution has 100,000 events), then a plain array.
   */
  history: HistoryEvent[];
  /** One record per state that ran; empty when started with `dataFlow: false`. Read on first access. */
  dataFlow: DataFlowRecord[];
}

/**
 * The context object (`$$`) the Task state sees: Execution, StateMachine, State {Name,
 * EnteredTime, RetryCount} and Task {Token}, as the engine built it for this task (EnteredTime is
 * this task's own entry on the virtual clock). `$$.Map.Item` is not included yet.
 */
export interface TaskContextObject {
  Execution: { Id: string; Input: Json; StartTime: string; Name: string; RoleArn: string; RedriveCount: number };
  StateMachine: { Id: string; Name: string };
  State: { Name: string; EnteredTime: string; RetryCount: number };
  Task: { Token: string };
}

/**
 * The second argument of a {@link TaskHandler}. `contextObject` and `signal` are getters on the
 * context's prototype, computed when read: spreading a context (`{...context}`) copies only the
 * other four.
 */
export interface TaskContext {
  /** The Task state's name. */
  stateName: string;
  /** Its `Resource` ARN. */
  resource: string;
  /** Unique per request within the execution. */
  taskToken: string;
  /** 0 for the first try, n for the n-th retry. */
  attempt: number;
  /** The context object; read it before the handler's promise settles (null after). */
  readonly contextObject: TaskContextObject | null;
  /** Aborted when {@link Execution.stop} is called; the answer is then dropped. */
  signal: AbortSignal;
  /**
   * The service's SendTaskHeartbeat: restarts the task's `HeartbeatSeconds` on the virtual
   * clock. False when the task is no longer pending (it timed out, or its branch ended).
   */
  heartbeat(): boolean;
  /**
   * Resolves once the virtual clock has moved `seconds` on. While every handler that is out
   * sleeps, the run moves the clock to the earliest wake-up, firing what falls due before it in
   * virtual order: Wait states, retry back-off, task `TimeoutSeconds` / `HeartbeatSeconds` and
   * the machine's `TimeoutSeconds`. A handler whose task timed out meanwhile is abandoned: what
   * it answers later is dropped. Other handlers take no virtual time. One sleep at a time per
   * handler (two at once end together).
   */
  sleep(seconds: number): Promise<void>;
}

/**
 * Answers a Task state: gets the task's effective input (after InputPath / Parameters) and
 * returns (or resolves to) its result, which is JSON-serialised (`undefined` → `null`). Throwing
 * fails the task: an Error's `name` is the ASL error and its `message` the cause (so
 * `Object.assign(new Error('out of stock'), { name: 'OutOfStock' })` can be caught by a Catch on
 * `OutOfStock`); anything else thrown is `States.TaskFailed` with its text. A result that is not
 * JSON fails the task with `States.Runtime`. Handler time is zero on the virtual clock.
 */
export type TaskHandler = (input: Json, context: TaskContext) => unknown;

/** Mocked responses, keyed by state name, as `asl run --mocks` reads them. */
export type Mocks = Record<string, Record<string, { Return: Json } | { Throw: { Error: string; Cause?: string } }>>;

export interface StartOptions {
  /** Mocked task results, for the tasks no handler answers. */
  mocks?: Mocks;
  /**
   * Task handlers by state name or by Resource ARN (a state name wins). A task with neither
   * handler nor mock fails: with no handlers at all, the execution fails with States.Runtime as
   * `asl run` does; with handlers, the task fails with States.Runtime (catchable).
   */
  handlers?: Record<string, TaskHandler>;
  /** The virtual clock's start (RFC 3339 text, a Date or epoch ms); default 2024-01-01T00:00:00Z. */
  startTime?: string | Date | number;
  /** Seeds UUIDs, `States.MathRandom` and retry jitter; default 0. */
  seed?: number;
  /** Record the history (default true). */
  history?: boolean;
  /** Record the data flow (default true). */
  dataFlow?: boolean;
  /** The payload quota in bytes (default 262144, AWS's 256 KiB); 0 switches it off. */
  maxPayloadBytes?: number;
  /** The history quota (default 25000 events, as AWS); 0 switches it off. */
  maxHistoryEvents?: number;
  /** Fails the execution after this many state transitions; default 0, no bound. */
  maxTransitions?: number;
}

export interface RunOptions {
  /**
   * Gets the history events recorded since the last call (or step), while the execution runs:
   * before each wait for handlers, every 10 ms of work and at the end. Only the first run()
   * call's options count; an exception thrown here is ignored.
   */
  onEvents?: (events: HistoryEvent[]) => void;
}

/** {@link Execution.report}: like the result, with status `"RUNNING"` while it runs. */
export interface ExecutionReport extends Omit<ExecutionResult, 'status'> {
  status: 'RUNNING' | ExecutionStatus;
}

/** A task waiting for its handler, as {@link Execution.step} reports it. */
export interface PendingTask {
  stateName: string;
  resource: string;
  taskToken: string;
  attempt: number;
  input: Json;
}

/** What one {@link Execution.step} did. */
export interface StepResult {
  /** `"RUNNING"` until the execution ends; then {@link Execution.run} resolves at once. */
  status: 'RUNNING' | ExecutionStatus;
  /** The tasks the next step answers first (by calling their handlers). */
  pendingTasks: PendingTask[];
  /** The history events this step added. */
  newEvents: HistoryEvent[];
}

/** Codes of {@link AslError}. */
export type AslErrorCode =
  | 'INVALID_ARGUMENT'
  | 'DEFINITION_TOO_LARGE'
  | 'INVALID_DEFINITION'
  | 'INVALID_INPUT'
  | 'INVALID_OPTIONS'
  | 'INTERNAL_ERROR';

/**
 * Why an execution cannot run: {@link Execution.run} and {@link Execution.step} reject with it,
 * and {@link Execution.problem} holds it from the start. `INVALID_DEFINITION` carries the
 * validator's diagnostics; `INTERNAL_ERROR` means the module failed (other calls keep working).
 */
export class AslError extends Error {
  readonly name: 'AslError';
  readonly code: AslErrorCode;
  readonly diagnostics: Diagnostic[];
}

/** A running execution, returned at once by {@link Asl.start}. */
export interface Execution {
  /** Why the execution cannot run (then run() and step() reject with it), or null. */
  readonly problem: AslError | null;
  /**
   * Runs to the end, calling handlers as tasks come up and letting the event loop run between
   * slices of work. Calling it again returns the same promise; after the end, the same result.
   */
  run(options?: RunOptions): Promise<ExecutionResult>;
  /**
   * The report so far (status `"RUNNING"` until the end; history and data flow up to now), or
   * the result once finished; null when the execution has a {@link Execution.problem}.
   */
  report(): ExecutionReport | null;
  /** Runs one state step, answering the pending tasks first. Waits for a run() in progress. */
  step(): Promise<StepResult>;
  /** Ends the execution as ABORTED (as StopExecution does); handler answers are dropped. */
  stop(): void;
}

/**
 * The module, loaded. Every method never throws and never breaks the next call; all but the
 * execution's are synchronous.
 */
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
  /**
   * Starts an execution and returns at once; nothing runs until {@link Execution.run} or
   * {@link Execution.step}. Never throws: a bad definition, input or option is the execution's
   * {@link Execution.problem}, and run() rejects with it.
   * @param text The definition: a string, or a Uint8Array of UTF-8.
   * @param input The execution input, JSON-serialised; default `{}`.
   *
   * @example
   * const ex = asl.start(text, { orderId: 7 }, {
   *   handlers: { ChargeCard: async (input, { signal }) => ({ charged: true }) },
   * });
   * const { status, output, history } = await ex.run();
   */
  start(text: string | Uint8Array, input?: unknown, options?: StartOptions): Execution;
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
