import type { ChartSpec } from '../lib/case/chart-spec';

/**
 * `<chart-figure>` wraps a figure whose table already tells everything. When the figure nears
 * the viewport it loads Chart.js (only then: a reader who never scrolls there downloads none)
 * and draws the bars on a canvas above the table.
 */
class ChartFigure extends HTMLElement {
  #observer?: IntersectionObserver;

  connectedCallback(): void {
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        void this.#draw();
      },
      { rootMargin: '300px 0px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  async #draw(): Promise<void> {
    const canvas = this.querySelector('canvas');
    const specText = this.querySelector('script[type="application/json"]')?.textContent;
    if (!canvas || !specText) return;
    const spec = JSON.parse(specText) as ChartSpec;
    const { drawChart } = await import('./draw-chart');
    drawChart(canvas, spec);
    this.dataset.drawn = '';
  }
}

customElements.define('chart-figure', ChartFigure);
