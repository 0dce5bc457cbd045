/**
 * Share links: the workspace, compressed with lz-string, in the URL fragment as `s=<data>`.
 * Decoding never throws: a damaged or truncated link yields an error message instead.
 */
import LZString from 'lz-string';

const kVersion = 1;
const kFields = ['definition', 'input', 'handlers', 'mocks'];

/**
 * Encodes a workspace for the `s` fragment parameter.
 * @param {{definition: string, input: string, handlers: string, mocks: string}} workspace
 * @returns {string} URI-safe text.
 */
export function encodeShare(workspace) {
  const payload = { v: kVersion };
  for (const field of kFields) payload[field] = workspace[field] ?? '';
  return LZString.compressToEncodedURIComponent(JSON.stringify(payload));
}

/**
 * Decodes the `s` fragment parameter.
 * @param {string} data
 * @returns {{ok: true, workspace: {definition: string, input: string, handlers: string, mocks: string}}
 *   | {ok: false, error: string}}
 */
export function decodeShare(data) {
  const damaged = (why) => ({
    ok: false,
    error: `This share link is damaged or incomplete (${why}). Ask for the link again; your own saved work was kept.`,
  });
  if (typeof data !== 'string' || data === '') return damaged('it holds no data');
  let text;
  try {
    text = LZString.decompressFromEncodedURIComponent(data);
  } catch {
    text = null;
  }
  if (!text) return damaged('it cannot be decompressed');
  let payload;
  try {
    payload = JSON.parse(text);
  } catch {
    return damaged('its content is cut off');
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return damaged('its content is not a workspace');
  }
  if (payload.v !== kVersion) return damaged(`it has format version ${String(payload.v)}, expected ${kVersion}`);
  const workspace = {};
  for (const field of kFields) {
    if (typeof payload[field] !== 'string') return damaged(`the field "${field}" is missing`);
    workspace[field] = payload[field];
  }
  return { ok: true, workspace };
}
