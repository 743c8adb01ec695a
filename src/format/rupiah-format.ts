import { formatNumber } from './number-format';

interface Scale {
  size: number;
  word: string;
}

// Largest first, so that the first scale a value reaches is the one it is written in.
const scales: Scale[] = [
  { size: 1e12, word: 'triliun' },
  { size: 1e9, word: 'miliar' },
  { size: 1e6, word: 'juta' },
];

function scaleOf(value: number): Scale | undefined {
  return scales.find((scale) => Math.abs(value) >= scale.size);
}

function amountIn(value: number, scale: Scale | undefined): string {
  return scale ? `${formatNumber(value / scale.size)} ${scale.word}` : formatNumber(value);
}

/**
 * Writes an amount of rupiah per PUEBI: `Rp1,5 miliar`, `Rp200 juta`, `Rp15.000`. No space after
 * `Rp`, and no rounding beyond three decimals, which is why Intl's currency style is not used.
 */
export function formatRupiah(value: number): string {
  return `Rp${amountIn(value, scaleOf(value))}`;
}

/**
 * Writes a range of rupiah: `Rp200–300 juta` when both ends share a scale, or
 * `Rp200 juta–Rp1,5 miliar` when they do not, so that no reader multiplies the wrong end.
 */
export function formatRupiahRange(min: number, max: number): string {
  if (min === max) return formatRupiah(min);
  const low = scaleOf(min);
  const high = scaleOf(max);
  if (low === high) {
    const lowNumber = formatNumber(low ? min / low.size : min);
    return `Rp${lowNumber}–${amountIn(max, high)}`;
  }
  return `${formatRupiah(min)}–${formatRupiah(max)}`;
}
