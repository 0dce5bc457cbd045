// Checks of the arguments the package hands to the module, shared by its entry points.

/**
 * The longest definition accepted, in UTF-16 code units or bytes: 16 times AWS's 1 MB limit on
 * state machine definitions, small enough that the module never runs out of memory.
 */
export const MAX_DEFINITION_LENGTH = 16 * 1024 * 1024;

/** "a number", "an object (Map)", ...: what a wrong argument is, for messages. */
export function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? `an object (${value.constructor?.name ?? 'Object'})` : `a ${typeof value}`;
}

/**
 * Why `text` cannot be passed to the module, or undefined when it can.
 * @param {string} fn
 * @param {unknown} text
 * @returns {{code: string, message: string} | undefined}
 */
export function argumentProblem(fn, text) {
  if (typeof text !== 'string' && !(text instanceof Uint8Array)) {
    return { code: 'INVALID_ARGUMENT', message: `${fn}() takes the definition as a string or a Uint8Array of UTF-8, not ${describe(text)}.` };
  }
  const [length, unit] = typeof text === 'string' ? [text.length, 'characters'] : [text.byteLength, 'bytes'];
  if (length > MAX_DEFINITION_LENGTH) {
    return {
      code: 'DEFINITION_TOO_LARGE',
      message: `The definition is ${length} ${unit} long; at most ${MAX_DEFINITION_LENGTH} are accepted (AWS accepts 1 MB).`,
    };
  }
  return undefined;
}

export function internalError(failure) {
  return `internal error in the WebAssembly module: ${failure}`;
}

const utf8Encoder = new TextEncoder();

/**
 * `text` as the module's text parameters take it fastest: a Uint8Array of its UTF-8, which
 * bindings.cc's TextOf copies with one TypedArray.set (Embind's std::string conversion measured
 * and encoded a string character by character in JavaScript, a sixth of a run on a 1 MB input).
 * A string with a lone surrogate is passed as it is, so that the module sees the same bytes as
 * before and reports them (TextEncoder would turn every lone surrogate into U+FFFD). A
 * Uint8Array is passed as it is.
 * @param {string | Uint8Array} text
 */
export function utf8Argument(text) {
  if (typeof text !== 'string' || typeof text.isWellFormed !== 'function' || !text.isWellFormed()) return text;
  return utf8Encoder.encode(text);
}

/** JSON text of `value`, or undefined when it has none (a function, a cycle, a BigInt). */
export function toJson(value) {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
