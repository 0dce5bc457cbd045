/**
 * The Task states of a definition (names and resources), read with the error-tolerant
 * parser so that handlers can be checked while the definition has mistakes.
 */
import { parse } from 'jsonc-parser';

const kMaxDepth = 32;

/**
 * @param {string} text  The definition.
 * @returns {Array<{name: string, resource: string}>}
 */
export function taskStates(text) {
  const found = [];
  const visitMachine = (machine, depth) => {
    if (depth > kMaxDepth || !isObject(machine) || !isObject(machine.States)) return;
    for (const [name, state] of Object.entries(machine.States)) {
      if (!isObject(state)) continue;
      if (state.Type === 'Task') found.push({ name, resource: typeof state.Resource === 'string' ? state.Resource : '' });
      if (Array.isArray(state.Branches)) for (const branch of state.Branches) visitMachine(branch, depth + 1);
      visitMachine(state.ItemProcessor ?? state.Iterator, depth + 1);
    }
  };
  visitMachine(parse(text, [], { allowTrailingComma: true }), 0);
  return found;
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
