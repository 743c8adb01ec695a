// How the benchmark prints: plain figures in aligned columns, each beside its target and a ✓ or ✗.

/** One printed line: its cells, and whether the figure meets its target where it has one. */
export interface Row {
  cells: string[];
  met?: boolean;
}

const KB = 1024;

/** Bytes in KB, MB or GB (1 KB = 1,024 bytes, as in .ci/size-budgets.ts). */
export function bytes(count: number): string {
  if (count >= KB ** 3) return `${(count / KB ** 3).toFixed(2)} GB`;
  if (count >= KB ** 2) return `${(count / KB ** 2).toFixed(1)} MB`;
  return `${(count / KB).toFixed(1)} KB`;
}

/** A duration: "42.5 s" under two minutes, whole seconds past them ("3 min 0 s", never "2 min 60 s"). */
export function seconds(value: number): string {
  if (value < 120) return `${value.toFixed(1)} s`;
  const whole = Math.round(value);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}
export const count = (value: number) => value.toLocaleString('en-US');
export const ratio = (value: number) => `${value.toFixed(2)}×`;
export const share = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

/** The middle value; the lower middle of an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Prints a titled table of rows with aligned columns, a ✓ or ✗ after each row with a target. */
export function printTable(title: string, header: string[], rows: readonly Row[]): void {
  const all = [{ cells: header }, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row.cells[column] ?? '').length)));
  console.log(`\n${title}`);
  for (const row of all) {
    const mark = row.met === undefined ? '' : row.met ? '✓' : '✗';
    const cells = widths.map((width, column) => (row.cells[column] ?? '').padEnd(width));
    console.log(`  ${cells.join('   ')}   ${mark}`.trimEnd());
  }
}
