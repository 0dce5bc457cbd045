/**
 * The postMessage API of embed mode, for the page that holds the iframe:
 *   parent → playground  {type: 'asl:set', definition?, input?, handlers?, mocks?}
 *                        {type: 'asl:get'}
 *                        {type: 'asl:run'}
 *   playground → parent  {type: 'asl:ready', version}
 *                        {type: 'asl:validation', valid, diagnostics}
 *                        {type: 'asl:state', workspace, validation}
 *                        {type: 'asl:result', status, output, error, cause, history, dataFlow}
 * Only messages from the parent window are read. See EMBED.md.
 */
import { updateWorkspace } from '../store.js';

const kFields = ['definition', 'input', 'handlers', 'mocks'];

/**
 * @param {ReturnType<import('../store.js').createStore>} store
 * @param {Window} parent
 * @param {{onRun?: () => void}} [actions]  What `asl:run` does.
 * @returns {{onValidation: (validation: object) => void, onResult: (result: object) => void}}
 */
export function startEmbedBridge(store, parent, actions = {}) {
  const post = (message) => parent.postMessage(message, '*');
  window.addEventListener('message', (event) => {
    if (event.source !== parent || typeof event.data !== 'object' || event.data === null) return;
    const message = event.data;
    if (message.type === 'asl:set') {
      const fields = {};
      for (const field of kFields) if (typeof message[field] === 'string') fields[field] = message[field];
      updateWorkspace(store, fields, 'embed');
    } else if (message.type === 'asl:run') {
      actions.onRun?.();
    } else if (message.type === 'asl:get') {
      const { workspace, validation } = store.get();
      post({ type: 'asl:state', workspace, validation: { valid: validation.valid, diagnostics: validation.diagnostics } });
    }
  });
  let announced = false;
  store.subscribe((state) => {
    if (!announced && state.engine.status === 'ready') {
      announced = true;
      post({ type: 'asl:ready', version: state.engine.version });
    }
  });
  return {
    onValidation(validation) {
      post({ type: 'asl:validation', valid: validation.valid, diagnostics: validation.diagnostics });
    },
    /** After each finished run. */
    onResult(result) {
      post({ ...result, type: 'asl:result' });
    },
  };
}
