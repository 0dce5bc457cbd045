/**
 * Turns the Mocks editor's text into the engine's mock table ({state: {"0": {Return|Throw}}}).
 * The text is either that table itself or a full Step Functions Local mock configuration
 * (StateMachines → TestCases → state → response name, plus MockedResponses); from a
 * configuration one test case is chosen — by name, or the first one.
 */

/**
 * @typedef {object} MockSelection
 * @property {Record<string, object>} table    The mock table for the engine ({} for none).
 * @property {string[]} testCases              "machine / case" names a configuration offers.
 * @property {string} testCase                 The one chosen ("" for a plain table).
 * @property {object|undefined} expected       The configuration's ExpectedResults for it.
 * @property {string} error                    Why the text cannot be used ("" when it can).
 */

/**
 * @param {string} text  The Mocks editor's content.
 * @param {string} [wanted]  "machine / case" to choose; the first case when absent or unknown.
 * @returns {MockSelection}
 */
export function selectMocks(text, wanted = '') {
  const none = { table: {}, testCases: [], testCase: '', expected: undefined, error: '' };
  if (text.trim() === '') return none;
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ...none, error: `The mocks are not valid JSON: ${error.message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ...none, error: 'The mocks must be a JSON object: a state name → responses table, or a Step Functions Local configuration.' };
  }
  if (!('StateMachines' in value) && !('MockedResponses' in value)) return { ...none, table: value };

  const responses = value.MockedResponses ?? {};
  const cases = [];
  for (const [machine, config] of Object.entries(value.StateMachines ?? {})) {
    for (const [name, states] of Object.entries(config?.TestCases ?? {})) {
      cases.push({ label: `${machine} / ${name}`, states, expected: config?.ExpectedResults?.[name] });
    }
  }
  if (!cases.length) return { ...none, error: 'The mock configuration has no test case under StateMachines → TestCases.' };
  const chosen = cases.find((c) => c.label === wanted) ?? cases[0];
  const table = {};
  for (const [state, responseName] of Object.entries(chosen.states ?? {})) {
    const response = responses[responseName];
    if (response === undefined) {
      return { ...none, testCases: cases.map((c) => c.label), testCase: chosen.label, error: `Test case '${chosen.label}' maps state '${state}' to '${responseName}', which MockedResponses does not define.` };
    }
    table[state] = response;
  }
  return { table, testCases: cases.map((c) => c.label), testCase: chosen.label, expected: chosen.expected, error: '' };
}
