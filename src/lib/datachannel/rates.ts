// Rates and timings a transfer lab reports.

/** The median of `values` (mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Megabits per second (10^6 bits) for `bytes` moved in `ms` milliseconds; null if ms <= 0. */
export function megabitsPerSecond(bytes: number, ms: number): number | null {
  if (!(ms > 0) || bytes < 0) return null;
  return (bytes * 8) / (ms * 1000);
}

/** A whole percentage of `done` over `total`, clamped to 0..100 (100 when total is 0). */
export function percent(done: number, total: number): number {
  if (total <= 0) return 100;
  return Math.max(0, Math.min(100, Math.floor((done / total) * 100)));
}

/** Bytes in `mebibytes` MiB. */
export function mebibytes(mebibytes: number): number {
  return Math.round(mebibytes * 1024 * 1024);
}
