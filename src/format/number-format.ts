// One formatter each, built once: Intl formatters are costly to create per call.
const plain = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });
const oneDecimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

/** Writes a number the Indonesian way: `1.234,5` (dot for thousands, comma for decimals). */
export function formatNumber(value: number): string {
  return plain.format(value);
}

/** Writes a percentage per PUEBI, with no space before the sign: `12,5%`. */
export function formatPercent(value: number): string {
  return `${oneDecimal.format(value)}%`;
}

/** Writes `min–max` with an en dash, or the single number where both ends are the same. */
export function formatNumberRange(min: number, max: number): string {
  return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
}
