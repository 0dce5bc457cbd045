// The options of asl.start() as the options JSON of Session::Create (core/api/session.h).
import { describe, toJson } from './arguments.js';
import { AslError } from './asl-error.js';

/** The options object of Session::Create, or an AslError. */
export function sessionOptions(options) {
  if (options === null || typeof options !== 'object') {
    return new AslError('INVALID_OPTIONS', `start() takes its options as an object, not ${describe(options)}.`);
  }
  const { mocks, handlers = {}, startTime, seed, history, dataFlow, maxPayloadBytes, maxHistoryEvents, maxTransitions } = options;
  if (handlers === null || typeof handlers !== 'object') {
    return new AslError('INVALID_OPTIONS', `handlers must be an object mapping state names and resource ARNs to functions, not ${describe(handlers)}.`);
  }
  const names = Object.keys(handlers);
  for (const name of names) {
    if (typeof handlers[name] !== 'function') {
      return new AslError('INVALID_OPTIONS', `handlers['${name}'] must be a function, not ${describe(handlers[name])}.`);
    }
  }
  const out = { mocks, seed, history, dataFlow, maxPayloadBytes, maxHistoryEvents, maxTransitions };
  if (names.length > 0) out.host = { states: names, resources: names };
  if (startTime instanceof Date || typeof startTime === 'number') {
    const date = new Date(startTime);
    if (Number.isNaN(date.getTime())) return new AslError('INVALID_OPTIONS', 'startTime is not a valid date.');
    out.startTime = date.toISOString();
  } else {
    out.startTime = startTime;
  }
  const text = toJson(out);  // Drops the options that are undefined.
  if (text === undefined) return new AslError('INVALID_OPTIONS', 'the options cannot be serialised as JSON.');
  return text;
}
