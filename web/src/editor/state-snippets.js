/**
 * Snippets that insert a whole state of each type, offered where a state name is typed (as a
 * key of a "States" object).
 */

const kBodies = {
  Pass: '"Type": "Pass",\n\t"Result": ${2:{}},\n\t${3:"End": true}',
  Task: '"Type": "Task",\n\t"Resource": "${2:arn:aws:states:::lambda:invoke}",\n\t"Retry": [\n\t\t{ "ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 2 }\n\t],\n\t${3:"End": true}',
  Choice: '"Type": "Choice",\n\t"Choices": [\n\t\t{ "Variable": "$.${2:value}", "NumericGreaterThan": ${3:0}, "Next": "${4}" }\n\t],\n\t"Default": "${5}"',
  Wait: '"Type": "Wait",\n\t"Seconds": ${2:10},\n\t${3:"End": true}',
  Succeed: '"Type": "Succeed"',
  Fail: '"Type": "Fail",\n\t"Error": "${2:MyError}",\n\t"Cause": "${3:Something went wrong}"',
  Parallel:
    '"Type": "Parallel",\n\t"Branches": [\n\t\t{\n\t\t\t"StartAt": "${2:Branch1}",\n\t\t\t"States": { "${2:Branch1}": { "Type": "Pass", "End": true } }\n\t\t}\n\t],\n\t${3:"End": true}',
  Map: '"Type": "Map",\n\t"ItemsPath": "$.${2:items}",\n\t"ItemProcessor": {\n\t\t"StartAt": "${3:Process}",\n\t\t"States": { "${3:Process}": { "Type": "Pass", "End": true } }\n\t},\n\t${4:"End": true}',
};

/**
 * The snippet text of a state of a type, ready for Monaco's insertText (snippet syntax).
 * @param {string} type  One of the ASL state types.
 * @returns {string}
 */
export function stateSnippet(type) {
  return `"\${1:My${type}}": {\n\t${kBodies[type]}\n}`;
}

/** Types that have a snippet. */
export const kSnippetTypes = Object.keys(kBodies);
