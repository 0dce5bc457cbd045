// The eight benchmark workloads of ../shared/bench-workloads/README.md: each one's exact
// definition, its input, and its expected output computed by plain JavaScript that mirrors
// the workload's logic (no ASL engine involved).
import { createHash } from 'node:crypto';

import { bigPayload, items10k } from './data.mjs';

const pad = (n, width) => String(n).padStart(width, '0');

/** NextRound + CheckRound: the counter loop most workloads end with. */
function roundLoop(first, rounds, done = { Type: 'Succeed' }) {
  return {
    NextRound: {
      Type: 'Pass',
      Parameters: { 'r.$': 'States.MathAdd($.round.r, 1)' },
      ResultPath: '$.round',
      Next: 'CheckRound',
    },
    CheckRound: {
      Type: 'Choice',
      Choices: [{ Variable: '$.round.r', NumericLessThan: rounds, Next: first }],
      Default: 'Done',
    },
    Done: done,
  };
}

const choiceLoop = {
  name: 'choice_loop',
  description: 'Counter loop: Pass (States.MathAdd) -> Choice (NumericLessThan 25000) -> back; 25000 iterations.',
  tags: ['Pass', 'Choice', 'States.MathAdd'],
  transitions: 50001,
  definition: () => ({
    StartAt: 'Inc',
    States: {
      Inc: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)', 'label.$': '$.label' }, Next: 'Check' },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: 25000, Next: 'Inc' }], Default: 'Done' },
      Done: { Type: 'Succeed' },
    },
  }),
  input: () => ({ i: 0, label: 'choice_loop' }),
  expected: (input) => {
    let i = input.i;
    do i += 1; while (i < 25000);
    return { i, label: input.label };
  },
};

const taskMocked = {
  name: 'task_mocked',
  description: 'Loop of 15000 Task calls to a trivial host handler (inc_flaky), with Retry and Catch declared; 1 % of calls fail and are caught.',
  tags: ['Task', 'Retry', 'Catch', 'ResultSelector', 'ResultPath', 'Choice'],
  transitions: 45001,
  taskCalls: 15000,
  handlers: { Call: 'inc_flaky' },
  definition: () => ({
    StartAt: 'Call',
    States: {
      Call: {
        Type: 'Task',
        Resource: 'arn:aws:lambda:us-east-1:123456789012:function:bench-task',
        Parameters: { 'i.$': '$.i' },
        ResultSelector: { 'value.$': '$.i' },
        ResultPath: '$.task',
        Retry: [
          { ErrorEquals: ['Flaky'], MaxAttempts: 0 },
          { ErrorEquals: ['States.Timeout'], IntervalSeconds: 1, MaxAttempts: 2, BackoffRate: 2 },
        ],
        Catch: [{ ErrorEquals: ['Flaky'], ResultPath: '$.error', Next: 'Recover' }],
        Next: 'Advance',
      },
      Advance: { Type: 'Pass', Parameters: { 'i.$': '$.task.value', 'caught.$': '$.caught' }, Next: 'Check' },
      Recover: {
        Type: 'Pass',
        Parameters: { 'i.$': 'States.MathAdd($.i, 1)', 'caught.$': 'States.MathAdd($.caught, 1)' },
        Next: 'Check',
      },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: 15000, Next: 'Call' }], Default: 'Done' },
      Done: { Type: 'Succeed' },
    },
  }),
  input: () => ({ i: 0, caught: 0 }),
  expected: (input) => {
    let { i, caught } = input;
    do {
      if (i % 100 === 99) caught += 1;  // inc_flaky fails; Catch -> Recover.
      i += 1;
    } while (i < 15000);
    return { i, caught };
  },
};

