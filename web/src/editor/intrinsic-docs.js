/**
 * One-line documentation of the intrinsic functions of the Amazon States Language, shown on
 * hover in payload templates (https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html).
 */
export const kIntrinsicDocs = {
  'States.Format': "States.Format('template {}', arg…) — the template with each {} replaced by the next argument.",
  'States.StringToJson': 'States.StringToJson(text) — parses a JSON string.',
  'States.JsonToString': 'States.JsonToString(value) — serialises a value to a JSON string.',
  'States.Array': 'States.Array(value…) — an array of the arguments.',
  'States.ArrayPartition': 'States.ArrayPartition(array, size) — the array cut into chunks of size.',
  'States.ArrayContains': 'States.ArrayContains(array, value) — whether the array holds the value.',
  'States.ArrayRange': 'States.ArrayRange(first, last, step) — numbers from first to last by step (at most 1000).',
  'States.ArrayGetItem': 'States.ArrayGetItem(array, index) — the item at a zero-based index.',
  'States.ArrayLength': 'States.ArrayLength(array) — the number of items.',
  'States.ArrayUnique': 'States.ArrayUnique(array) — the array without duplicate values.',
  'States.Base64Encode': 'States.Base64Encode(text) — Base64 of the UTF-8 text.',
  'States.Base64Decode': 'States.Base64Decode(base64) — the decoded text.',
  'States.Hash': "States.Hash(text, 'MD5'|'SHA-1'|'SHA-256'|'SHA-384'|'SHA-512') — the hex digest.",
  'States.JsonMerge': 'States.JsonMerge(object, object, false) — a shallow merge; the second wins.',
  'States.MathRandom': 'States.MathRandom(start, end[, seed]) — a random integer, start inclusive, end exclusive.',
  'States.MathAdd': 'States.MathAdd(number, number) — the sum of two integers.',
  'States.StringSplit': 'States.StringSplit(text, delimiters) — the text split at any of the delimiter characters.',
  'States.UUID': 'States.UUID() — a version 4 UUID.',
};

/**
 * The intrinsic function name at a column of a line, if any.
 * @param {string} line
 * @param {number} column  1-based.
 * @returns {{name: string, start: number, end: number}|null}  1-based start, exclusive end.
 */
export function intrinsicAt(line, column) {
  const pattern = /States\.[A-Za-z0-9]+/g;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    const start = m.index + 1;
    const end = start + m[0].length;
    if (column >= start && column <= end && kIntrinsicDocs[m[0]]) return { name: m[0], start, end };
  }
  return null;
}
