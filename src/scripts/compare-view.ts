import {
  choiceLabel,
  matchChoices,
  unpackChoices,
  type Choice,
  type PackedChoices,
} from '../lib/compare/compare-choices';
import { renderComparison } from '../lib/compare/compare-html';
import {
  idleStatus,
  maxCompared,
  requestedSlugs,
  selectionSearch,
  settleSelection,
} from '../lib/compare/compare-query';
import type { CompareCase } from '../lib/compare/compare-record';
import { formatNumber } from '../format/number-format';
import { FetchCache, fetchJson } from './fetch-cache';
import { element } from './text-element';

const buttonClass = 'min-h-11 rounded border border-line px-3 text-left';

/**
 * `<compare-view>` wraps the table of every case. With JavaScript it shows the picker and, when
 * the address names cases (`?sentra=a,b`), only those, side by side: each case's facts come from
 * its small JSON file written at build time (`/bandingkan/<slug>.json`), never from the page. The
 * picker finds cases by name or place in one compact file, fetched when the reader first goes to
 * the search field. Choosing adds a history entry, so the back button returns to the previous
 * comparison.
 */
class CompareView extends HTMLElement {
  #picker = this.querySelector<HTMLFormElement>('[data-picker]')!;
  #search = this.#picker.querySelector<HTMLInputElement>('input[type=search]')!;
  #results = this.#picker.querySelector<HTMLElement>('[data-results]')!;
  #picked = this.#picker.querySelector<HTMLElement>('[data-picked]')!;
  #pickerStatus = this.#picker.querySelector<HTMLElement>('[data-picker-status]')!;
  #status = this.querySelector<HTMLElement>('[data-status]')!;
  #all = this.querySelector<HTMLElement>('[data-all]')!;
  #chosen = this.querySelector<HTMLElement>('[data-chosen]')!;
  /** The cases on view, in order. */
  #shown: CompareCase[] = [];
  #cases = new FetchCache<string, CompareCase | null>();
  #choices = new FetchCache<'daftar', Choice[]>();
  #run = 0;

