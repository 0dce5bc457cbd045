/**
 * Draws a laid-out ELK graph (absolute coordinates) as SVG. Every state is a focusable element
 * with `data-state` (its name), `data-id` (its JSON pointer) and `data-status`.
 */
import { s } from './svg.js';
import { nodeOutline, typeIcon } from './node-shapes.js';

/**
 * @param {object} layout  The ELK graph after layout.
 * @returns {{content: SVGGElement, width: number, height: number}}
 */
export function renderGraph(layout) {
  const groups = s('g', { class: 'graph-groups' });
  const edges = s('g', { class: 'graph-edges' });
  const nodes = s('g', { class: 'graph-nodes' });

  const visit = (node) => {
    for (const child of node.children ?? []) {
      const kind = child.asl?.kind;
      if (kind === 'group') groups.append(renderGroup(child));
      else if (kind === 'scope') groups.append(renderScope(child));
      else if (kind === 'marker') nodes.append(renderMarker(child));
      else nodes.append(renderState(child));
      visit(child);
    }
    for (const edge of node.edges ?? []) edges.append(renderEdge(edge));
  };
  visit(layout);
  const content = s('g', { class: 'graph-content' }, [groups, edges, nodes]);
  return { content, width: layout.width ?? 0, height: layout.height ?? 0 };
}

function stateAttributes(state, extraClass) {
  return {
    class: `node node-${state.type || 'unknown'} ${extraClass}`,
    'data-id': state.id,
    'data-state': state.name,
    'data-type': state.type,
    'data-status': 'not-run',
    tabindex: 0,
    role: 'button',
    'aria-label': `${state.type || 'Untyped'} state ${state.name}${state.start ? ', start' : ''}${state.terminal ? ', end' : ''}`,
  };
}

function renderState(node) {
  const state = node.asl.state;
  return s('g', { ...stateAttributes(state, ''), transform: `translate(${node.x},${node.y})` }, [
    s('title', { text: `${state.name} (${state.type || 'no Type'})` }),
    nodeOutline(state.type, node.width, node.height),
    s('text', { class: 'node-icon', x: 14, y: node.height / 2 + 5, text: typeIcon(state.type) }),
    s('text', { class: 'node-label', x: 32, y: node.height / 2 - 2, text: state.name }),
    s('text', { class: 'node-type', x: 32, y: node.height / 2 + 12, text: state.type || 'no Type' }),
  ]);
}

function renderGroup(node) {
  const state = node.asl.state;
  return s('g', { ...stateAttributes(state, 'node-group'), transform: `translate(${node.x},${node.y})` }, [
    s('title', { text: `${state.name} (${state.type})` }),
    s('rect', { class: 'node-shape group-shape', width: node.width, height: node.height, rx: 10 }),
    s('text', { class: 'node-label', x: 14, y: 22, text: `${typeIcon(state.type)}  ${state.name}` }),
    s('text', { class: 'node-type', x: node.width - 12, y: 22, 'text-anchor': 'end', text: state.type }),
  ]);
}

function renderScope(node) {
  return s('g', { class: 'scope', transform: `translate(${node.x},${node.y})` }, [
    s('rect', { class: 'scope-shape', width: node.width, height: node.height, rx: 6 }),
    s('text', { class: 'scope-label', x: 10, y: 18, text: node.asl.scope.label }),
  ]);
}

function renderMarker(node) {
  return s('g', { class: `marker marker-${node.asl.label.toLowerCase()}`, transform: `translate(${node.x},${node.y})` }, [
    s('rect', { class: 'marker-shape', width: node.width, height: node.height, rx: node.height / 2 }),
    s('text', { class: 'marker-label', x: node.width / 2, y: node.height / 2 + 4, 'text-anchor': 'middle', text: node.asl.label }),
  ]);
}

function renderEdge(edge) {
  const kind = edge.asl?.kind ?? 'next';
  const parts = [];
  for (const section of edge.sections ?? []) {
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
    parts.push(points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' '));
  }
  const children = [s('path', { class: 'edge-path', d: parts.join(' '), 'marker-end': 'url(#arrow)' })];
  for (const label of edge.labels ?? []) {
    children.push(
      s('rect', { class: 'edge-label-bg', x: label.x, y: label.y, width: label.width, height: label.height, rx: 3 }),
      s('text', { class: 'edge-label', x: label.x + 4, y: label.y + label.height - 4, text: label.text }),
    );
  }
  const attributes = { class: `edge edge-${kind}` };
  if (edge.asl?.edge) attributes['data-path'] = edge.asl.edge.path;
  return s('g', attributes, children);
}
