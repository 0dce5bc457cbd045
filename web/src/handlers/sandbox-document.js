/**
 * The document of the handler sandbox: an iframe with sandbox="allow-scripts" and no
 * allow-same-origin, so its origin is opaque — code from handlers.js (which may arrive in a
 * shared link) cannot read the page's storage, cookies or DOM. Inside, a worker imports the
 * handlers module, so a handler that never returns can be ended by removing the iframe.
 *
 * Messages (page ↔ sandbox, see ../run/PROTOCOL.md):
 *   page → sandbox  {type: 'load', id, source}
 *   sandbox → page  {type: 'sandboxReady'}
 *                   {type: 'loaded', id, names, others}     names: exported handler functions
 *                   {type: 'loadError', id, name, message}
 */

const kWorkerSource = `
self.onmessage = async (event) => {
  const message = event.data;
  if (!message || message.type !== 'load') return;
  try {
    const url = URL.createObjectURL(new Blob([message.source], { type: 'text/javascript' }));
    let module;
    try {
      module = await import(url);
    } finally {
      URL.revokeObjectURL(url);
    }
    const table = module.default;
    if (table === null || typeof table !== 'object') {
      throw new TypeError('handlers.js must have a default export: an object of async functions keyed by state name or resource.');
    }
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