const passChain = {
  name: 'pass_chain',
  description: '1000 Pass states (Parameters rotating fields / copying sub-objects, Result+ResultPath), looped 30 times by a MathAdd counter and a Choice.',
  tags: ['Pass', 'Parameters', 'Result', 'ResultPath', 'Choice'],
  transitions: 30061,
  definition: () => {
    const states = {};
    for (let i = 0; i < 1000; i++) {
      const next = i === 999 ? 'NextRound' : `S${pad(i + 1, 4)}`;
      if (i % 3 === 0) {
        states[`S${pad(i, 4)}`] = { Type: 'Pass', Parameters: { 'x.$': '$.v.y', 'y.$': '$.v.z', 'z.$': '$.v.x', step: i }, ResultPath: '$.v', Next: next };
      } else if (i % 3 === 1) {
        states[`S${pad(i, 4)}`] = {
          Type: 'Pass',
          Parameters: { 'name.$': '$.profile.name', 'city.$': '$.profile.address.city', 'tags.$': '$.profile.tags', at: i },
          ResultPath: '$.copy',
          Next: next,
        };
      } else {
        states[`S${pad(i, 4)}`] = { Type: 'Pass', Result: { at: i }, ResultPath: `$.marks.m${i % 10}`, Next: next };
      }
    }
    return { Comment: 'pass_chain benchmark', StartAt: 'S0000', States: { ...states, ...roundLoop('S0000', 30) } };
  },
  input: () => ({
    v: { x: 1, y: 2, z: 3, step: -1 },
    profile: {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      tags: Array.from({ length: 10 }, (_, k) => `tag-${k}`),
      address: { city: 'London', zip: 'N1 9GU', street: '12 Analytical Row' },
    },
    copy: {},
    marks: {},
    round: { r: 0 },
  }),
  expected: (input) => {
    const out = structuredClone(input);
    do {
      for (let i = 0; i < 1000; i++) {
        if (i % 3 === 0) out.v = { x: out.v.y, y: out.v.z, z: out.v.x, step: i };
        else if (i % 3 === 1) out.copy = { name: out.profile.name, city: out.profile.address.city, tags: out.profile.tags, at: i };
        else out.marks[`m${i % 10}`] = { at: i };
      }
      out.round = { r: out.round.r + 1 };
    } while (out.round.r < 30);
    return out;
  },
};

const parallelFanout = {
  name: 'parallel_fanout',
  description: 'Parallel with 10 branches of 3 Pass states each, ResultPath; looped 1000 times.',
  tags: ['Parallel', 'Pass', 'Choice'],
  transitions: 33001,
  definition: () => {
    const branch = (b) => ({
      StartAt: `B${b}a`,
      States: {
        [`B${b}a`]: { Type: 'Pass', Parameters: { branch: b, 'r.$': '$.round.r' }, Next: `B${b}b` },
        [`B${b}b`]: { Type: 'Pass', Result: { ok: true }, ResultPath: '$.status', Next: `B${b}c` },
        [`B${b}c`]: { Type: 'Pass', Parameters: { 'branch.$': '$.branch', 'r.$': '$.r', 'ok.$': '$.status.ok' }, End: true },
      },
    });
    return {
      StartAt: 'Fan',
      States: {
        Fan: { Type: 'Parallel', Branches: Array.from({ length: 10 }, (_, b) => branch(b)), ResultPath: '$.last', Next: 'NextRound' },
        ...roundLoop('Fan', 1000),
      },
    };
  },
  input: () => ({ round: { r: 0 }, seed: 'fan' }),
  expected: (input) => {
    const out = structuredClone(input);
    do {
      out.last = Array.from({ length: 10 }, (_, branch) => ({ branch, r: out.round.r, ok: true }));
      out.round = { r: out.round.r + 1 };
    } while (out.round.r < 1000);
    return out;
  },
};

