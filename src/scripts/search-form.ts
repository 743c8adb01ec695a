import { loadPagefind, type SearchHit } from './pagefind-client';

/**
 * `<search-form>` turns the plain form of /cari/ into a live search. Pagefind is fetched when the
 * reader focuses the form or the browser falls idle, not while the page loads; at once only when
 * the address already holds a search (`/cari/?q=…`, as the header's form sends).
 */
class SearchForm extends HTMLElement {
  #form = this.querySelector('form')!;
  #status = this.querySelector<HTMLElement>('[data-status]')!;
  #results = this.querySelector<HTMLOListElement>('[data-results]')!;
  #run = 0;

  connectedCallback(): void {
    const params = new URLSearchParams(location.search);
    for (const [name, value] of params) {
      const field = this.#form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    }
    this.#status.textContent = 'Ketik kata, atau pilih saringan.';
    this.#form.addEventListener('focusin', () => void loadPagefind(), { once: true });
    this.#form.addEventListener('input', () => void this.#search());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    if (params.size > 0) void this.#search();
    else if ('requestIdleCallback' in window) requestIdleCallback(() => void loadPagefind());
    else setTimeout(() => void loadPagefind(), 2000);
  }

  #query(): { term: string | null; filters: Record<string, string> } {
    const data = new FormData(this.#form);
    const filters: Record<string, string> = {};
    for (const [name, value] of data) if (name !== 'q' && value) filters[name] = String(value);
    const term = String(data.get('q') ?? '').trim();
    // Pagefind lists every page for a null term, which is what a filter with no words means.
    return { term: term || (Object.keys(filters).length ? null : ''), filters };
  }

  async #search(): Promise<void> {
    const run = ++this.#run;
    const { term, filters } = this.#query();
    // The address keeps the search, so a reader can share it; empty fields are left out.
    const params = new URLSearchParams({ ...(term ? { q: term } : {}), ...filters });
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
    if (term === '') {
      this.#results.replaceChildren();
      this.#status.textContent = 'Ketik kata, atau pilih saringan.';
      return;
    }
    this.#status.textContent = 'Mencari…';
    const pagefind = await loadPagefind();
    const search = await pagefind.debouncedSearch(term, { filters }, 250);
    if (!search || run !== this.#run) return;
    const hits = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
    if (run !== this.#run) return;
    this.#results.replaceChildren(...hits.map(renderHit));
    this.#status.textContent = hits.length === 0 ? 'Tidak ada kisah yang cocok.' : `${hits.length} kisah ditemukan.`;
  }
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'rounded-lg border border-[var(--color-line)] bg-[var(--color-card)] p-4';
  const heading = document.createElement('h2');
  heading.className = 'text-lg font-bold';
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.meta.title ?? hit.url;
  heading.append(link);
  const summary = document.createElement('p');
  summary.textContent = hit.meta.summary ?? '';
  const headline = document.createElement('p');
  headline.className = 'text-sm text-[var(--color-muted)]';
  headline.textContent = hit.meta.headline ?? '';
  // Pagefind's excerpt marks matches with <mark> and escapes the rest, so it can be set as HTML.
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-2 text-sm';
  excerpt.innerHTML = hit.excerpt;
  item.append(heading, summary, headline, excerpt);
  return item;
}

customElements.define('search-form', SearchForm);
