// The checker an instructor runs on a learner's report: line by line, in plain words.
import { checkDtls } from './checkDtls';
import { checkFigures } from './checkFigures';
import { checkIce } from './checkIce';
import { checkScores } from './checkScores';
import { checkText } from './checkText';
import { checkTimes } from './checkTimes';
import { counted, Findings, type Finding } from './findings';
import { oversize, readReport } from './readReport';
import { MAX_REPORT_CHARS } from './schema';

/** The overall verdict: not a report at all, a report with problems, or one that holds together. */
export type ReportVerdict = 'unreadable' | 'problems' | 'consistent';

/** What checking a report found. */
export interface ReportCheck {
  verdict: ReportVerdict;
  /** One sentence that sums it up. */
  summary: string;
  findings: Finding[];
}

/** What the checker may know beyond the file: the course's lab ids and the current time (ms). */
export interface CheckOptions {
  knownLabs?: readonly string[];
  now?: number;
}

/** Checks a report's text: well formed, internally consistent, plausible. Never throws. */
export function checkReport(text: string, options: CheckOptions = {}): ReportCheck {
  const found = new Findings();
  const report = readReport(text, found);
  if (!report)
    return {
      verdict: 'unreadable',
      summary: 'This is not a lab report this page can read.',
      findings: found.all(),
    };
  const labs = new Set(report.runs.map(({ run }) => run.lab)).size;
  found.note(
    `It holds ${counted(report.runs.length, 'lab run')} of ${counted(labs, 'lab')}, ${counted(report.answers.length, 'answer')} and ${counted(report.chaptersDone.length, 'chapter')} marked done.`,
  );
  checkTimes(report, found, options.now);
  checkIce(report, found);
  checkDtls(report, found);
  checkFigures(report, found);
  checkScores(report, found);
  checkText(report, found, options.knownLabs);
  const verdict = found.problems ? 'problems' : 'consistent';
  const summary = found.problems
    ? `${counted(found.problems, 'problem')} found: this report was edited or damaged after it was exported, or it is not what the course writes.`
    : 'Everything checked holds together: the values are consistent and plausible.';
  return { verdict, summary, findings: found.all() };
}

/** The refusal of a file too large to be a report, from its size alone (before reading it). */
export function checkReportSize(bytes: number): ReportCheck | undefined {
  if (bytes <= MAX_REPORT_CHARS) return undefined;
  return {
    verdict: 'unreadable',
    summary: 'This is not a lab report this page can read.',
    findings: [{ level: 'problem', text: oversize(bytes) }],
  };
}
