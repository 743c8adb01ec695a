import { sourceAnchor } from '../lib/case/source-numbers';
import { describeResults, nextBatch, resultFactsOf, sentenceExcerpt, typingPause } from '../lib/search/search-results';
import { loadPagefind, startPagefind, type SearchHit, type SearchResult } from './pagefind-client';
import { element } from './text-element';

/**
 * `<search-form>` turns the plain form of /cari/ into a live search. Pagefind's API is fetched
 * when the browser falls idle and its engine when the reader focuses the form, not while the page
 * loads; both at once only when the address already holds a search (`/cari/?q=…`, as the header's
 * form sends). A result's text is fetched when it comes near the screen, more results on the
 * reader's request.
 * Nothing is fetched ahead while the reader types: Pagefind stems each word, and the stem of a word
 * half typed ("pengol") lies elsewhere in the index than the finished word's ("olah"), so chunks
 * fetched ahead were mostly chunks the search never read, bytes spent for nothing.
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
    // A search in the address, or words a reader typed before this script arrived, is run at once.
    if (params.size > 0 || this.#field.value.trim() !== '') this.#schedule(0);
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
    // Placeholders of the previous results fetch nothing more: new results replace them.
    this.#nearScreen.disconnect();
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

  /**
   * Lists the next batch of results and returns its items. The first result's text is fetched at
   * once (the first batch replaces the previous results only when it has come, so the list never
   * flashes empty while the reader types); the others stand as placeholders until they come near
   * the screen. On a phone the search form fills the first screen and a result, with its card
   * facts, is nearly a screen tall, so a first search fetches one or two texts of about 5 KB
   * instead of five.
   */
  async #addBatch(run: number, shown: number): Promise<HTMLLIElement[]> {
    const { start, end } = nextBatch(shown, this.#found.length);
    if (end === start) {
      if (start === 0) this.#results.replaceChildren();
    } else {
      const first = renderHit(await this.#found[start]!.data());
      if (run !== this.#run) return [];
      const waiting = this.#found.slice(start + 1, end).map((result) => this.#placeholder(run, result));
      if (start === 0) this.#results.replaceChildren(first, ...waiting);
      else this.#results.append(first, ...waiting);
      for (const item of waiting) this.#nearScreen.observe(item);
    }
    this.#status.textContent = describeResults(end, this.#found.length);
    this.#more.hidden = end >= this.#found.length;
    return [...this.#results.children].slice(start, end) as HTMLLIElement[];
  }

  /** Fetches a placeholder's text when it comes within half a screen of the visible part of the page. */
  #nearScreen = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (!isIntersecting) continue;
        this.#nearScreen.unobserve(target);
        target.dispatchEvent(new Event('near-screen'));
      }
    },
    { rootMargin: '0px 0px 50% 0px' },
  );

  /** A result listed but not yet fetched: it takes about a result's room, facts and all, so the page does not jump. */
  #placeholder(run: number, result: SearchResult): HTMLLIElement {
    const item = document.createElement('li');
    item.className = `${cardClass} min-h-144 text-muted sm:min-h-96 lg:min-h-84`;
    item.setAttribute('aria-busy', 'true');
    item.textContent = 'Memuat…';
    item.addEventListener(
      'near-screen',
      () =>
        void result.data().then(
          (hit) => {
            if (run === this.#run) item.replaceWith(renderHit(hit));
          },
          // Offline, say: the reader is told, not left with "Memuat…" for ever.
          () => {
            item.removeAttribute('aria-busy');
            item.textContent = 'Hasil ini gagal dimuat. Coba cari lagi.';
          },
        ),
      { once: true },
    );
    return item;
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

/** The frame of a result, a list's card (.case-card in global.css), the same for a placeholder. */
const cardClass = 'case-card';

/** A result's card facts, as a list's card shows them (CaseCard.astro): funding, IKM, result, dated status. */
function renderFacts(hit: SearchHit): HTMLElement[] {
  const { facts, evidence } = resultFactsOf(hit.meta);
  if (facts.length === 0) return [];
  const list = element('dl', 'card-facts');
  for (const fact of facts) {
    const description = element('dd');
    description.append(...fact.lines.map((line) => element('span', 'block', line)));
    if (fact.source !== undefined) {
      // The figure links to its source, as on every card the site renders.
      const source = element('a', '', `[${fact.source}]`);
      source.href = `${hit.url}#${sourceAnchor(fact.source)}`;
      description.append(' ', source);
    }
    list.append(element('dt', '', fact.term), description);
  }
  return evidence ? [list, element('p', 'text-sm font-semibold', evidence)] : [list];
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const item = element('li', hit.meta.kind ? `${cardClass} case-card-marked` : cardClass);
  const heading = element('h2', 'text-lg font-bold');
  const link = element('a', '', hit.meta.title ?? hit.url);
  link.href = hit.url;
  heading.append(link);
  // A lesson or an early-stage entry says so above its title, in words, never by colour alone.
  const kind = hit.meta.kind ? [element('p', 'text-sm font-bold text-warn', hit.meta.kind)] : [];
  // Our excerpt starts where the sentence of the first match starts, so that a negation before
  // the match is never cut off; it marks matches with <mark> and escapes the rest.
  const excerpt = element('p', 'mt-2 text-sm');
  excerpt.innerHTML = sentenceExcerpt(hit.content, hit.locations);
  item.append(...kind, heading, element('p', '', hit.meta.summary ?? ''), excerpt, ...renderFacts(hit));
  return item;
}

customElements.define('search-form', SearchForm);
