/**
 * Calls a sandboxed handler makes on its task context — `context.sleep(seconds)` and
 * `context.heartbeat()` — which cross message hops (handler worker → sandbox iframe → page →
 * engine worker, see PROTOCOL.md) to reach asl-wasm's TaskContext and come back answered.
 * Every call settles exactly once: with its answer, or harmlessly when it can no longer reach
 * a pending task (the task ended, timed out or the run stopped).
 */

/** The context methods that cross to the engine. */
export const kTaskCallMethods = Object.freeze(['sleep', 'heartbeat']);

/**
 * The answer of a call that reaches no pending task: `sleep` resolves (null), `heartbeat`
 * gives false (as SendTaskHeartbeat fails for a task that is no longer running).
 * @param {string} method
 * @returns {null | false}
 */
export function harmlessAnswer(method) {
  return method === 'heartbeat' ? false : null;
}

/**
 * Calls waiting for their answer across one message hop, by call id.
 * @returns {{add: (method: string, send: (callId: number) => void) => Promise<unknown>,
 *   answer: (callId: number, value: unknown) => void, drop: () => void, readonly size: number}}
 *   `add` registers a call and posts it with `send`; `answer` settles it (unknown ids are
 *   ignored); `drop` settles every waiting call with its harmless answer.
 */
export function createPendingCalls() {
  const waiting = new Map();
  let nextCall = 1;
  return {
    add(method, send) {
      const callId = nextCall++;
      return new Promise((resolve) => {
        waiting.set(callId, { method, resolve });
        send(callId);
      });
    },
    answer(callId, value) {
      const call = waiting.get(callId);
      if (!call) return;
      waiting.delete(callId);
      call.resolve(value);
    },
    drop() {
      const calls = [...waiting.values()];
      waiting.clear();
      for (const { method, resolve } of calls) resolve(harmlessAnswer(method));
    },
    get size() {
      return waiting.size;
    },
  };
}