  connectedCallback(): void {
    this.#search.addEventListener('focus', () => void this.#loadChoices().catch(() => undefined), { once: true });
    this.#search.addEventListener('input', () => void this.#find(false));
    this.#picker.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#find(true);
    });
    this.#results.addEventListener('click', (event) => {
      const slug = (event.target as Element).closest<HTMLElement>('[data-add]')?.dataset.add;
      if (slug) this.#add(slug);
    });
    this.#picked.addEventListener('click', (event) => {
      const slug = (event.target as Element).closest<HTMLElement>('[data-remove]')?.dataset.remove;
      if (slug) this.#go(this.#shown.map((item) => item.slug).filter((item) => item !== slug));
    });
    window.addEventListener('popstate', () => void this.#show());
    void this.#show();
    // The picker is in the page from the first paint, so a reader may have typed before this
    // script arrived: search what is there, as typing would have.
    if (this.#search.value.trim() !== '') void this.#find(false);
  }

  #loadChoices(): Promise<Choice[]> {
    return this.#choices.get('daftar', async () =>
      unpackChoices(await fetchJson<PackedChoices>('/bandingkan/daftar/sentra.json')),
    );
  }

  /** Lists the cases that match the search field; on Enter, a single match is chosen at once. */
  async #find(submitted: boolean): Promise<void> {
    const text = this.#search.value.trim();
    if (text.length < 2) {
      this.#showResults([]);
      this.#pickerStatus.textContent = submitted ? 'Ketik paling sedikit dua huruf nama atau tempat sentra.' : '';
      return;
    }
    let choices: Choice[];
    try {
      choices = await this.#loadChoices();
    } catch {
      this.#pickerStatus.textContent = 'Daftar sentra tidak dapat dimuat. Tabel semua sentra ada di bawah.';
      return;
    }
    if (this.#search.value.trim() !== text) return;
    const picked = new Set(this.#shown.map((item) => item.slug));
    const found = matchChoices(
      choices.filter((choice) => !picked.has(choice.slug)),
      text,
    );
    if (submitted && found.total === 1) {
      this.#add(found.choices[0]!.slug);
      return;
    }
    this.#showResults(found.choices);
    this.#pickerStatus.textContent =
      found.total === 0
        ? `Tidak ada sentra yang cocok dengan “${text}”.`
        : found.total > found.choices.length
          ? `${formatNumber(found.total)} sentra cocok; ${found.choices.length} yang pertama di bawah. Ketik lebih banyak untuk mempersempit.`
          : `${formatNumber(found.total)} sentra cocok. Pilih satu untuk ditambahkan.`;
  }

  #showResults(choices: readonly Choice[]): void {
    this.#results.replaceChildren(
      ...choices.map((choice) => {
        const item = element('li', '');
        const button = element('button', buttonClass, choiceLabel(choice));
        button.type = 'button';
        button.dataset.add = choice.slug;
        item.append(button);
        return item;
      }),
    );
    this.#results.hidden = choices.length === 0;
  }

  #add(slug: string): void {
    const slugs = this.#shown.map((item) => item.slug);
    if (slugs.length >= maxCompared) {
      this.#pickerStatus.textContent = 'Paling banyak tiga sentra. Hapus satu dulu untuk menggantinya.';
      return;
    }
    this.#search.value = '';
    this.#showResults([]);
    this.#pickerStatus.textContent = '';
    this.#go([...slugs, slug]);
  }

  /** Shows these cases and adds them to the address and the history. */
  #go(slugs: readonly string[]): void {
    history.pushState(null, '', `${location.pathname}${selectionSearch(slugs)}`);
    // The button pressed is gone from the page: the search field is where the next choice starts.
    this.#search.focus();
    void this.#show();
  }

  /** A case's comparison record, or null where no case has that name. */
  #load(slug: string): Promise<CompareCase | null> {
    return this.#cases.get(slug, async () => {
      const response = await fetch(`/bandingkan/${encodeURIComponent(slug)}.json`);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`${slug}: ${response.status}`);
      return response.json() as Promise<CompareCase>;
    });
  }

  #showPicked(cases: readonly CompareCase[]): void {
    this.#picked.replaceChildren(
      ...cases.map((item, index) => {
        const row = element('li', 'flex flex-wrap items-center gap-x-3');
        const name = `${item.title}${item.lesson ? ' (pelajaran)' : item.mark ? ' (tahap awal)' : ''}`;
        const button = element('button', buttonClass, 'Hapus');
        button.type = 'button';
        button.dataset.remove = item.slug;
        button.setAttribute('aria-label', `Hapus ${item.title}`);
        row.append(element('span', 'font-semibold', `${index + 1}. ${name}`), button);
        return row;
      }),
    );
    this.#picked.hidden = cases.length === 0;
  }

  async #show(): Promise<void> {
    const run = ++this.#run;
    const requested = requestedSlugs(location.search);
    const known = new Map<string, CompareCase | null>();
    const settle = () => settleSelection(requested, (slug) => (known.has(slug) ? known.get(slug) !== null : undefined));
    let selection = settle();
    if (selection.pending.length > 0) this.#status.textContent = 'Memuat data sentra…';
    try {
      // The page lists no case: each name is looked up in its own file, only as far as needed.
      while (selection.pending.length > 0) {
        const pending = selection.pending;
        const loaded = await Promise.all(pending.map((slug) => this.#load(slug)));
        pending.forEach((slug, index) => known.set(slug, loaded[index]!));
        selection = settle();
      }
    } catch {
      if (run === this.#run)
        this.#status.textContent = 'Data sentra tidak dapat dimuat. Tabel semua sentra ada di bawah.';
      return;
    }
    if (run !== this.#run) return;
    const cases = selection.slugs.map((slug) => known.get(slug)!);
    this.#shown = cases;
    this.#showPicked(cases);
    const notes = [
      ...selection.unknown.map((slug) => `Sentra “${slug}” tidak ada di situs ini.`),
      ...(selection.dropped.length > 0
        ? [`Paling banyak tiga sentra; ${selection.dropped.join(', ')} tidak ditampilkan.`]
        : []),
    ];
    if (cases.length === 0) {
      this.#chosen.hidden = true;
      this.#all.hidden = false;
      this.#status.textContent = [...notes, idleStatus].join(' ');
      return;
    }
    const caption = `Perbandingan ${cases.map((item) => item.title).join(', ')}`;
    this.#chosen.innerHTML = renderComparison(cases, 'perbandingan-pilihan', caption);
    this.#chosen.hidden = false;
    this.#all.hidden = true;
    const more = cases.length === 1 ? ' Cari satu atau dua sentra lagi untuk dibandingkan.' : '';
    this.#status.textContent = [...notes, `${cases.length} sentra ditampilkan.${more}`].join(' ');
  }
}

customElements.define('compare-view', CompareView);
