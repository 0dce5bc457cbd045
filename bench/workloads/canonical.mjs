// Canonical JSON (object keys sorted, no whitespace) and its SHA-256, as the workloads'
// `expect.sha256` defines it.
import { createHash } from 'node:crypto';

/** The canonical JSON text of a value. */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Hex SHA-256 of the canonical JSON of a value. */
export function canonicalSha256(value) {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
