type Entry = unknown;
interface Collection {
  folder?: string;
  extension?: string;
}

export function entryFile(entry: Entry, collection: Collection): string;
export function entryData(entry: Entry): Record<string, unknown>;
export function entryChecker(
  checkText: (text: string, file: string) => Promise<string[]>,
  toFile: (data: Record<string, unknown>) => string,
  collection: Collection,
): (entry: Entry) => Promise<string[]>;
export function problemsHeading(count: number): string;
export function refusedSave(problems: readonly string[]): Error;
export function problemList(h: unknown, problems: readonly string[]): unknown;
