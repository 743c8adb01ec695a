/** Fetches and parses a JSON file; any answer but a success is an error. */
export async function fetchJson<Body>(url: string): Promise<Body> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<Body>;
}

/**
 * What a script fetched, by key, each fetched once however often it is asked for. A fetch that
 * fails is forgotten, so the reader's next try fetches it again instead of failing for good.
 */
export class FetchCache<Key, Value> {
  #kept = new Map<Key, Promise<Value>>();

  get(key: Key, load: () => Promise<Value>): Promise<Value> {
    let value = this.#kept.get(key);
    if (!value) {
      value = load();
      value.catch(() => this.#kept.delete(key));
      this.#kept.set(key, value);
    }
    return value;
  }

  /** Drops what was kept under `key`, so the next `get` fetches it again. */
  forget(key: Key): void {
    this.#kept.delete(key);
  }
}
