/**
 * An accessible tab strip (WAI-ARIA tabs pattern: arrow keys move between tabs, each panel is
 * a labelled tabpanel).
 */
import { h } from './dom.js';

/**
 * @param {HTMLElement} host
 * @param {string} name  Accessible name of the tab list.
 * @param {Array<{id: string, label: string, panel: HTMLElement}>} tabs
 * @returns {{select: (id: string) => void, setLabel: (id: string, label: string) => void}}
 */
export function mountTabs(host, name, tabs) {
  const list = h('div', { class: 'tab-list', role: 'tablist', 'aria-label': name });
  const buttons = new Map();
  const panels = new Map();
  for (const tab of tabs) {
    const button = h('button', {
      type: 'button',
      role: 'tab',
      class: 'tab',
      id: `tab-${tab.id}`,
      'aria-controls': `tabpanel-${tab.id}`,
      'aria-selected': 'false',
      tabindex: -1,
      text: tab.label,
      onclick: () => select(tab.id),
    });
    const panel = h('div', { class: 'tab-panel', role: 'tabpanel', id: `tabpanel-${tab.id}`, 'aria-labelledby': `tab-${tab.id}`, hidden: true }, [tab.panel]);
    buttons.set(tab.id, button);
    panels.set(tab.id, panel);
    list.append(button);
  }
  host.append(list, ...panels.values());
  list.addEventListener('keydown', (event) => {
    const ids = [...buttons.keys()];
    const index = ids.findIndex((id) => buttons.get(id) === document.activeElement);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % ids.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + ids.length) % ids.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = ids.length - 1;
    if (next < 0) return;
    event.preventDefault();
    select(ids[next]);
    buttons.get(ids[next]).focus();
  });

  function select(id) {
    for (const [key, button] of buttons) {
      const active = key === id;
      button.setAttribute('aria-selected', String(active));
      button.tabIndex = active ? 0 : -1;
      panels.get(key).hidden = !active;
    }
  }
  select(tabs[0].id);
  return {
    select,
    setLabel: (id, label) => {
      buttons.get(id).textContent = label;
    },
  };
}
