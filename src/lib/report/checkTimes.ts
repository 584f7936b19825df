// Are the report's times in order: each run ends after it starts, runs and answers are listed
// oldest first, nothing happens after the export or before the course existed.
import { countedAre, runLabel, type Findings } from './findings';
import type { ReadReport } from './readReport';

/** No run or answer can be older than this: the course did not exist before. */
export const EARLIEST_TIME = '2024-01-01T00:00:00.000Z';
/** The longest a lab run may last, in ms: a run takes seconds, the longest measurement a minute. */
export const MAX_RUN_MS = 15 * 60 * 1000;
/** How far the export may lie in the checker's future (clocks disagree), in ms. */
export const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

const ms = (iso: string) => Date.parse(iso);

/** Checks the order and range of every time in the report; `now` is the checker's clock. */
export function checkTimes(report: ReadReport, found: Findings, now?: number): void {
  const before = found.problems;
  const exported = ms(report.exportedAt);
  if (now !== undefined && exported - now > CLOCK_SLACK_MS)
    found.problem(
      'The report says it was exported more than a day in the future of this computer’s clock.',
    );
  let previous = '';
  for (const { n, run } of report.runs) {
    const name = runLabel(n, run.lab, run.startedAt);
    const took = ms(run.finishedAt) - ms(run.startedAt);
    if (took < 0) found.problem(`${name} ends ${Math.round(-took)} ms before it starts.`);
    else if (took > MAX_RUN_MS)
      found.problem(`${name} lasted ${Math.round(took / 60000)} minutes; a lab run takes seconds.`);
    if (run.startedAt < EARLIEST_TIME)
      found.problem(`${name} is dated before this course existed.`);
    if (ms(run.finishedAt) > exported) found.problem(`${name} ends after the report was exported.`);
    if (run.startedAt < previous)
      found.problem(`${name} starts before the run listed above it: runs are listed oldest first.`);
    previous = run.startedAt;
  }
  let last = '';
  let late = 0;
  let early = 0;
  let unordered = 0;
  for (const answer of report.answers) {
    if (ms(answer.at) > exported) late += 1;
    if (answer.at < EARLIEST_TIME) early += 1;
    if (answer.at < last) unordered += 1;
    last = answer.at;
  }
  if (late) found.problem(`${countedAre(late, 'answer')} dated after the report was exported.`);
  if (early) found.problem(`${countedAre(early, 'answer')} dated before this course existed.`);
  if (unordered)
    found.problem(
      `${countedAre(unordered, 'answer')} out of order: answers are listed oldest first.`,
    );
  if (found.problems === before)
    found.ok(
      'The times are in order: each run ends after it starts, and nothing is dated after the export.',
    );
}
