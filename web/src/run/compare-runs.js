/**
 * Compares two finished runs (a past one and the current one) for the past-runs bar: status,
 * output, number of events, and the first event where their histories part.
 */
import { sameJson } from './expected-result.js';

/**
 * @param {{status: string, output: unknown, history: Array<{type: string}>}} past
 * @param {{status: string, output: unknown, history: Array<{type: string}>}} current
 * @returns {string} One sentence for people.
 */
export function compareRuns(past, current) {
  const parts = [];
  parts.push(past.status === current.status ? `both ${past.status}` : `status ${past.status} here, ${current.status} now`);
  parts.push(sameJson(past.output, current.output) ? 'same output' : 'different output');
  const a = past.history ?? [];
  const b = current.history ?? [];
  let first = 0;
  while (first < a.length && first < b.length && a[first].type === b[first].type) ++first;
  if (first === a.length && first === b.length) {
    parts.push(`the same ${a.length} event types`);
  } else {
    const here = a[first]?.type ?? 'the end';
    const now = b[first]?.type ?? 'the end';
    parts.push(`${a.length} events here, ${b.length} now; they part at event ${first + 1} (${here} here, ${now} now)`);
  }
  return `Compared with the current run: ${parts.join('; ')}.`;
}
