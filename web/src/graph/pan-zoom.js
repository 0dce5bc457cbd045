/**
 * Pan (drag the background), zoom (wheel, buttons, + and - keys) and fit for an SVG whose
 * content sits in one transformed group.
 */

const kMinScale = 0.2;
const kMaxScale = 3;

/**
 * @param {SVGSVGElement} svg
 * @param {SVGGElement} viewport  The group the transform is applied to.
 * @returns {{fit: (width: number, height: number) => void, zoomBy: (factor: number) => void,
 *   centerOn: (x: number, y: number) => void}}
 */
export function attachPanZoom(svg, viewport) {
  let view = { x: 0, y: 0, k: 1 };
  let size = { width: 0, height: 0 };
  const apply = () => viewport.setAttribute('transform', `translate(${view.x},${view.y}) scale(${view.k})`);
  const clamp = (k) => Math.min(kMaxScale, Math.max(kMinScale, k));

  const zoomAt = (factor, px, py) => {
    const k = clamp(view.k * factor);
    view = { x: px - ((px - view.x) * k) / view.k, y: py - ((py - view.y) * k) / view.k, k };
    apply();
  };

  svg.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const box = svg.getBoundingClientRect();
      zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
    },
    { passive: false },
  );

  let drag = null;
  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || event.target.closest('.node')) return;
    drag = { x: event.clientX, y: event.clientY, view };
    svg.setPointerCapture(event.pointerId);
    svg.classList.add('panning');
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag) return;
    view = { ...drag.view, x: drag.view.x + event.clientX - drag.x, y: drag.view.y + event.clientY - drag.y };
    apply();
  });
  const end = () => {
    drag = null;
    svg.classList.remove('panning');
  };
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);

  const api = {
    fit(width, height) {
      size = { width, height };
      const box = svg.getBoundingClientRect();
      if (!width || !height || !box.width || !box.height) return;
      const k = clamp(Math.min(box.width / width, box.height / height, 1.25) * 0.95);
      view = { x: (box.width - width * k) / 2, y: (box.height - height * k) / 2, k };
      apply();
    },
    zoomBy(factor) {
      const box = svg.getBoundingClientRect();
      zoomAt(factor, box.width / 2, box.height / 2);
    },
    centerOn(x, y) {
      const box = svg.getBoundingClientRect();
      view = { ...view, x: box.width / 2 - x * view.k, y: box.height / 2 - y * view.k };
      apply();
    },
    refit: () => api.fit(size.width, size.height),
  };
  svg.addEventListener('keydown', (event) => {
    if (event.target !== svg) return;
    if (event.key === '+' || event.key === '=') api.zoomBy(1.2);
    else if (event.key === '-') api.zoomBy(1 / 1.2);
    else if (event.key === '0') api.refit();
    else return;
    event.preventDefault();
  });
  return api;
}
