/**
 * The URL fragment holds `&`-separated parameters: `key=value` or a bare flag such as `embed`.
 * Example: `#embed&panels=graph&s=N4Ig...`.
 */

/**
 * Parses a fragment (with or without the leading `#`) into a fresh Map.
 * @param {string} hash
 * @returns {Map<string, string>} Bare flags map to "1".
 */
export function parseFragment(hash) {
  const params = new Map();
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      params.set(safeDecode(part), '1');
    } else {
      params.set(safeDecode(part.slice(0, eq)), part.slice(eq + 1));
    }
  }
  return params;
}

/**
 * Builds a fragment from parameters; values are written as given (they must be URI-safe).
 * @param {Map<string, string>} params
 * @returns {string} With the leading `#`, or "" when empty.
 */
export function formatFragment(params) {
  const parts = [];
  for (const [key, value] of params) parts.push(value === '1' && key === 'embed' ? key : `${key}=${value}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
