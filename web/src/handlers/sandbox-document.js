/**
 * The document of the handler sandbox: an iframe with sandbox="allow-scripts" and no
 * allow-same-origin, so its origin is opaque — code from handlers.js (which may arrive in a
 * shared link) cannot read the page's storage, cookies or DOM. Inside, a worker imports the
 * handlers module, so a handler that never returns can be ended by removing the iframe.
 *
 * Messages (page ↔ sandbox, see ../run/PROTOCOL.md):
 *   page → sandbox  {type: 'load', id, source}
 *                   {type: 'invoke', token, key, input, context}   key: an exported name
 *                   {type: 'taskCallResult', token, callId, value}
 *   sandbox → page  {type: 'sandboxReady'}
 *                   {type: 'loaded', id, names, others}     names: exported handler functions
 *                   {type: 'loadError', id, name, message}
 *                   {type: 'settled', token, ok: true, output}    output: JSON text
 *                   {type: 'settled', token, ok: false, error, cause}
 *                   {type: 'taskCall', token, callId, method: 'sleep', seconds} | {..., method: 'heartbeat'}
 * The handler's context gets `sleep(seconds)` (a promise, resolved once the execution's virtual
 * clock has moved on that far) and `heartbeat()` (a promise of a boolean here: it crosses
 * messages to the engine, whose SendTaskHeartbeat answers false once the task is over).
 * A handler's resolved value is sent as JSON (undefined → null); one that cannot be serialised
 * fails the task with States.Runtime. A thrown Error fails it with its name and message; any
 * other thrown value with States.TaskFailed and its text.
 */

const kWorkerSource = `
let table = null;
const calls = new Map();
let nextCall = 1;
const callEngine = (token, method, seconds) => new Promise((resolve) => {
  const callId = nextCall++;
  calls.set(callId, resolve);
  self.postMessage({ type: 'taskCall', token, callId, method, seconds });
});
const contextOf = (token, context) => ({
  ...context,
  sleep: (seconds) => callEngine(token, 'sleep', Number(seconds)).then(() => undefined),
  heartbeat: () => callEngine(token, 'heartbeat').then((value) => value === true),
});
const answer = (message) => {
  const resolve = calls.get(message.callId);
  calls.delete(message.callId);
  if (resolve) resolve(message.value);
};
const invoke = async (message) => {
  const fn = table && table[message.key];
  if (typeof fn !== 'function') {
    self.postMessage({ type: 'settled', token: message.token, ok: false, error: 'States.Runtime', cause: 'handlers.js exports no function ' + JSON.stringify(message.key) + '.' });
    return;
  }
  let value;
  try {
    value = await fn.call(table, message.input, contextOf(message.token, message.context));
  } catch (error) {
    const isError = error !== null && typeof error === 'object' && 'message' in error;
    self.postMessage({
      type: 'settled', token: message.token, ok: false,
      error: isError ? String(error.name || 'Error') : 'States.TaskFailed',
      cause: isError ? String(error.message) : String(error),
    });
    return;
  }
  let output;
  try {
    output = JSON.stringify(value === undefined ? null : value);
  } catch (error) {
    self.postMessage({ type: 'settled', token: message.token, ok: false, error: 'States.Runtime', cause: 'The handler for ' + JSON.stringify(message.key) + ' returned a value that is not JSON: ' + String(error && error.message || error) });
    return;
  }
  self.postMessage({ type: 'settled', token: message.token, ok: true, output });
};
self.onmessage = async (event) => {
  const message = event.data;
  if (message && message.type === 'invoke') return invoke(message);
  if (message && message.type === 'taskCallResult') return answer(message);
  if (!message || message.type !== 'load') return;
  try {
    const url = URL.createObjectURL(new Blob([message.source], { type: 'text/javascript' }));
    let module;
    try {
      module = await import(url);
    } finally {
      URL.revokeObjectURL(url);
    }
    if (module.default === null || typeof module.default !== 'object') {
      throw new TypeError('handlers.js must have a default export: an object of async functions keyed by state name or resource.');
    }
    table = module.default;
    const keys = Object.keys(table);
    self.postMessage({
      type: 'loaded',
      id: message.id,
      names: keys.filter((k) => typeof table[k] === 'function'),
      others: keys.filter((k) => typeof table[k] !== 'function'),
    });
  } catch (error) {
    self.postMessage({ type: 'loadError', id: message.id, name: String(error && error.name || 'Error'), message: String(error && error.message || error) });
  }
};`;

const kFrameScript = `
const worker = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(kWorkerSource)}], { type: 'text/javascript' })));
worker.onmessage = (event) => parent.postMessage(event.data, '*');
worker.onerror = (event) => parent.postMessage({ type: 'loadError', id: -1, name: 'Error', message: event.message || 'the handler worker failed' }, '*');
addEventListener('message', (event) => {
  if (event.source === parent) worker.postMessage(event.data);
});
parent.postMessage({ type: 'sandboxReady' }, '*');`;

/**
 * The srcdoc of the sandbox iframe.
 * @returns {string}
 */
export function sandboxDocument() {
  return `<!doctype html><meta charset="utf-8"><title>Handler sandbox</title><script>${kFrameScript}</script>`;
}
