/**
 * A draggable, keyboard-operable separator between the two panes (WAI-ARIA window splitter):
 * it sets the CSS variable --left-pane on the workspace, in percent.
 */
import { h } from './dom.js';

const kMin = 25;
const kMax = 75;

/**
 * @param {HTMLElement} workspace  The grid holding both panes.
 * @param {HTMLElement} before  The pane the separator follows.
 * @returns {HTMLElement} The separator.
 */
export function mountSplitter(workspace, before) {
  const separator = h('div', {
    class: 'splitter',
    role: 'separator',
    tabindex: 0,
    'aria-orientation': 'vertical',
    'aria-label': 'Resize the editor and graph panes',
    'aria-valuemin': kMin,
    'aria-valuemax': kMax,
  });
  before.after(separator);
  let value = 50;
  const set = (percent) => {
    value = Math.round(Math.min(kMax, Math.max(kMin, percent)));
    workspace.style.setProperty('--left-pane', `${value}%`);
    separator.setAttribute('aria-valuenow', String(value));
  };
  separator.addEventListener('pointerdown', (event) => {
    separator.setPointerCapture(event.pointerId);
    const move = (e) => {
      const box = workspace.getBoundingClientRect();
      set(((e.clientX - box.left) / box.width) * 100);
    };
    const up = () => {
      separator.removeEventListener('pointermove', move);
      separator.removeEventListener('pointerup', up);
    };
    separator.addEventListener('pointermove', move);
    separator.addEventListener('pointerup', up);
  });
  separator.addEventListener('keydown', (event) => {
    const steps = { ArrowLeft: -5, ArrowRight: 5, Home: kMin - value, End: kMax - value };
    if (!(event.key in steps)) return;
    event.preventDefault();
    set(value + steps[event.key]);
  });
  set(value);
  return separator;
}
