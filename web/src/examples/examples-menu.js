/**
 * The Examples menu button: a keyboard-operable menu of the bundled examples (arrow keys,
 * Enter, Escape). Choosing one replaces the workspace.
 */
import { h } from '../ui/dom.js';

/**
 * @param {HTMLElement} host  Where the button goes.
 * @param {Array<{name: string, title: string}>} examples
 * @param {(name: string) => void} onChoose
 */
export function mountExamplesMenu(host, examples, onChoose) {
  const button = h('button', {
    type: 'button',
    class: 'toolbar-button',
    id: 'examples-button',
    'aria-haspopup': 'menu',
    'aria-expanded': 'false',
    'aria-controls': 'examples-menu',
    text: 'Examples',
  });
  const menu = h('ul', { class: 'menu', id: 'examples-menu', role: 'menu', 'aria-label': 'Examples', hidden: true });
  for (const example of examples) {
    menu.append(
      h('li', { role: 'none' }, [
        h('button', {
          type: 'button',
          role: 'menuitem',
          tabindex: -1,
          'data-example': example.name,
          text: example.title,
          onclick: () => {
            close();
            onChoose(example.name);
          },
        }),
      ]),
    );
  }
  const wrapper = h('div', { class: 'menu-wrapper' }, [button, menu]);
  host.append(wrapper);
  const items = () => [...menu.querySelectorAll('[role=menuitem]')];

  const open = () => {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    items()[0]?.focus();
  };
  function close(refocus = true) {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  }
  button.addEventListener('click', () => (menu.hidden ? open() : close()));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      open();
    }
  });
  menu.addEventListener('keydown', (event) => {
    const list = items();
    const index = list.indexOf(document.activeElement);
    if (event.key === 'ArrowDown') list[(index + 1) % list.length].focus();
    else if (event.key === 'ArrowUp') list[(index - 1 + list.length) % list.length].focus();
    else if (event.key === 'Home') list[0].focus();
    else if (event.key === 'End') list[list.length - 1].focus();
    else if (event.key === 'Escape' || event.key === 'Tab') close(event.key === 'Escape');
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!menu.hidden && !wrapper.contains(event.target)) close(false);
  });
}
