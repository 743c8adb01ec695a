import type { FilterRecord, IndexRecord } from '../lib/case-query';
import { cardFileOf, unpackCard, unpackIndex, type PackedCards, type PackedIndex } from '../lib/list-index';

async function fetchJson<Body>(url: string): Promise<Body> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<Body>;
}

/**
 * The list's index and its files of cards, each fetched once, when first needed. A fetch that
 * fails is forgotten, so the reader's next choice tries it again.
 */
export class ListFiles {
  #index?: Promise<{ records: FilterRecord[]; cardFiles: string[] }>;
  #cardFiles = new Map<number, Promise<PackedCards>>();

  /** What filters and sorts every case. */
  index(): Promise<{ records: FilterRecord[]; cardFiles: string[] }> {
    this.#index ??= fetchJson<PackedIndex>('/sentra/indeks.json').then(
      (index) => ({ records: unpackIndex(index), cardFiles: index.cardFiles }),
      (error: unknown) => {
        this.#index = undefined;
        throw error;
      },
    );
    return this.#index;
  }

  /** The cards of `records`, from the files that hold them. */
  async cards(records: FilterRecord[]): Promise<IndexRecord[]> {
    const { cardFiles } = await this.index();
    return Promise.all(
      records.map(async (record) => {
        const { file, row } = cardFileOf(record.position);
        let cards = this.#cardFiles.get(file);
        if (!cards) {
          cards = fetchJson<PackedCards>(`/sentra/kartu/${cardFiles[file]}.json`).catch((error: unknown) => {
            this.#cardFiles.delete(file);
            throw error;
          });
          this.#cardFiles.set(file, cards);
        }
        return { ...record, ...unpackCard(await cards, row) };
      }),
    );
  }
}
