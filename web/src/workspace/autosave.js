/**
 * Autosave of the user's work in localStorage. Only edits made by the user are saved, so
 * opening a share link or an example does not replace saved work until the user types.
 */

const kKey = 'asl-playground:workspace';
const kDelayMs = 300;

/**
 * Reads the saved workspace.
 * @param {Storage|undefined} storage
 * @returns {object|null} The saved workspace, or null when there is none or it is unreadable.
 */
export function loadSaved(storage) {
  try {
    const text = storage?.getItem(kKey);
    if (!text) return null;
    const saved = JSON.parse(text);
    if (typeof saved?.definition !== 'string') return null;
    return {
      definition: saved.definition,
      input: typeof saved.input === 'string' ? saved.input : '{}',
      handlers: typeof saved.handlers === 'string' ? saved.handlers : '',
      mocks: typeof saved.mocks === 'string' ? saved.mocks : '',
      example: typeof saved.example === 'string' ? saved.example : '',
    };
  } catch {
    return null;
  }
}

/**
 * Saves the workspace shortly after each user edit.
 * @param {ReturnType<import('../store.js').createStore>} store
 * @param {Storage|undefined} storage
 * @returns {() => void} Stops autosaving.
 */
export function startAutosave(store, storage) {
  let timer = 0;
  const save = () => {
    if (!timer) return;
    clearTimeout(timer);
    timer = 0;
    try {
      storage?.setItem(kKey, JSON.stringify(store.get().workspace));
    } catch {
      // Storage full or disabled: the work stays in the page.
    }
  };
  const unsubscribe = store.subscribe((state, previous, source) => {
    if (source !== 'user' || state.workspace === previous.workspace) return;
    clearTimeout(timer);
    timer = setTimeout(save, kDelayMs);
  });
  // Leaving the page (reload, close) saves what the delay has not saved yet.
  window.addEventListener('pagehide', save);
  return () => {
    save();
    window.removeEventListener('pagehide', save);
    unsubscribe();
  };
}
