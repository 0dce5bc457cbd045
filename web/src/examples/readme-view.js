/**
 * Shows an example's README: a small Markdown subset (headings, paragraphs, bullet lists,
 * `code` and **bold**) built as DOM nodes, never as HTML.
 */
import { h } from '../ui/dom.js';

/**
 * @param {string} markdown
 * @returns {HTMLElement[]}
 */
export function renderReadme(markdown) {
  const blocks = [];
  let paragraph = [];
  let list = null;
  const flush = () => {
    if (paragraph.length) blocks.push(h('p', {}, inline(paragraph.join(' '))));
    paragraph = [];
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      list = null;
      blocks.push(h(`h${heading[1].length + 2}`, {}, inline(heading[2])));
    } else if (item) {
      flush();
      if (!list) blocks.push((list = h('ul')));
      list.append(h('li', {}, inline(item[1])));
    } else if (line === '') {
      flush();
      list = null;
    } else if (list && /^\s+/.test(raw)) {
      list.lastChild.append(' ', ...inline(line.trim()));
    } else {
      list = null;
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

function inline(text) {
  const parts = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*/g;
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(m[1] !== undefined ? h('code', { text: m[1] }) : h('strong', { text: m[2] }));
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
