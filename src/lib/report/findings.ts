// What checking a report found, line by line, in plain words.

/** How a line reads: a check that passed, a problem, or a remark that is neither. */
export type FindingLevel = 'ok' | 'problem' | 'note';

/** One line of what the checker found. */
export interface Finding {
  level: FindingLevel;
  text: string;
}

/** The most problem lines listed; past it, one line says how many more there were. */
export const MAX_PROBLEM_LINES = 200;

/** The lines found so far, with the problems capped (a hostile file could hold millions). */
export class Findings {
  readonly lines: Finding[] = [];
  problems = 0;

  /** A check that passed. */
  ok(text: string): void {
    this.lines.push({ level: 'ok', text });
  }

  /** A remark that is neither a pass nor a problem. */
  note(text: string): void {
    this.lines.push({ level: 'note', text });
  }

  /** Something wrong with the report. */
  problem(text: string): void {
    this.problems += 1;
    if (this.problems <= MAX_PROBLEM_LINES) this.lines.push({ level: 'problem', text });
  }

  /** The lines, with a closing line for the problems left out. */
  all(): Finding[] {
    const hidden = this.problems - MAX_PROBLEM_LINES;
    return hidden > 0
      ? [...this.lines, { level: 'problem', text: `… and ${hidden} more problems like these.` }]
      : [...this.lines];
  }
}

/** How a run is named in a finding: its number, lab and start time. */
export function runLabel(index: number, lab: string, startedAt: string): string {
  return `Run ${index + 1} (${lab.slice(0, 40)}, ${startedAt.replace('T', ' ').slice(0, 19)})`;
}

/** A count with its noun, singular or plural: `1 run`, `3 runs`. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A value from the report as a finding quotes it: in quotes, cut to 60 characters. */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : String(JSON.stringify(value) ?? value);
  return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
}

/** A count with its noun and verb agreeing: `1 answer is`, `3 answers are`. */
export function countedAre(n: number, singular: string, plural = `${singular}s`): string {
  return `${counted(n, singular, plural)} ${n === 1 ? 'is' : 'are'}`;
}
