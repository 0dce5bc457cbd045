/**
 * The Share button: writes the workspace into the URL fragment, copies the link and says so.
 */
import { encodeShare } from './share-codec.js';
import { formatFragment, parseFragment } from './url-fragment.js';

/**
 * The share link of a workspace.
 * @param {object} workspace
 * @param {string} pageUrl  The page's URL; its fragment is replaced.
 * @returns {string}
 */
export function shareLink(workspace, pageUrl) {
  const url = new URL(pageUrl);
  url.hash = `s=${encodeShare(workspace)}`;
  return url.toString();
}

/**
 * @param {HTMLButtonElement} button
 * @param {ReturnType<import('../store.js').createStore>} store
 */
export function mountShareButton(button, store) {
  button.addEventListener('click', async () => {
    const link = shareLink(store.get().workspace, window.location.href);
    history.replaceState(null, '', link);
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      copied = false;
    }
    store.update({
      notice: {
        kind: 'info',
        text: copied
          ? `Link copied (${link.length} characters). Anyone who opens it gets this definition, input and handlers.`
          : 'The link is in the address bar: copy it from there (the clipboard was not available).',
      },
    });
  });
}

/**
 * Once the user edits, the shared data in the address bar is out of date: it is removed (other
 * fragment parameters stay), so that a reload opens the autosaved work rather than the link.
 * @param {ReturnType<import('../store.js').createStore>} store
 */
export function dropShareOnEdit(store) {
  store.subscribe((state, previous, source) => {
    if (source !== 'user' || state.workspace === previous.workspace) return;
    const params = parseFragment(window.location.hash);
    if (!params.delete('s')) return;
    const url = new URL(window.location.href);
    url.hash = formatFragment(params);
    history.replaceState(null, '', url.toString());
  });
}
