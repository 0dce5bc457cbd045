import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kEndId, kStartId, toElkGraph } from '../src/graph/graph-model.js';

const graph = {
  scopes: [
    { id: '', parent: '', label: '', start: '/States/M' },
    { id: '/States/M/ItemProcessor', parent: '/States/M', label: 'Item processor', start: '/States/M/ItemProcessor/States/P' },
  ],
  nodes: [
    { id: '/States/M', name: 'M', type: 'Map', scope: '', start: true, terminal: false },
    { id: '/States/M/ItemProcessor/States/P', name: 'P', type: 'Pass', scope: '/States/M/ItemProcessor', start: true, terminal: true },
    { id: '/States/Done', name: 'Done', type: 'Succeed', scope: '', start: false, terminal: true },
  ],
  edges: [{ from: '/States/M', to: '/States/Done', kind: 'next', label: '', path: '/States/M/Next' }],
};

test('Map states hold their processor as a nested group', () => {
  const elk = toElkGraph(graph);
  const ids = elk.children.map((c) => c.id);
  assert.deepEqual(ids, [kStartId, kEndId, '/States/M', '/States/Done']);
  const map = elk.children.find((c) => c.id === '/States/M');
  assert.equal(map.asl.kind, 'group');
  assert.equal(map.children[0].id, 'scope:/States/M/ItemProcessor');
  assert.equal(map.children[0].children[0].id, '/States/M/ItemProcessor/States/P');
});

test('edges: start marker, next, and end marker for top-level terminals only', () => {
  const elk = toElkGraph(graph);
  const pairs = elk.edges.map((e) => `${e.sources[0]}->${e.targets[0]}`);
  assert.deepEqual(pairs, [`${kStartId}->/States/M`, '/States/M->/States/Done', `/States/Done->${kEndId}`]);
});

test('labels are kept short and sized for layout', () => {
  const long = { ...graph, edges: [{ ...graph.edges[0], kind: 'choice', label: 'x'.repeat(60) }] };
  const label = toElkGraph(long).edges.find((e) => e.labels).labels[0];
  assert.equal(label.text.length, 40);
  assert.ok(label.width > 0 && label.height > 0);
});
