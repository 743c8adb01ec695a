import type { FilterRecord, IndexRecord } from '../lib/list/case-query';
import { cardFileOf, unpackCard, unpackIndex, type PackedCards, type PackedIndex } from '../lib/list/list-index';
import { FetchCache, fetchJson } from './fetch-cache';

/**
 * The list's index and its files of cards, each fetched once, when first needed. A fetch that
 * fails is forgotten, so the reader's next choice tries it again.
 */
export class ListFiles {
  #index = new FetchCache<'indeks', { records: FilterRecord[]; cardFiles: string[] }>();
  #cards = new FetchCache<string, PackedCards>();

  /** What filters and sorts every case. */
  index(): Promise<{ records: FilterRecord[]; cardFiles: string[] }> {
    return this.#index.get('indeks', async () => {
      const index = await fetchJson<PackedIndex>('/sentra/indeks.json');
      return { records: unpackIndex(index), cardFiles: index.cardFiles };
    });
  }

  /**
   * The cards of `records`, from the files that hold them. When one does not come, the index is
   * dropped too: a site published anew since it was fetched has files of other names.
   */
  async cards(records: FilterRecord[]): Promise<IndexRecord[]> {
    const { cardFiles } = await this.index();
    const cards = Promise.all(
      records.map(async (record) => {
        const { file, row } = cardFileOf(record.position);
        const name = cardFiles[file]!;
        const kept = await this.#cards.get(name, () => fetchJson<PackedCards>(`/sentra/kartu/${name}.json`));
        return { ...record, ...unpackCard(kept, row) };
      }),
    );
    cards.catch(() => this.#index.forget('indeks'));
    return cards;
  }
}
