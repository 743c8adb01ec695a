import { describeResults, nextBatch, typingPause } from '../lib/search-results';
import { loadPagefind, startPagefind, type SearchHit, type SearchResult } from './pagefind-client';

/**
 * `<search-form>` turns the plain form of /cari/ into a live search. Pagefind's API is fetched
 * when the browser falls idle and its engine when the reader focuses the form, not while the page
 * loads; both at once only when the address already holds a search (`/cari/?q=…`, as the header's
 * form sends). Only the first few results' texts are fetched; the rest on the reader's request.
 * Nothing is fetched ahead while the reader types: Pagefind stems each word, and the stem of a word
 * half typed ("pengol") lies elsewhere in the index than the finished word's ("olah"), so chunks
 * fetched ahead were mostly chunks the search never read (28 KB more for a common word).
 */
class SearchForm extends HTMLElement {
  #form = this.querySelector('form')!;
  #field = this.querySelector<HTMLInputElement>('input[name="q"]')!;
  #status = this.querySelector<HTMLElement>('[data-status]')!;
  #results = this.querySelector<HTMLOListElement>('[data-results]')!;
  #more = this.querySelector<HTMLButtonElement>('[data-more]')!;
  #found: SearchResult[] = [];
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #adding = false;
  /** When the reader last typed in the field, and the gaps before, to wait at their own pace. */
  #lastKey = 0;
  #gaps: number[] = [];

  connectedCallback(): void {
    const params = new URLSearchParams(location.search);
    for (const [name, value] of params) {
      const field = this.#form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    }
    this.#status.textContent = 'Ketik kata, atau pilih saringan.';
    this.#form.addEventListener('focusin', () => void startPagefind(), { once: true });
    this.#form.addEventListener('input', (event) => {
      if (event.target !== this.#field) return this.#schedule(0);
      const now = performance.now();
      if (this.#lastKey > 0) this.#gaps = [...this.#gaps.slice(-2), now - this.#lastKey];
      this.#lastKey = now;
      this.#schedule(typingPause(this.#field.value, this.#gaps));
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#schedule(0);
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    if (params.size > 0) this.#schedule(0);
    else if ('requestIdleCallback' in window) requestIdleCallback(() => void loadPagefind());
    else setTimeout(() => void loadPagefind(), 2000);
  }

  /** Searches after `wait` ms; a newer search cancels this one, and anything still in flight. */
  #schedule(wait: number): void {
    const run = ++this.#run;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(run), wait);
  }

  #query(): { term: string | null; filters: Record<string, string> } {
    const data = new FormData(this.#form);
    const filters: Record<string, string> = {};
    for (const [name, value] of data) if (name !== 'q' && value) filters[name] = String(value);
    const term = String(data.get('q') ?? '').trim();
    // Pagefind lists every page for a null term, which is what a filter with no words means.
    return { term: term || (Object.keys(filters).length ? null : ''), filters };
  }

  async #search(run: number): Promise<void> {
    const { term, filters } = this.#query();
    // The address keeps the search, so a reader can share it; empty fields are left out.
    const params = new URLSearchParams({ ...(term ? { q: term } : {}), ...filters });
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
    this.#found = [];
    this.#more.hidden = true;
    if (term === '') {
      this.#results.replaceChildren();
      this.#status.textContent = 'Ketik kata, atau pilih saringan.';
      return;
    }
    this.#status.textContent = 'Mencari…';
    const pagefind = await startPagefind();
    const search = await pagefind.search(term, { filters });
    if (run !== this.#run) return;
    this.#found = search.results;
    await this.#addBatch(run, 0);
  }

  /** Fetches the next batch of result texts and shows it; returns the items added. */
  async #addBatch(run: number, shown: number): Promise<HTMLLIElement[]> {
    const { start, end } = nextBatch(shown, this.#found.length);
    // Fetched together, shown in order as they come: the first result need not wait for the fifth.
    const pending = this.#found.slice(start, end).map((result) => result.data());
    const items: HTMLLIElement[] = [];
    if (start === 0 && end === 0) this.#results.replaceChildren();
    for (const hit of pending) {
      const item = renderHit(await hit);
      if (run !== this.#run) return [];
      if (start === 0 && items.length === 0) this.#results.replaceChildren(item);
      else this.#results.append(item);
      items.push(item);
    }
    this.#status.textContent = describeResults(end, this.#found.length);
    this.#more.hidden = end >= this.#found.length;
    return items;
  }

  /** The button's work: the next batch, then the focus on its first result, where reading goes on. */
  async #showMore(): Promise<void> {
    // A second press while a batch loads must not fetch the same batch twice.
    if (this.#adding) return;
    this.#adding = true;
    try {
      const items = await this.#addBatch(this.#run, this.#results.children.length);
      items[0]?.querySelector('a')?.focus();
    } finally {
      this.#adding = false;
    }
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
