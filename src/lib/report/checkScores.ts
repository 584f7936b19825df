// Do the scores the report states follow from the answers it lists?
import { isJsonObject } from '../progress/validate';
import { ATTEMPT_KINDS } from '../progress/schema';
import { scoreAnswers } from './build';
import { quoted, type Findings } from './findings';
import type { ReadReport } from './readReport';

const shown = (v: unknown) => (typeof v === 'number' ? String(v) : quoted(v));
const NOUNS = { quiz: 'quiz questions', exercise: 'exercises', prediction: 'predictions' } as const;

/** Recomputes the scores from the answers and compares them with the stated ones. */
export function checkScores(report: ReadReport, found: Findings): void {
  const stated = report.scores;
  if (!isJsonObject(stated)) {
    found.problem('The report states no scores.');
    return;
  }
  const actual = scoreAnswers(report.answers);
  const summary: string[] = [];
  let agree = true;
  for (const kind of ATTEMPT_KINDS) {
    const claim = stated[kind];
    const real = actual[kind];
    const c = isJsonObject(claim) ? claim : {};
    if (c['answers'] !== real.answers || c['tried'] !== real.tried || c['right'] !== real.right) {
      agree = false;
      found.problem(
        `The report states ${shown(c['right'])} of ${shown(c['tried'])} ${NOUNS[kind]} right (${shown(c['answers'])} answers); the answers it lists give ${real.right} of ${real.tried} (${real.answers} answers).`,
      );
    }
    summary.push(`${real.right} of ${real.tried} ${NOUNS[kind]}`);
  }
  if (agree)
    found.ok(
      `The scores follow from the answers listed: right on the latest try, ${summary.join(', ')}.`,
    );
}
