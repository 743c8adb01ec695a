import { renderComparison } from '../lib/compare-html';
import { parseSelection, selectionSearch } from '../lib/compare-query';
import type { CompareCase } from '../lib/compare-record';

/**
 * `<compare-view>` wraps the table of every case. With JavaScript it shows the picker and, when
 * the address names cases (`?sentra=a,b`), only those, side by side: each case's facts come from
 * its small JSON file written at build time (`/bandingkan/<slug>.json`), never from the page.
 * Choosing adds a history entry, so the back button returns to the previous comparison.
 */
class CompareView extends HTMLElement {
  #picker = this.querySelector<HTMLFormElement>('[data-picker]')!;
  #selects = [...this.#picker.querySelectorAll('select')];
  #status = this.querySelector<HTMLElement>('[data-status]')!;
  #all = this.querySelector<HTMLElement>('[data-all]')!;
  #chosen = this.querySelector<HTMLElement>('[data-chosen]')!;
  #known = new Set([...(this.#selects[0]?.options ?? [])].map((option) => option.value).filter(Boolean));
  #cache = new Map<string, Promise<CompareCase>>();
  #run = 0;

  connectedCallback(): void {
    this.#picker.hidden = false;
    this.#picker.addEventListener('change', () => this.#choose());
    this.#picker.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#choose();
    });
    window.addEventListener('popstate', () => void this.#show());
    void this.#show();
  }

  #choose(): void {
    const slugs = [...new Set(this.#selects.map((select) => select.value).filter(Boolean))];
    history.pushState(null, '', `${location.pathname}${selectionSearch(slugs)}`);
    void this.#show();
  }

  #load(slug: string): Promise<CompareCase> {
    const cached = this.#cache.get(slug);
    if (cached) return cached;
    const loading = fetch(`/bandingkan/${slug}.json`).then((response) => {
      if (!response.ok) throw new Error(`${slug}: ${response.status}`);
      return response.json() as Promise<CompareCase>;
    });
    loading.catch(() => this.#cache.delete(slug));
    this.#cache.set(slug, loading);
    return loading;
  }

  async #show(): Promise<void> {
    const run = ++this.#run;
    const { slugs, unknown, dropped } = parseSelection(location.search, this.#known);
    this.#selects.forEach((select, index) => (select.value = slugs[index] ?? ''));
    const notes = [
      ...unknown.map((slug) => `Sentra “${slug}” tidak ada di situs ini.`),
      ...(dropped.length > 0 ? [`Paling banyak tiga sentra; ${dropped.join(', ')} tidak ditampilkan.`] : []),
    ];
    if (slugs.length === 0) {
      this.#chosen.hidden = true;
      this.#all.hidden = false;
      this.#status.textContent = [...notes, 'Pilih dua atau tiga sentra, atau baca tabel semua sentra di bawah.'].join(
        ' ',
      );
      return;
    }
    this.#status.textContent = 'Memuat data sentra…';
    let cases: CompareCase[];
    try {
      cases = await Promise.all(slugs.map((slug) => this.#load(slug)));
    } catch {
      if (run === this.#run)
        this.#status.textContent = 'Data sentra tidak dapat dimuat. Tabel semua sentra ada di bawah.';
      return;
    }
    if (run !== this.#run) return;
    const caption = `Perbandingan ${cases.map((item) => item.title).join(', ')}`;
    this.#chosen.innerHTML = renderComparison(cases, 'perbandingan-pilihan', caption);
    this.#chosen.hidden = false;
    this.#all.hidden = true;
    const more = slugs.length === 1 ? ' Pilih satu atau dua sentra lagi untuk dibandingkan.' : '';
    this.#status.textContent = [...notes, `${slugs.length} sentra ditampilkan.${more}`].join(' ');
  }
}

customElements.define('compare-view', CompareView);
