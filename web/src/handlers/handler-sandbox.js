/**
 * Runs handlers.js in an opaque-origin sandbox (see sandbox-document.js) and reports what it
 * exports. A new sandbox is made for each load, and the previous one removed, so nothing a
 * module did survives an edit.
 */
import { sandboxDocument } from './sandbox-document.js';
import { harmlessAnswer, kTaskCallMethods } from '../run/task-calls.js';

const kLoadTimeoutMs = 5000;

/**
 * Loads a handlers module in a fresh sandbox.
 * @param {HTMLElement} host  Where the hidden iframe lives.
 * @param {string} source  The module text.
 * @returns {{result: Promise<{ok: true, names: string[], others: string[]} | {ok: false, name: string, message: string}>,
 *   frame: HTMLIFrameElement, dispose: () => void}}
 */
export function loadHandlers(host, source) {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('title', 'Handler sandbox');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.hidden = true;
  frame.srcdoc = sandboxDocument();
  let listener = null;
  let timer = 0;
  const dispose = () => {
    clearTimeout(timer);
    if (listener) window.removeEventListener('message', listener);
    frame.remove();
  };
  const result = new Promise((resolve) => {
    listener = (event) => {
      if (event.source !== frame.contentWindow) return;
      const message = event.data ?? {};
      if (message.type === 'sandboxReady') {
        frame.contentWindow.postMessage({ type: 'load', id: 1, source }, '*');
      } else if (message.type === 'loaded') {
        resolve({ ok: true, names: message.names, others: message.others });
      } else if (message.type === 'loadError') {
        resolve({ ok: false, name: message.name, message: message.message });
      }
    };
    window.addEventListener('message', listener);
    timer = setTimeout(
      () => resolve({ ok: false, name: 'Timeout', message: `loading handlers.js took more than ${kLoadTimeoutMs / 1000} s` }),
      kLoadTimeoutMs,
    );
  });
  host.append(frame);
  return { result, frame, dispose };
}

/**
 * A sandbox that keeps handlers.js loaded to answer tasks during a run.
 * @param {HTMLElement} host  Where the hidden iframe lives.
 * @param {string} source  The module text.
 * @returns {{loaded: Promise<{ok: true, names: string[], others: string[]} | {ok: false, name: string, message: string}>,
 *   invoke: (key: string, input: unknown, context: object, callEngine?: (method: string, seconds?: number) => Promise<unknown>)
 *     => Promise<{ok: true, output: string} | {ok: false, error: string, cause: string}>,
 *   dispose: () => void}}
 *   `callEngine` answers the handler's context.sleep(seconds) / context.heartbeat() (see
 *   ../run/task-calls.js); without it, or once the handler settled, they get their harmless
 *   answer. `dispose` ends the sandbox's worker, so a handler that never settles is stopped;
 *   tasks still waiting then settle as failed with States.Runtime.
 */
export function startHandlers(host, source) {
  const sandbox = loadHandlers(host, source);
  const waiting = new Map();
  let nextToken = 1;
  const reply = (message, value) =>
    sandbox.frame.contentWindow?.postMessage({ type: 'taskCallResult', token: message.token, callId: message.callId, value }, '*');
  const taskCall = (message) => {
    const callEngine = waiting.get(message.token)?.callEngine;
    if (!callEngine || !kTaskCallMethods.includes(message.method)) {
      reply(message, harmlessAnswer(message.method));
      return;
    }
    callEngine(message.method, message.seconds).then((value) => reply(message, value));
  };
  const listener = (event) => {
    const message = event.data ?? {};
    if (event.source !== sandbox.frame.contentWindow) return;
    if (message.type === 'taskCall') {
      taskCall(message);
      return;
    }
    if (message.type !== 'settled') return;
    const task = waiting.get(message.token);
    waiting.delete(message.token);
    task?.settle(message.ok ? { ok: true, output: message.output } : { ok: false, error: message.error, cause: message.cause });
  };
  window.addEventListener('message', listener);
  return {
    loaded: sandbox.result,
    invoke(key, input, context, callEngine) {
      const token = nextToken++;
      return new Promise((resolve) => {
        waiting.set(token, { settle: resolve, callEngine });
        sandbox.frame.contentWindow?.postMessage({ type: 'invoke', token, key, input, context }, '*');
      });
    },
    dispose() {
      window.removeEventListener('message', listener);
      sandbox.dispose();
      for (const { settle } of waiting.values()) settle({ ok: false, error: 'States.Runtime', cause: 'The execution was stopped while the handler was running.' });
      waiting.clear();
    },
  };
}
