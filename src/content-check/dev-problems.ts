import { existsSync, readFileSync } from 'node:fs';

/**
 * The content problems found while `npm run dev` runs. The content loader and the pages run in
 * one process but not in one module graph, so the list lives on `globalThis`: the loader writes
 * it when a file is (re)read, and the middleware shows it in the browser's error overlay, so an
 * editor sees the message where they look, not only in the terminal.
 */
const key = Symbol.for('etalase-sentra-ikm.content-problems');
type Store = Map<string, { message: string; text: string }>;

function store(): Store {
  const holder = globalThis as unknown as Record<symbol, Store | undefined>;
  holder[key] ??= new Map();
  return holder[key];
}

/** Records a file's problems with the text that has them, or clears them when it is valid again. */
export function recordProblems(file: string, message: string | undefined, text = ''): void {
  if (message) store().set(file, { message, text });
  else store().delete(file);
}

/**
 * Every open problem. A file whose text has changed since it failed is no longer reported: the
 * loader rereads a changed file and records it again if it still fails, but it skips a file put
 * back exactly as it was when last valid, so that case must be cleared here.
 */
export function openProblems(): string[] {
  for (const [file, { text }] of store()) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) store().delete(file);
  }
  return [...store().values()].map((entry) => entry.message);
}
