/**
 * The analysis worker: owns the WebAssembly module and answers the page's requests so the
 * page never blocks on validation. Protocol (see ../run/PROTOCOL.md):
 *   page → worker  {type: 'analyze', id, text}
 *   worker → page  {type: 'ready', version, canExecute}
 *                  {type: 'unavailable', message}
 *                  {type: 'analysis', id, validation, graph}
 * and runs executions (run-host.js: start, run, step, stop, taskResult).
 */
import { createAsl } from 'asl-wasm';
import { createRunHost } from '../run/run-host.js';

const ready = createAsl({ wasmUrl: new URL('asl-core.wasm', self.location.href).href }).then(
  (asl) => {
    self.postMessage({ type: 'ready', version: asl.version, canExecute: typeof asl.start === 'function' });
    return asl;
  },
  (error) => {
    self.postMessage({ type: 'unavailable', message: String(error?.message ?? error) });
    return null;
  },
);

let runHost = null;
self.onmessage = async (event) => {
  const message = event.data;
  const asl = await ready;
  if (!asl) return;
  if (message?.type !== 'analyze') {
    runHost ??= createRunHost(asl, (reply) => self.postMessage(reply));
    runHost.handle(message);
    return;
  }
  let validation;
  let graph;
  try {
    validation = asl.validate(message.text);
  } catch (error) {
    validation = { valid: false, diagnostics: [], failure: String(error?.message ?? error) };
  }
  try {
    graph = asl.graph(message.text);
  } catch (error) {
    graph = { error: String(error?.message ?? error) };
  }
  self.postMessage({ type: 'analysis', id: message.id, validation, graph });
};
