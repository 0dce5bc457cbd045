/**
 * Maps between positions in the definition text and JSON pointers, with the error-tolerant
 * parser of jsonc-parser, so the graph and the editor can point at each other while the text
 * has mistakes.
 */
import { getLocation, parseTree } from 'jsonc-parser';

/**
 * Splits a JSON pointer (RFC 6901) into its reference tokens.
 * @param {string} pointer  e.g. "/States/A~1B/Next".
 * @returns {string[]}
 */
export function pointerTokens(pointer) {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Builds a JSON pointer from a path of keys and indexes.
 * @param {Array<string|number>} path
 * @returns {string}
 */
export function pointerFromPath(path) {
  return path.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * Finds the text of the member a pointer names.
 * @param {string} text
 * @param {string} pointer
 * @returns {{keyOffset: number, keyLength: number, offset: number, length: number}|null}
 *   The key's and the whole member's (key to end of value) offsets, or null when absent.
 */
export function locatePointer(text, pointer) {
  let node = parseTree(text, [], { allowTrailingComma: true });
  let member = null;
  for (const token of pointerTokens(pointer)) {
    if (!node) return null;
    if (node.type === 'object') {
      member = (node.children ?? []).find((p) => p.children?.[0]?.value === token) ?? null;
      node = member?.children?.[1];
      if (!member) return null;
    } else if (node.type === 'array') {
      const index = Number(token);
      if (!Number.isInteger(index)) return null;
      node = node.children?.[index];
      member = node ?? null;
    } else {
      return null;
    }
  }
  if (!member) return null;
  const key = member.type === 'property' ? member.children[0] : member;
  return { keyOffset: key.offset, keyLength: key.length, offset: member.offset, length: member.length };
}

/**
 * The pointer of the innermost state (a member of a "States" object) around an offset.
 * @param {string} text
 * @param {number} offset
 * @returns {string} The pointer, or "" when the offset is not inside a state.
 */
export function stateAtOffset(text, offset) {
  const { path } = getLocation(text, offset);
  for (let i = path.length - 1; i >= 1; i--) {
    if (path[i - 1] === 'States' && typeof path[i] === 'string' && isMachinePath(path.slice(0, i - 1))) {
      return pointerFromPath(path.slice(0, i + 1));
    }
  }
  return '';
}

/**
 * When the offset is at the value of a field that names a state (StartAt, Next, Default, a
 * Catch or Choice rule's Next), returns the names of the states that field may name.
 * @param {string} text
 * @param {number} offset
 * @returns {string[]|null} null when the offset is not in such a field.
 */
export function stateNamesForField(text, offset) {
  const location = getLocation(text, offset);
  const { path } = location;
  if (location.isAtPropertyKey || path.length === 0) return null;
  const field = path[path.length - 1];
  let machine = null;
  if (field === 'StartAt') {
    machine = path.slice(0, -1);
  } else if (field === 'Next' || field === 'Default') {
    for (let i = path.length - 2; i >= 1; i--) {
      if (path[i - 1] === 'States' && isMachinePath(path.slice(0, i - 1))) {
        machine = path.slice(0, i - 1);
        break;
      }
    }
  }
  if (!machine || !isMachinePath(machine)) return null;
  const root = parseTree(text, [], { allowTrailingComma: true });
  const tree = root ? findByPath(root, [...machine, 'States']) : null;
  return (tree?.children ?? []).map((p) => p.children?.[0]?.value).filter((n) => typeof n === 'string');
}

/**
 * Whether a path names a state machine: the root, a Parallel branch, a Map processor.
 * @param {Array<string|number>} path
 */
function isMachinePath(path) {
  if (path.length === 0) return true;
  const last = path[path.length - 1];
  if (last === 'ItemProcessor' || last === 'Iterator') return isStatePath(path.slice(0, -1));
  if (typeof last === 'number' && path[path.length - 2] === 'Branches') return isStatePath(path.slice(0, -2));
  return false;
}

function isStatePath(path) {
  return path.length >= 2 && path[path.length - 2] === 'States' && isMachinePath(path.slice(0, -2));
}

function findByPath(node, path) {
  let current = node;
  for (const token of path) {
    if (!current) return null;
    if (current.type === 'object') {
      const member = (current.children ?? []).find((p) => p.children?.[0]?.value === token);
      current = member?.children?.[1];
    } else if (current.type === 'array') {
      current = current.children?.[token];
    } else {
      return null;
    }
  }
  return current ?? null;
}
