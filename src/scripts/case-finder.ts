import {
  countOptions,
  filterKeys,
  filterRecords,
  formatQuery,
  parseQuery,
  kindOrder,
  sortRecords,
  storiesFirst,
  type ListKind,
  type FilterRecord,
  type IndexRecord,
  type Query,
} from '../lib/list/case-query';
import { cardBatch } from '../lib/list/list-index';
import { buildCard } from './finder-card';
import { ListFiles } from './list-files';
import { element } from './text-element';

/** The group titles of the server's lists (CaseGroups.astro). */
const groupTitles: Record<ListKind, string> = {
  kisah: 'Kisah sukses',
  pelajaran: 'Pelajaran dari sentra yang tidak berjalan',
  'tahap-awal': 'Tahap awal: belum ada hasil yang dilaporkan',
};

/**
 * `<case-finder>` turns the paged list of /sentra/ into one that filters by several facets at
 * once and sorts. The choice lives in the URL, so a filtered view can be shared, reloaded and
 * left with the back button. The index is fetched on the first choice, not at load.
 */
class CaseFinder extends HTMLElement {
  #files = new ListFiles();
  // Set before anything reads it: without its form, the element does nothing.
  #form!: HTMLFormElement;
  #shown = cardBatch;
  #run = 0;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('[data-finder-form]');
    if (!form) return;
    this.#form = form;
    const apply = () => {
      this.#shown = cardBatch;
      history.pushState(null, '', `${location.pathname}${formatQuery(this.#readForm())}`);
      void this.#update();
    };
    // Each choice applies at once; the button is for readers who expect one, and does the same.
    form.addEventListener('change', apply);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      apply();
    });
    window.addEventListener('popstate', () => void this.#update(true));
    void this.#update(true);
  }

  #readForm(): Query {
    const data = new FormData(this.#form);
    return parseQuery(new URLSearchParams([...data].map(([key, value]) => [key, String(value)])).toString());
  }

  /**
   * Shows the cases the form (or, `fromUrl`, the address) chooses, the first `count` of them.
   * Returns whether they were drawn: not when the files did not come or a newer choice came first.
   */
  async #update(fromUrl = false, count = this.#shown): Promise<boolean> {
    const query = fromUrl ? parseQuery(location.search) : this.#readForm();
    if (fromUrl) {
      for (const key of filterKeys) {
        if (key === 'dak') this.#dakBox().checked = query.filters.dak !== undefined;
        else this.#select(key).value = query.filters[key] ?? '';
      }
      this.#select('urut').value = query.sort;
    }
    // The folded filters say how many are chosen, so a reader sees why the list is short.
    const chosen = Object.keys(query.filters).filter((key) => key !== 'dak').length;
    this.querySelector('[data-finder-active]')!.textContent = chosen > 0 ? `(${chosen} dipilih)` : '';
    const active = Object.keys(query.filters).length > 0 || query.sort !== 'nama';
    const list = this.querySelector<HTMLElement>('[data-finder-list]');
    const results = this.querySelector<HTMLElement>('[data-finder-results]')!;
    const run = ++this.#run;
    if (!active) {
      // Nothing chosen: the server's own paged list is the right view.
      if (list) list.hidden = false;
      results.hidden = true;
      this.#status().textContent = '';
      return true;
    }
    try {
      const { records } = await this.#files.index();
      if (run !== this.#run) return false;
      this.#updateCounts(records, query);
      const found = sortRecords(filterRecords(records, query), query.sort);
      if (!(await this.#render(results, found, run, count))) return false;
      this.#shown = count;
      // Said once the cards are there, so a screen reader announces what can be read.
      this.#describe(found);
      if (list) list.hidden = true;
      results.hidden = false;
      return true;
    } catch {
      if (run === this.#run)
        this.#status().textContent = 'Daftar tidak dapat dimuat. Periksa sambungan, lalu coba lagi.';
      return false;
    }
  }

  #status(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-finder-status]')!;
  }

  #describe(found: FilterRecord[]): void {
    this.#status().textContent = found.length === 0 ? 'Tidak ada sentra yang cocok.' : `${found.length} sentra cocok.`;
  }

  #select(name: string): HTMLSelectElement {
    return this.#form.elements.namedItem(name) as HTMLSelectElement;
  }

  #dakBox(): HTMLInputElement {
    return this.#form.elements.namedItem('dak') as HTMLInputElement;
  }

  /** Each option's count under the other filters as chosen: "DAK Fisik (11)" follows the list. */
  #updateCounts(records: FilterRecord[], query: Query): void {
    for (const key of filterKeys) {
      const counts = countOptions(records, query, key);
      if (key === 'dak') {
        const label = this.querySelector<HTMLElement>('[data-dak-label]')!;
        label.textContent = `Hanya DAK (${counts.get(label.dataset.label!) ?? 0})`;
        continue;
      }
      for (const option of this.#select(key).options) {
        const label = option.dataset.label;
        if (label === undefined) continue;
        const count = counts.get(label) ?? 0;
        option.textContent = `${label} (${count})`;
        option.disabled = count === 0 && query.filters[key] !== label;
      }
    }
  }

  /** Shows the first `count` of `found`; false when a newer choice came first. */
  async #render(results: HTMLElement, found: FilterRecord[], run: number, count: number): Promise<boolean> {
    // Lessons and early-stage entries after the stories, each under their own heading.
    const ordered = storiesFirst(found);
    const shown = await this.#files.cards(ordered.slice(0, count));
    // A newer choice was made while these cards were on their way: its own cards will be shown.
    if (run !== this.#run) return false;
    const grid = (records: IndexRecord[]) => {
      const list = element('ul', 'grid gap-4 sm:grid-cols-2 lg:grid-cols-3');
      list.setAttribute('role', 'list');
      list.append(...records.map(buildCard));
      return list;
    };
    results.replaceChildren();
    for (const kind of kindOrder) {
      const group = shown.filter((record) => record.kind === kind);
      if (group.length === 0) continue;
      const total = found.filter((record) => record.kind === kind).length;
      results.append(element('h2', 'mt-8 mb-4 text-2xl font-bold', `${groupTitles[kind]} (${total})`), grid(group));
    }
    if (ordered.length > shown.length) {
      const more = element(
        'button',
        'mt-6 min-h-11 rounded border border-line px-4 font-semibold',
        `Tampilkan ${Math.min(cardBatch, ordered.length - shown.length)} lagi`,
      );
      more.type = 'button';
      let loading = false;
      more.addEventListener('click', () => {
        // A second press while the cards come must not ask for the next batch too.
        if (loading) return;
        loading = true;
        const first = shown.length;
        // The list is worked out again from the index: if the site was published anew since it
        // was fetched and these cards' files are gone, the index is fetched again with them.
        void this.#update(false, first + cardBatch).then((drawn) => {
          // The list is drawn anew: the reader goes on from the first new card, not from the top.
          if (drawn) results.querySelectorAll<HTMLAnchorElement>('article h3 a')[first]?.focus();
          // Otherwise the button stays where it is, for another try.
          else loading = false;
        });
      });
      results.append(more);
    }
    return true;
  }
}

customElements.define('case-finder', CaseFinder);
