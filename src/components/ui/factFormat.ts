// How the facts a learner reads are written: one place for units and rounding.

/** A value a fact can carry: `null` or `undefined` while it is not known yet. */
export type FactValue = string | number | boolean | null | undefined;

/** The units a fact knows how to write. */
export type FactUnit = 'ms' | 'bytes' | 'count' | 'yes-no';

/** Milliseconds to one decimal, with the unit: `12.3 ms`. */
export function formatMs(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

/** A byte count with its unit and thousands grouped: `16,384 bytes`. */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en')} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/** The text a learner sees for `value` in `unit`; an em dash while the value is unknown. */
export function formatFact(value: FactValue, unit?: FactUnit): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (unit === 'ms') return formatMs(value);
    if (unit === 'bytes') return formatBytes(value);
    return value.toLocaleString('en');
  }
  return value;
}

/** The machine-readable `data-value`: numbers and booleans as written by String(), none as ''. */
export function factDataValue(value: FactValue): string {
  return value === null || value === undefined ? '' : String(value);
}
