/**
 * The graph panel: lays out the latest state graph with ELK (in ELK's own worker), draws it,
 * and links it with the editor — activating a node reveals its definition, and the state
 * under the cursor is highlighted. During and after a run, nodes show their status.
 */
import ELK from 'elkjs/lib/elk-api.js';
import { h } from '../ui/dom.js';
import { s } from './svg.js';
import { toElkGraph } from './graph-model.js';
import { renderGraph } from './graph-render.js';
import { attachPanZoom } from './pan-zoom.js';
import { mountRunOverlay } from './run-overlay.js';

/**
 * @param {HTMLElement} host
 * @param {ReturnType<import('../store.js').createStore>} store
 * @param {{onReveal: (pointer: string) => void, elkWorkerUrl: string}} options
 */
export function mountGraphView(host, store, options) {
  const elk = new ELK({ workerUrl: options.elkWorkerUrl });
  const measure = textMeasure();
  const defs = s('defs', {}, [
    s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, [
      s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }),
    ]),
  ]);
  const viewport = s('g', { class: 'graph-viewport' });
  const svg = s('svg', { class: 'graph-svg', role: 'group', 'aria-label': 'State machine graph', tabindex: 0 }, [defs, viewport]);
  const empty = h('p', { class: 'empty-state graph-empty' });
  const note = h('p', { class: 'graph-note', role: 'status' });
  const zoom = attachPanZoom(svg, viewport);
  const toolbar = h('div', { class: 'graph-toolbar', role: 'toolbar', 'aria-label': 'Graph view' }, [
    h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Zoom in', title: 'Zoom in (+)', text: '+', onclick: () => zoom.zoomBy(1.2) }),
    h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Zoom out', title: 'Zoom out (-)', text: '−', onclick: () => zoom.zoomBy(1 / 1.2) }),
    h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Fit graph', title: 'Fit (0)', text: '⤢', onclick: () => zoom.refit() }),
  ]);
  host.append(toolbar, svg, empty, note);
  const overlay = mountRunOverlay(viewport, toolbar, store);

  svg.addEventListener('click', (event) => {
    const node = event.target.closest?.('.node');
    if (node) options.onReveal(node.dataset.id);
  });
  svg.addEventListener('keydown', (event) => {
    const node = event.target.closest?.('.node');
    if (node && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      options.onReveal(node.dataset.id);
    }
  });

  let generation = 0;
  let shownKey = '';
  let drawnGraph = null;
  const draw = async (state) => {
    const { graph, error } = state.graph;
    note.textContent = error ? `Showing the last graph: ${error}` : '';
    note.hidden = !error;
    if (!graph || !(graph.nodes ?? []).length) {
      drawnGraph = graph;
      ++generation;
      viewport.replaceChildren();
      svg.style.display = 'none';
      empty.hidden = false;
      empty.textContent = graph
        ? 'No states yet. Add states under "States" and name the first one in "StartAt".'
        : state.engine.status === 'unavailable'
          ? 'The graph needs the validator, which could not start.'
          : 'The graph appears here once the definition is read.';
      return;
    }
    if (graph === drawnGraph) return;
    drawnGraph = graph;
    const mine = ++generation;
    let layout;
    try {
      layout = await elk.layout(toElkGraph(graph, measure));
    } catch (failure) {
      if (mine === generation) note.textContent = `The graph could not be laid out: ${failure?.message ?? failure}`;
      note.hidden = false;
      return;
    }
    if (mine !== generation) return;
    const { content, width, height } = renderGraph(layout);
    viewport.replaceChildren(content);
    overlay.refresh();
    svg.style.display = '';
    empty.hidden = true;
    highlight(store.get().selectedState);
    const key = graph.nodes.map((n) => n.id).join('\n');
    if (key !== shownKey) {
      shownKey = key;
      zoom.fit(width, height);
    }
    lastSize = { width, height };
  };
  let lastSize = { width: 0, height: 0 };

  const highlight = (pointer) => {
    for (const node of viewport.querySelectorAll('.node.selected')) node.classList.remove('selected');
    if (!pointer) return;
    for (const node of viewport.querySelectorAll('.node')) {
      if (node.dataset.id === pointer) node.classList.add('selected');
    }
  };

  store.subscribe((state, previous) => {
    if (state.graph !== previous.graph || state.engine !== previous.engine) draw(state);
    if (state.selectedState !== previous.selectedState) highlight(state.selectedState);
  });
  new ResizeObserver(() => {
    if (lastSize.width) zoom.fit(lastSize.width, lastSize.height);
  }).observe(svg);
  draw(store.get());
}

/** Measures text in the fonts the graph draws with (see .node-label and .edge-label). */
function textMeasure() {
  const context = document.createElement('canvas').getContext('2d');
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const width = (font) => (text) => {
    context.font = font;
    return context.measureText(text).width;
  };
  return {
    label: width(`600 13px ${family}`),
    edge: width("10.5px ui-monospace, 'DejaVu Sans Mono', monospace"),
  };
}
