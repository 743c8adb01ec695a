// An amount in the web editor's field for it (editor.js): one number, or a range [min, max].
// Plain ES module, run in the browser (/admin/amount.js) and by the unit tests.

/** An amount as the editor reads it: `200`, or `200000000–300000000` for a range. */
export const showAmount = (value) => (Array.isArray(value) ? value.join('–') : value == null ? '' : String(value));

/** A plain number, `.` for decimals; never `1.500`, which an Indonesian reads as one thousand five hundred. */
const isNumber = (part) => /^\d+(\.\d+)?$/.test(part) && !/^\d{1,3}(\.\d{3})+$/.test(part);

/**
 * What the editor typed, as the case file holds it: a number, `[min, max]`, or the text itself
 * when it is neither, so that the check (`npm run check`, CI) names the mistake instead of the
 * editor quietly storing another number: `1.500` (a thousands separator, or 1,5?) and `1,5` stay text.
 */
export function parseAmount(text) {
  const parts = text.trim().split(/\s*[–-]\s*/);
  if (parts.length === 1 && parts[0] === '') return undefined;
  const numbers = parts.map((part) => (isNumber(part) ? Number(part) : NaN));
  if (parts.length > 2 || numbers.some((number) => Number.isNaN(number))) return text;
  return numbers.length === 1 ? numbers[0] : numbers;
}
