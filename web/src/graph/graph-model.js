/**
 * Turns the state graph from asl.graph() into an ELK graph: one node per state, Parallel and
 * Map states as groups holding one group per branch or processor, a Start and an End marker
 * for the top-level machine. Layout and rendering live elsewhere (graph-layout, graph-render).
 */

/** Id of the Start marker. */
export const kStartId = '__start__';
/** Id of the End marker. */
export const kEndId = '__end__';

const kCharWidth = 8.4;
const kLabelHeight = 16;
const kApproximate = { label: (text) => textWidth(text), edge: (text) => textWidth(text, 6.4) };

/**
 * Approximate width of a label in the graph's font, for layout.
 * @param {string} text
 * @param {number} [charWidth]
 */
export function textWidth(text, charWidth = kCharWidth) {
  return Math.ceil(text.length * charWidth);
}

/**
 * @param {{scopes: Array<object>, nodes: Array<object>, edges: Array<object>}} graph  From asl.graph().
 * @param {{label: (text: string) => number, edge: (text: string) => number}} [measure]
 *   Widths of a state name and of an edge label as drawn; approximations by default.
 * @returns {object} An ELK graph; each ELK node carries `asl` with {kind, state?, scope?, label?}.
 */
export function toElkGraph(graph, measure = kApproximate) {
  const scopes = graph.scopes ?? [];
  const nodes = graph.nodes ?? [];
  const edges = graph.edges ?? [];
  const scopesByParent = groupBy(scopes, (s) => s.parent);
  const nodesByScope = groupBy(nodes, (n) => n.scope);
  const edgesByScope = new Map();
  const scopeOf = new Map(nodes.map((n) => [n.id, n.scope]));
  for (const [index, edge] of edges.entries()) {
    const scope = scopeOf.get(edge.from);
    if (scope === undefined || scope !== scopeOf.get(edge.to)) continue;
    if (!edgesByScope.has(scope)) edgesByScope.set(scope, []);
    edgesByScope.get(scope).push(toElkEdge(edge, `e${index}`, measure));
  }

  const stateNode = (node) => {
    const children = (scopesByParent.get(node.id) ?? []).map(scopeNode);
    const base = { id: node.id, asl: { kind: 'state', state: node } };
    if (children.length || node.type === 'Parallel' || node.type === 'Map') {
      return {
        ...base,
        asl: { kind: 'group', state: node },
        children,
        layoutOptions: {
          'elk.padding': '[top=36,left=14,bottom=14,right=14]',
          // Branches have no edges between them: one layer, side by side.
          'elk.direction': 'DOWN',
          'elk.separateConnectedComponents': 'false',
          'elk.spacing.nodeNode': '16',
          'elk.nodeSize.constraints': 'MINIMUM_SIZE',
          'elk.nodeSize.minimum': `(${Math.max(160, measure.label(node.name) + 110)},60)`,
        },
      };
    }
    const extra = node.type === 'Choice' ? 64 : 52;
    return { ...base, width: Math.max(128, Math.ceil(measure.label(node.name)) + extra), height: node.type === 'Choice' ? 52 : 44 };
  };

  const scopeNode = (scope) => ({
    id: `scope:${scope.id}`,
    asl: { kind: 'scope', scope },
    children: (nodesByScope.get(scope.id) ?? []).map(stateNode),
    edges: edgesByScope.get(scope.id) ?? [],
    layoutOptions: {
      'elk.alignment': 'TOP',
      'elk.padding': '[top=28,left=12,bottom=12,right=12]',
      'elk.direction': 'DOWN',
      'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      'elk.nodeSize.minimum': `(${Math.max(120, textWidth(scope.label, 7) + 24)},40)`,
    },
  });

  const topNodes = (nodesByScope.get('') ?? []).map(stateNode);
  const topEdges = edgesByScope.get('') ?? [];
  const top = scopes.find((s) => s.id === '');
  const markers = [];
  if (top?.start) {
    markers.push({ id: kStartId, width: 64, height: 28, asl: { kind: 'marker', label: 'Start' } });
    topEdges.unshift({ id: 'e-start', sources: [kStartId], targets: [top.start], asl: { kind: 'start' } });
  }
  const terminals = (nodesByScope.get('') ?? []).filter((n) => n.terminal);
  if (terminals.length) {
    markers.push({ id: kEndId, width: 64, height: 28, asl: { kind: 'marker', label: 'End' } });
    for (const t of terminals) topEdges.push({ id: `e-end-${t.id}`, sources: [t.id], targets: [kEndId], asl: { kind: 'end' } });
  }
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.spacing.nodeNode': '28',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.inline': 'false',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      // Keep the order of the text (Choice rules left to right, in order).
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    },
    children: [...markers, ...topNodes],
    edges: topEdges,
  };
}

function toElkEdge(edge, id, measure) {
  const elk = { id, sources: [edge.from], targets: [edge.to], asl: { kind: edge.kind, edge } };
  if (edge.label) {
    const text = edge.label.length > 40 ? `${edge.label.slice(0, 39)}…` : edge.label;
    elk.labels = [{ text, width: Math.ceil(measure.edge(text)) + 8, height: kLabelHeight }];
  }
  return elk;
}

function groupBy(items, key) {
  const map = new Map();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, []);
    map.get(k).push(item);
  }
  return map;
}
