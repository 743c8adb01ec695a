/** A case file's amount: one number, or a range `[min, max]`. */
export type Amount = number | [number, number];

/** An amount as the editor reads it: `200`, or `200000000–300000000` for a range. */
export function showAmount(value: unknown): string;

/** What the editor typed, as the file holds it; the text itself when it is no amount. */
export function parseAmount(text: string): Amount | string | undefined;
