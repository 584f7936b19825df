// Figures in plausible ranges: a time in ms, a throughput, a byte or line count must be a number
// a real run could produce. The rules go by the field's name, as the labs name their facts.
import { countedAre, quoted, runLabel, type Findings } from './findings';
import type { ReadReport } from './readReport';

/** One range rule: which names it covers, what they are, and the range a real run stays in. */
interface FigureRule {
  names: RegExp;
  what: string;
  min: number;
  max: number;
  whole?: boolean;
}

/** The plausible ranges, by field or row attribute name. */
export const FIGURE_RULES: readonly FigureRule[] = [
  { names: /(^|-)ms$/, what: 'a time in milliseconds', min: 0, max: 600_000 },
  { names: /^rtt$/, what: 'a round-trip time in ms', min: 0, max: 60_000 },
  { names: /mbps$/, what: 'a throughput in Mbit/s', min: 0, max: 100_000 },
  { names: /kbps$/, what: 'a bit rate in kbit/s', min: 0, max: 10_000_000 },
  { names: /-lines$/, what: 'a line count', min: 0, max: 100_000, whole: true },
  { names: /bytes/, what: 'a byte count', min: 0, max: 1e13, whole: true },
  { names: /-size$/, what: 'a size in bytes', min: 0, max: 2 ** 32, whole: true },
  { names: /^port$/, what: 'a port', min: 0, max: 65_535, whole: true },
  { names: /^fps$/, what: 'a frame rate', min: 0, max: 1_000 },
  {
    names: /-count$|-changes$|^(requests|responses)-|^messages-|^rollbacks$|^mesh-links$/,
    what: 'a count',
    min: 0,
    max: 1e9,
    whole: true,
  },
];

function ruleFor(name: string): FigureRule | undefined {
  const last = name.slice(name.lastIndexOf('.') + 1);
  return FIGURE_RULES.find((r) => r.names.test(name) || r.names.test(last));
}

function problemWith(value: string, rule: FigureRule): string | undefined {
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n)) return `is ${quoted(value)}, which is not a number`;
  if (rule.whole && !Number.isInteger(n)) return `is ${n}, but ${rule.what} is a whole number`;
  if (n < rule.min || n > rule.max)
    return `is ${n}, outside what a real run gives for ${rule.what} (${rule.min} to ${rule.max.toLocaleString('en')})`;
  return undefined;
}

/** Checks every numeric field and row value of each run against its plausible range. */
export function checkFigures(report: ReadReport, found: Findings): void {
  const before = found.problems;
  let checked = 0;
  const check = (where: string, name: string, value: string) => {
    const rule = ruleFor(name);
    if (!rule) return;
    checked += 1;
    const why = problemWith(value, rule);
    if (why) found.problem(`${where}: ${quoted(name)} ${why}.`);
  };
  for (const { n, run } of report.runs) {
    const where = runLabel(n, run.lab, run.startedAt);
    for (const [name, value] of Object.entries(run.fields)) check(where, name, value);
    run.rows.forEach((row, i) => {
      for (const [name, value] of Object.entries(row))
        if (name !== 'row') check(`${where}, row ${i + 1} (${row['row'] ?? '?'})`, name, value);
    });
  }
  if (found.problems === before && checked > 0)
    found.ok(
      `${countedAre(checked, 'figure')} in plausible ranges (times, rates, byte and line counts).`,
    );
}
