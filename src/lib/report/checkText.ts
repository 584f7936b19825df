// Text no lab writes: markup in a value is shown as plain text by the checker, and flagged.
import { counted, quoted, type Findings } from './findings';
import type { ReadReport } from './readReport';

const MARKUP = /<\s*[a-z!/?]/i;

function* strings(report: ReadReport): Generator<string> {
  for (const { run } of report.runs) {
    yield run.lab;
    if (run.chapter) yield run.chapter;
    for (const [name, value] of Object.entries(run.fields)) yield* [name, value];
    for (const row of run.rows)
      for (const [name, value] of Object.entries(row)) yield* [name, value];
  }
  for (const a of report.answers) yield* [a.id, a.chapter ?? '', a.answer ?? ''];
  yield* report.chaptersDone;
}

/** Flags values that carry HTML markup and labs the course does not have. */
export function checkText(
  report: ReadReport,
  found: Findings,
  knownLabs?: readonly string[],
): void {
  let markup = 0;
  let example = '';
  for (const s of strings(report)) {
    if (MARKUP.test(s)) {
      markup += 1;
      example ||= s;
    }
  }
  if (markup)
    found.problem(
      `${counted(markup, 'value')} ${markup === 1 ? 'contains' : 'contain'} HTML markup (for example ${quoted(example)}), which no lab writes; this page shows it as plain text.`,
    );
  if (!knownLabs) return;
  const unknown = new Set(
    report.runs.map(({ run }) => run.lab).filter((l) => !knownLabs.includes(l)),
  );
  for (const lab of [...unknown].slice(0, 20))
    found.problem(`The report has runs of a lab this course does not have: ${quoted(lab)}.`);
  if (!markup && unknown.size === 0 && report.runs.length)
    found.ok('Every run is of a lab this course has, and no value carries markup.');
}