const intrinsicsHeavy = {
  name: 'intrinsics_heavy',
  description: 'One Pass whose Parameters call 16 intrinsics (Format, JsonToString, StringToJson, Array*, Hash SHA-256, Base64, StringSplit, JsonMerge, MathAdd; some nested), looped 4000 times.',
  tags: ['Pass', 'Parameters', 'intrinsic functions'],
  transitions: 12001,
  definition: () => ({
    StartAt: 'Compute',
    States: {
      Compute: {
        Type: 'Pass',
        Parameters: {
          'msg.$': "States.Format('round {} of {} for {}', $.round.r, 4000, $.name)",
          'json.$': 'States.JsonToString($.obj)',
          'roundtrip.$': 'States.StringToJson(States.JsonToString($.obj))',
          'arr.$': "States.Array($.round.r, $.name, 'x')",
          'parts.$': 'States.ArrayPartition($.nums, 5)',
          'has.$': 'States.ArrayContains($.nums, 9)',
          'range.$': 'States.ArrayRange(1, 21, 4)',
          'item.$': 'States.ArrayGetItem($.nums, 5)',
          'len.$': 'States.ArrayLength($.nums)',
          'uniq.$': 'States.ArrayUnique($.nums)',
          'hash.$': "States.Hash(States.Format('{}-{}', $.name, $.round.r), 'SHA-256')",
          'b64.$': "States.Base64Encode(States.Format('{}:{}', $.name, $.round.r))",
          'unb64.$': "States.Base64Decode('c3RlcC1mdW5jdGlvbnM=')",
          'split.$': "States.StringSplit($.csv, ',')",
          'merged.$': 'States.JsonMerge($.obj, $.obj2, false)',
          'sum.$': 'States.MathAdd($.round.r, 100)',
        },
        ResultPath: '$.out',
        Next: 'NextRound',
      },
      ...roundLoop('Compute', 4000),
    },
  }),
  input: () => ({
    round: { r: 0 },
    name: 'step-functions',
    nums: [1, 1, 2, 3, 3, 4, 5, 5, 6, 8, 9, 9],
    csv: 'alpha,beta,gamma,delta,epsilon',
    obj: { a: 1, b: 'two', c: [1, 2] },
    obj2: { b: 'dos', d: 4 },
  }),
  expected: (input) => {
    const out = structuredClone(input);
    do {
      const { r } = out.round;
      const parts = [];
      for (let k = 0; k < out.nums.length; k += 5) parts.push(out.nums.slice(k, k + 5));
      out.out = {
        msg: `round ${r} of 4000 for ${out.name}`,
        json: JSON.stringify(out.obj),
        roundtrip: out.obj,
        arr: [r, out.name, 'x'],
        parts,
        has: out.nums.includes(9),
        range: [1, 5, 9, 13, 17, 21],
        item: out.nums[5],
        len: out.nums.length,
        uniq: [...new Set(out.nums)],
        hash: createHash('sha256').update(`${out.name}-${r}`).digest('hex'),
        b64: Buffer.from(`${out.name}:${r}`).toString('base64'),
        unb64: 'step-functions',
        split: out.csv.split(','),
        merged: { ...out.obj, ...out.obj2 },
        sum: r + 100,
      };
      out.round = { r: r + 1 };
    } while (out.round.r < 4000);
    return out;
  },
};

const jsonpathHeavy = {
  name: 'jsonpath_heavy',
  description: 'JSONPath filters on a ~1 MB input: 5 Pass states whose InputPath is a filter / recursive-descent path ($..[?(@.x > 5)], &&, string equality, nested field, $..price), result counted with States.ArrayLength; looped 3 times.',
  tags: ['Pass', 'InputPath', 'JSONPath filter', 'recursive descent', 'States.ArrayLength'],
  transitions: 22,
  inputFile: 'data/items10k.json',
  definition: () => {
    const filter = (path, next, withFirst = true) => ({
      Type: 'Pass',
      InputPath: path,
      Parameters: withFirst ? { 'count.$': 'States.ArrayLength($)', 'firstId.$': '$[0].id' } : { 'count.$': 'States.ArrayLength($)' },
      ResultPath: `$.${next.result}`,
      Next: next.state,
    });
    return {
      StartAt: 'F1',
      States: {
        F1: filter('$..[?(@.x > 5)]', { result: 'f1', state: 'F2' }),
        F2: filter('$.data.items[?(@.x > 5 && @.active == true)]', { result: 'f2', state: 'F3' }),
        F3: filter("$.data.items[?(@.category == 'cat-3')]", { result: 'f3', state: 'F4' }),
        F4: filter("$.data.items[?(@.addr.city == 'Lima')]", { result: 'f4', state: 'F5' }),
        F5: filter('$..price', { result: 'f5', state: 'NextRound' }, false),
        ...roundLoop('F1', 3, {
          Type: 'Pass',
          Parameters: { 'round.$': '$.round', 'f1.$': '$.f1', 'f2.$': '$.f2', 'f3.$': '$.f3', 'f4.$': '$.f4', 'f5.$': '$.f5' },
          End: true,
        }),
      },
    };
  },
  input: () => items10k(),
  expected: (input) => {
    const items = input.data.items;
    const counted = (matches) => ({ count: matches.length, firstId: matches[0].id });
    return {
      round: { r: 3 },
      f1: counted(items.filter((it) => it.x > 5)),
      f2: counted(items.filter((it) => it.x > 5 && it.active === true)),
      f3: counted(items.filter((it) => it.category === 'cat-3')),
      f4: counted(items.filter((it) => it.addr.city === 'Lima')),
      f5: { count: items.length },
    };
  },
};

