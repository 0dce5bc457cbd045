/**
 * The analysis worker: owns the WebAssembly module and answers the page's requests so the
 * page never blocks on validation. Protocol (see ../run/PROTOCOL.md):
 *   page → worker  {type: 'analyze', id, text}
 *   worker → page  {type: 'ready', version, canExecute}
 *                  {type: 'unavailable', message}
 *                  {type: 'analysis', id, validation, graph}
 */
import { createAsl } from 'asl-wasm';

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

self.onmessage = async (event) => {
  const message = event.data;
  if (message?.type !== 'analyze') return;
  const asl = await ready;
  if (!asl) return;
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
