// Compiled (not run) by test/types.test.js: index.d.ts describes the API as it is used.
import { AslError, createAsl, MAX_DEFINITION_LENGTH } from 'asl-wasm';
import type {
  Asl,
  Diagnostic,
  Execution,
  ExecutionResult,
  ExecutionStatus,
  Graph,
  GraphError,
  HistoryEvent,
  Json,
  Severity,
  StepResult,
  TaskContext,
  TaskHandler,
  ValidationReport,
} from 'asl-wasm';

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

async function execute(asl: Asl): Promise<void> {
  const charge: TaskHandler = async (input: Json, context: TaskContext) => {
    const token: string = context.taskToken;
    const attempt: number = context.attempt;
    const retries: number | undefined = context.contextObject?.State.RetryCount;
    if (context.signal.aborted) throw Object.assign(new Error('stopped'), { name: 'Stopped' });
    await context.sleep(1);
    const alive: boolean = context.heartbeat();
    return { input, token, attempt, retries, alive };
  };
  const ex: Execution = asl.start('{}', { orderId: 7 }, {
    handlers: { Charge: charge, 'arn:aws:states:::sqs:sendMessage': () => null },
    mocks: { Ship: { '0': { Return: { shipped: true } }, '1-2': { Throw: { Error: 'E', Cause: 'c' } } } },
    startTime: new Date(),
    seed: 1,
    history: true,
    dataFlow: false,
    maxPayloadBytes: 0,
  });
  if (ex.problem) {
    const problem: AslError = ex.problem;
    const codes: string[] = problem.diagnostics.map((d) => d.code);
    void codes, problem.code;
  }
  const step: StepResult = await ex.step();
  const pendingStates: string[] = step.pendingTasks.map((t) => t.stateName);
  const result: ExecutionResult = await ex.run({ onEvents: (batch: HistoryEvent[]) => void batch.length });
  const sofar = ex.report();
  if (sofar) void sofar.dataFlow.length, sofar.status === 'RUNNING';
  const status: ExecutionStatus = result.status;
  const events: HistoryEvent[] = result.history;
  const types: string[] = events.map((e) => e.type);
  ex.stop();
  try {
    await asl.start(new Uint8Array(2)).run();
  } catch (e) {
    if (e instanceof AslError && e.code === 'INVALID_DEFINITION') void e.diagnostics.length;
  }
  // @ts-expect-error: statuses are the service's.
  const wrong: ExecutionStatus = 'DONE';
  // @ts-expect-error: seeds are numbers.
  asl.start('{}', {}, { seed: '1' });
  void pendingStates, status, types, wrong;
}
void execute;
