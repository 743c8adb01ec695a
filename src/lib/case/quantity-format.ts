import { toBounds, type Amount } from './growth';
import { formatNumberRange } from '../../format/number-format';
import { formatRupiahRange } from '../../format/rupiah-format';
import { isMoneyUnit, shortUnitLabel, type Unit } from '../../vocabulary/units';

/**
 * Writes an amount with its unit: `Rp200–300 juta per tahun`, `11–19 orang`,
 * `400–700 ton/tahun`. Ranges stay ranges.
 */
export function formatAmount(value: Amount, unit: Unit): string {
  const [min, max] = toBounds(value);
  const number = isMoneyUnit(unit) ? formatRupiahRange(min, max) : formatNumberRange(min, max);
  const label = shortUnitLabel(unit);
  return label ? `${number} ${label}` : number;
}
