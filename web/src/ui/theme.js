/**
 * Light and dark themes: the button toggles `data-theme` on the document and remembers the
 * choice (except in embed mode, which follows its `theme` option).
 */

const kKey = 'asl-playground:theme';

/**
 * The theme the page starts with.
 * @param {string} requested  From the embed options, or "".
 * @returns {'light'|'dark'}
 */
export function initialTheme(requested) {
  if (requested === 'light' || requested === 'dark') return requested;
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/**
 * @param {HTMLButtonElement} button
 * @param {ReturnType<import('../store.js').createStore>} store
 * @param {{persist: boolean}} options
 */
export function mountThemeToggle(button, store, options) {
  const render = (theme) => {
    document.documentElement.dataset.theme = theme;
    button.setAttribute('aria-pressed', String(theme === 'dark'));
    button.title = theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme';
  };
  button.addEventListener('click', () => {
    const theme = store.get().theme === 'dark' ? 'light' : 'dark';
    store.update({ theme });
    if (options.persist) {
      try {
        localStorage.setItem(kKey, theme);
      } catch {
        // Storage disabled: the choice lasts for this page.
      }
    }
  });
  store.subscribe((state, previous) => {
    if (state.theme !== previous.theme) render(state.theme);
  });
  render(store.get().theme);
}
