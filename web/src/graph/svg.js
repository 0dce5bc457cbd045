/**
 * Creates SVG elements; text goes in as text.
 */
const kNs = 'http://www.w3.org/2000/svg';

/**
 * @param {string} tag
 * @param {Record<string, string|number|boolean|undefined|null>} [attributes]
 * @param {Array<Node|null|undefined|false>} [children]
 * @returns {SVGElement}
 */
export function s(tag, attributes = {}, children = []) {
  const element = document.createElementNS(kNs, tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') element.textContent = String(value);
    else element.setAttribute(key, String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}
