/**
 * Formats an event's details for people: the payload fields that AWS sends as JSON text
 * (input, output, parameters, assignedVariables values…) are shown as indented JSON.
 */

const kJsonText = new Set(['input', 'output', 'parameters', 'result', 'cause', 'inlineCode']);

/**
 * @param {object|undefined} details  An event's `*EventDetails` object.
 * @returns {string} Indented text; "(no details)" when the event has none.
 */
export function formatDetails(details) {
  if (details === undefined || details === null) return '(no details)';
  return JSON.stringify(expand(details, 0), null, 2);
}

function expand(value, depth) {
  if (depth > 3 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => expand(item, depth + 1));
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = typeof item === 'string' && (kJsonText.has(key) || depth > 0) ? parseOrKeep(item) : expand(item, depth + 1);
  }
  return out;
}

/** JSON text becomes its value; any other string stays as it is. */
function parseOrKeep(text) {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[' && first !== '"') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
