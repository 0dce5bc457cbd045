/**
 * The shape of each state type in the graph: Task a rounded box, Pass a plain box, Choice a
 * hexagon, Wait a box with a clock, Succeed and Fail pills, Parallel and Map groups (drawn in
 * graph-render), unknown types a dotted box.
 */
import { s } from './svg.js';

const kIcons = { Task: '⚙', Pass: '→', Choice: '?', Wait: '⏱', Succeed: '✓', Fail: '✕', Parallel: '⇉', Map: '⟳' };

/**
 * The icon shown before a state type's name.
 * @param {string} type
 */
export function typeIcon(type) {
  return kIcons[type] ?? '•';
}

/**
 * The outline of a state node of the given type and size, at the origin.
 * @param {string} type
 * @param {number} width
 * @param {number} height
 * @returns {SVGElement}
 */
export function nodeOutline(type, width, height) {
  const cls = 'node-shape';
  switch (type) {
    case 'Choice': {
      const d = 14;
      const points = [[d, 0], [width - d, 0], [width, height / 2], [width - d, height], [d, height], [0, height / 2]];
      return s('polygon', { class: cls, points: points.map((p) => p.join(',')).join(' ') });
    }
    case 'Succeed':
    case 'Fail':
      return s('rect', { class: cls, width, height, rx: height / 2 });
    case 'Task':
      return s('rect', { class: cls, width, height, rx: 10 });
    case 'Wait':
      return s('rect', { class: cls, width, height, rx: 4 });
    case 'Pass':
      return s('rect', { class: cls, width, height, rx: 2 });
    default:
      return s('rect', { class: `${cls} node-shape-unknown`, width, height, rx: 2 });
  }
}
