/**
 * A JSON Schema of the Amazon States Language for Monaco's completion and hover. It describes
 * fields per state type (https://states-language.net/spec.html and the AWS Step Functions
 * Developer Guide); the WASM validator, not this schema, reports problems.
 */

const str = (description) => ({ type: 'string', description });
const int = (description) => ({ type: 'integer', description });
const any = (description) => ({ description });
const path = (description) => ({ type: ['string', 'null'], description });

const kQueryLanguage = {
  enum: ['JSONPath', 'JSONata'],
  description: 'Query language of this state: JSONPath (the default) or JSONata.',
};

const kFlow = {
  Next: str('Name of the state to run next.'),
  End: { type: 'boolean', description: 'true ends the execution (or the branch) after this state.' },
};

const kJsonPathIo = {
  InputPath: path('JSONPath selecting the part of the state input to use (JSONPath only).'),
  OutputPath: path('JSONPath selecting the part of the state output to pass on (JSONPath only).'),
};

const kJsonPathResult = {
  Parameters: any('Payload template building the effective input; keys ending in ".$" are paths (JSONPath only).'),
  ResultSelector: any('Payload template applied to the result before ResultPath (JSONPath only).'),
  ResultPath: path('Where the result goes in the state input; null discards it (JSONPath only).'),
};

const kJsonata = {
  Arguments: any('The input of the task or branches, with {% JSONata %} expressions (JSONata only).'),
  Output: any('The state output, with {% JSONata %} expressions (JSONata only).'),
  Assign: { type: 'object', description: 'Variables to assign after this state; values may be JSONata expressions or paths.' },
};

const kRetrier = {
  type: 'object',
  properties: {
    ErrorEquals: { type: 'array', items: { type: 'string' }, description: 'Error names this retrier handles, e.g. "States.ALL", "States.TaskFailed".' },
    IntervalSeconds: int('Seconds before the first retry (default 1).'),
    MaxAttempts: int('Maximum retries (default 3; 0 never retries).'),
    BackoffRate: { type: 'number', description: 'Multiplier of the interval after each attempt (default 2.0).' },
    MaxDelaySeconds: int('Upper bound of the retry interval.'),
    JitterStrategy: { enum: ['FULL', 'NONE'], description: 'FULL randomises each interval.' },
    Comment: str('A description of this retrier.'),
  },
  required: ['ErrorEquals'],
};

const kCatcher = {
  type: 'object',
  properties: {
    ErrorEquals: { type: 'array', items: { type: 'string' }, description: 'Error names this catcher handles.' },
    Next: str('State to go to when the error is caught.'),
    ResultPath: path('Where the error output goes in the state input (JSONPath only).'),
    Output: any('Output when caught (JSONata only).'),
    Assign: { type: 'object', description: 'Variables to assign when caught.' },
    Comment: str('A description of this catcher.'),
  },
  required: ['ErrorEquals', 'Next'],
};

const kErrorHandling = {
  Retry: { type: 'array', items: kRetrier, description: 'Retriers tried in order when the state fails.' },
  Catch: { type: 'array', items: kCatcher, description: 'Catchers tried in order once retries are exhausted.' },
};

const kComparisons = [
  'StringEquals', 'StringEqualsPath', 'StringLessThan', 'StringLessThanPath', 'StringGreaterThan',
  'StringGreaterThanPath', 'StringLessThanEquals', 'StringLessThanEqualsPath', 'StringGreaterThanEquals',
  'StringGreaterThanEqualsPath', 'StringMatches', 'NumericEquals', 'NumericEqualsPath', 'NumericLessThan',
  'NumericLessThanPath', 'NumericGreaterThan', 'NumericGreaterThanPath', 'NumericLessThanEquals',
  'NumericLessThanEqualsPath', 'NumericGreaterThanEquals', 'NumericGreaterThanEqualsPath', 'BooleanEquals',
  'BooleanEqualsPath', 'TimestampEquals', 'TimestampEqualsPath', 'TimestampLessThan', 'TimestampLessThanPath',
  'TimestampGreaterThan', 'TimestampGreaterThanPath', 'TimestampLessThanEquals', 'TimestampLessThanEqualsPath',
  'TimestampGreaterThanEquals', 'TimestampGreaterThanEqualsPath', 'IsNull', 'IsPresent', 'IsNumeric',
  'IsString', 'IsBoolean', 'IsTimestamp',
];