const bigPayloadWorkload = {
  name: 'big_payload',
  description: 'A ~193 KB object passed through 100 Pass states (even: Result+ResultPath into a small field; odd: Parameters rebuilding the top level, "doc.$": "$.doc"), looped 10 times.',
  tags: ['Pass', 'Result', 'ResultPath', 'Parameters', 'large payload'],
  transitions: 1021,
  inputFile: 'data/big_payload.input.json',
  outputFile: 'expected/big_payload.json',
  definition: () => {
    const states = {};
    for (let i = 0; i < 100; i++) {
      const next = i === 99 ? 'NextRound' : `P${pad(i + 1, 3)}`;
      states[`P${pad(i, 3)}`] = i % 2 === 0
        ? { Type: 'Pass', Result: { at: i }, ResultPath: `$.marks.s${i % 10}`, Next: next }
        : { Type: 'Pass', Parameters: { 'doc.$': '$.doc', 'marks.$': '$.marks', 'round.$': '$.round', step: i }, Next: next };
    }
    return { StartAt: 'P000', States: { ...states, ...roundLoop('P000', 10) } };
  },
  input: () => bigPayload(),
  expected: (input) => {
    let out = structuredClone(input);
    do {
      for (let i = 0; i < 100; i++) {
        if (i % 2 === 0) out.marks[`s${i % 10}`] = { at: i };
        else out = { doc: out.doc, marks: out.marks, round: out.round, step: i };
      }
      out.round = { r: out.round.r + 1 };
    } while (out.round.r < 10);
    return out;
  },
};

const mapInline = {
  name: 'map_inline',
  description: 'Inline Map over 10000 small objects (ItemsPath, ItemSelector from $$.Map.Item, one Pass with States.MathAdd inside), ResultPath+OutputPath.',
  tags: ['Map', 'ItemSelector', 'ItemsPath', 'Context object', 'States.MathAdd'],
  transitions: 10001,
  inputFile: 'data/items10k.json',
  outputFile: 'expected/map_inline.json',
  definition: () => ({
    StartAt: 'Lines',
    States: {
      Lines: {
        Type: 'Map',
        ItemsPath: '$.data.items',
        ItemSelector: {
          'id.$': '$$.Map.Item.Value.id',
          'index.$': '$$.Map.Item.Index',
          'price.$': '$$.Map.Item.Value.price',
          'qty.$': '$$.Map.Item.Value.qty',
        },
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: 'Line',
          States: {
            Line: { Type: 'Pass', Parameters: { 'id.$': '$.id', 'index.$': '$.index', 'sum.$': 'States.MathAdd($.price, $.qty)' }, End: true },
          },
        },
        ResultPath: '$.results',
        OutputPath: '$.results',
        End: true,
      },
    },
  }),
  input: () => items10k(),
  expected: (input) => input.data.items.map((it, index) => ({ id: it.id, index, sum: it.price + it.qty })),
};

/** Every workload, in the order of the README's table. */
export const WORKLOADS = [passChain, choiceLoop, mapInline, parallelFanout, taskMocked,
  intrinsicsHeavy, jsonpathHeavy, bigPayloadWorkload];

/** The inc_flaky handler of task_mocked: {i: k} -> {i: k + 1}, failing when k % 100 == 99. */
export function incFlaky({ i }) {
  if (i % 100 === 99) {
    const error = new Error(`k=${i}`);
    error.name = 'Flaky';
    throw error;
  }
  return { i: i + 1 };
}
