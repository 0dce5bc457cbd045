/**
 * The message bar: shows the store's notice (share link problems, copy confirmations, the
 * engine's absence) until dismissed.
 */

/**
 * @param {{bar: HTMLElement, text: HTMLElement, close: HTMLElement}} elements
 * @param {ReturnType<import('../store.js').createStore>} store
 */
export function mountNotice(elements, store) {
  elements.close.addEventListener('click', () => store.update({ notice: null }));
  const render = (notice) => {
    elements.bar.hidden = !notice;
    if (!notice) return;
    elements.bar.dataset.kind = notice.kind;
    elements.text.textContent = notice.text;
  };
  store.subscribe((state, previous) => {
    if (state.notice !== previous.notice) render(state.notice);
  });
  render(store.get().notice);
}