const kChoiceRule = {
  type: 'object',
  properties: {
    Variable: str('JSONPath of the value to compare (JSONPath only).'),
    Condition: str('A {% JSONata %} expression that must be true (JSONata only).'),
    And: { type: 'array', items: { $ref: '#/definitions/choiceRule' }, description: 'All of these rules must match.' },
    Or: { type: 'array', items: { $ref: '#/definitions/choiceRule' }, description: 'One of these rules must match.' },
    Not: { $ref: '#/definitions/choiceRule', description: 'This rule must not match.' },
    Next: str('State to go to when this top-level rule matches.'),
    Assign: { type: 'object', description: 'Variables to assign when this rule matches.' },
    Output: any('Output when this rule matches (JSONata only).'),
    Comment: str('A description of this rule.'),
    ...Object.fromEntries(kComparisons.map((op) => [op, any(`Comparison operator ${op}.`)])),
  },
};

const kMachine = {
  type: 'object',
  properties: {
    Comment: str('A description of the state machine.'),
    StartAt: str('Name of the first state to run.'),
    States: { type: 'object', additionalProperties: { $ref: '#/definitions/state' }, description: 'The states, by name.' },
    QueryLanguage: kQueryLanguage,
  },
  required: ['StartAt', 'States'],
};

const kTypes = {
  Pass: {
    description: 'Passes its input to its output, optionally injecting Result.',
    properties: { ...kFlow, ...kJsonPathIo, ...kJsonPathResult, ...kJsonata, Result: any('Fixed output of the state (JSONPath only).') },
  },
  Task: {
    description: 'Runs a unit of work: an activity, a Lambda function, a service integration.',
    properties: {
      ...kFlow, ...kJsonPathIo, ...kJsonPathResult, ...kJsonata, ...kErrorHandling,
      Resource: str('ARN of the resource to run, e.g. "arn:aws:states:::lambda:invoke" (add ".waitForTaskToken" for the callback pattern).'),
      TimeoutSeconds: { type: ['integer', 'string'], description: 'Maximum run time before States.Timeout (default 99999999).' },
      TimeoutSecondsPath: str('Reference path to the timeout (JSONPath only).'),
      HeartbeatSeconds: { type: ['integer', 'string'], description: 'Maximum time between heartbeats before States.Timeout.' },
      HeartbeatSecondsPath: str('Reference path to the heartbeat interval (JSONPath only).'),
      Credentials: { type: 'object', description: 'Role to assume for the task.' },
    },
    required: ['Resource'],
  },
  Choice: {
    description: 'Chooses the next state by the first matching rule.',
    properties: {
      ...kJsonPathIo, Output: kJsonata.Output, Assign: kJsonata.Assign,
      Choices: { type: 'array', items: { $ref: '#/definitions/choiceRule' }, description: 'Rules tried in order.' },
      Default: str('State to go to when no rule matches (otherwise States.NoChoiceMatched).'),
    },
    required: ['Choices'],
  },
  Wait: {
    description: 'Waits for a duration or until a time (on the virtual clock in the playground).',
    properties: {
      ...kFlow, ...kJsonPathIo, Output: kJsonata.Output, Assign: kJsonata.Assign,
      Seconds: { type: ['integer', 'string'], description: 'Seconds to wait.' },
      SecondsPath: str('Reference path to the seconds to wait (JSONPath only).'),
      Timestamp: str('RFC 3339 time to wait until.'),
      TimestampPath: str('Reference path to the time to wait until (JSONPath only).'),
    },
  },
  Succeed: {
    description: 'Ends the execution (or the branch) successfully.',
    properties: { ...kJsonPathIo, Output: kJsonata.Output },
  },
  Fail: {
    description: 'Ends the execution with an error and a cause.',
    properties: {
      Error: str('Error name.'),
      ErrorPath: str('Reference path to the error name (JSONPath only).'),
      Cause: str('Human-readable cause.'),
      CausePath: str('Reference path to the cause (JSONPath only).'),
    },
  },
  Parallel: {
    description: 'Runs branches at the same time; its output is the array of their outputs.',
    properties: {
      ...kFlow, ...kJsonPathIo, ...kJsonPathResult, ...kJsonata, ...kErrorHandling,
      Branches: { type: 'array', items: kMachine, description: 'Each branch is a state machine.' },
    },
    required: ['Branches'],
  },
  Map: {
    description: 'Runs a sub-machine for each item of an array.',
    properties: {
      ...kFlow, ...kJsonPathIo, ...kJsonPathResult, ...kJsonata, ...kErrorHandling,
      ItemProcessor: {
        ...kMachine,
        properties: {
          ...kMachine.properties,
          ProcessorConfig: {
            type: 'object',
            properties: {
              Mode: { enum: ['INLINE', 'DISTRIBUTED'], description: 'INLINE runs iterations inside this execution.' },
              ExecutionType: { enum: ['STANDARD', 'EXPRESS'], description: 'Type of child executions (DISTRIBUTED).' },
            },
          },
        },
        description: 'The state machine run for each item.',
      },
      Iterator: { ...kMachine, description: 'Legacy name of ItemProcessor.' },
      ItemsPath: str('Reference path to the array to iterate over (JSONPath only).'),
      Items: any('The array to iterate over, or a {% JSONata %} expression (JSONata only).'),
      ItemSelector: any('Template building the input of each iteration; $$.Map.Item.Value is the item.'),
      ItemReader: { type: 'object', description: 'Reads items from S3 (distributed mode).' },
      ItemBatcher: { type: 'object', description: 'Groups items into batches (distributed mode).' },
      ResultWriter: { type: 'object', description: 'Writes results to S3 (distributed mode).' },
      MaxConcurrency: { type: ['integer', 'string'], description: 'Maximum iterations at once (0: no limit).' },
      MaxConcurrencyPath: str('Reference path to MaxConcurrency (JSONPath only).'),
      ToleratedFailurePercentage: { type: ['number', 'string'], description: 'Failed iterations tolerated, in percent (distributed mode).' },
      ToleratedFailurePercentagePath: str('Reference path to ToleratedFailurePercentage.'),
      ToleratedFailureCount: { type: ['integer', 'string'], description: 'Failed iterations tolerated (distributed mode).' },
      ToleratedFailureCountPath: str('Reference path to ToleratedFailureCount.'),
      Label: str('Label of child executions (distributed mode).'),
    },
  },
};

/**
 * The schema object given to Monaco's JSON language service.
 * @returns {object}
 */
export function aslSchema() {
  const state = {
    type: 'object',
    properties: {
      Type: { enum: Object.keys(kTypes), description: 'The state type.' },
      Comment: str('A description of the state.'),
      QueryLanguage: kQueryLanguage,
    },
    required: ['Type'],
    allOf: Object.entries(kTypes).map(([type, spec]) => ({
      if: { properties: { Type: { const: type } }, required: ['Type'] },
      then: { description: spec.description, properties: spec.properties, required: spec.required ?? [] },
    })),
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Amazon States Language state machine',
    ...kMachine,
    properties: {
      ...kMachine.properties,
      TimeoutSeconds: int('Maximum run time of the execution before States.Timeout.'),
      Version: { enum: ['1.0'], description: 'Version of the Amazon States Language.' },
    },
    definitions: { state, choiceRule: kChoiceRule },
  };
}

/** The state types, in the order snippets and menus list them. */
export const kStateTypes = Object.keys(kTypes);
