/**
 * Compares a finished run with the ExpectedResults of the mock test case it used (this
 * project's extension of the Step Functions Local format: Status, Output, Error, Cause).
 */

/**
 * @param {{status: string, output: unknown, error: string|null, cause: string|null}} result
 * @param {{Status?: string, Output?: unknown, Error?: string, Cause?: string}|undefined} expected
 * @returns {{checked: boolean, ok: boolean, differences: string[]}}
 */
export function checkExpected(result, expected) {
  if (!expected || typeof expected !== 'object') return { checked: false, ok: true, differences: [] };
  const differences = [];
  if ('Status' in expected && expected.Status !== result.status) differences.push(`status ${result.status}, expected ${expected.Status}`);
  if ('Output' in expected && !sameJson(expected.Output, result.output)) differences.push(`output ${JSON.stringify(result.output)}, expected ${JSON.stringify(expected.Output)}`);
  if ('Error' in expected && expected.Error !== result.error) differences.push(`error ${result.error ?? 'none'}, expected ${expected.Error}`);
  if ('Cause' in expected && expected.Cause !== result.cause) differences.push(`cause ${JSON.stringify(result.cause)}, expected ${JSON.stringify(expected.Cause)}`);
  return { checked: true, ok: differences.length === 0, differences };
}

/** Deep equality of JSON values; object key order does not matter. */
export function sameJson(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
}
