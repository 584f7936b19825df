// Putting a report together from the recorded runs and the progress record.
import { ATTEMPT_KINDS, doneChapters, type AttemptKind, type Progress } from '../progress/schema';
import {
  MAX_ANSWERS,
  REPORT_FORMAT,
  REPORT_VERSION,
  type KindScore,
  type LabReport,
  type LabRunRecord,
  type ReportAnswer,
} from './schema';

/** Scores per kind from a list of answers: answers given, ids tried, ids whose latest answer was right. */
export function scoreAnswers(answers: readonly ReportAnswer[]): Record<AttemptKind, KindScore> {
  const latest = new Map<string, ReportAnswer>();
  const scores = Object.fromEntries(
    ATTEMPT_KINDS.map((k) => [k, { answers: 0, tried: 0, right: 0 }]),
  ) as Record<AttemptKind, KindScore>;
  for (const a of answers) {
    scores[a.kind].answers += 1;
    const key = `${a.kind} ${a.id}`;
    const seen = latest.get(key);
    if (!seen || seen.at <= a.at) latest.set(key, a);
  }
  for (const a of latest.values()) {
    scores[a.kind].tried += 1;
    if (a.ok) scores[a.kind].right += 1;
  }
  return scores;
}

/** Every attempt of the progress record as a report answer, oldest first. */
export function progressAnswers(progress: Progress): ReportAnswer[] {
  const answers = Object.values(progress.attempts)
    .flat()
    .map(({ kind, id, chapter, ok, answer, at }) => {
      const entry: ReportAnswer = { kind, id, ok, at };
      if (chapter !== undefined) entry.chapter = chapter;
      if (answer !== undefined) entry.answer = answer;
      return entry;
    });
  return answers.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).slice(-MAX_ANSWERS);
}

/** The report of these runs and this progress, stamped `exportedAt` (ISO 8601). */
export function buildReport(
  runs: readonly LabRunRecord[],
  progress: Progress,
  exportedAt: string,
): LabReport {
  const answers = progressAnswers(progress);
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    exportedAt,
    runs: [...runs].sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1)),
    chaptersDone: doneChapters(progress),
    answers,
    scores: scoreAnswers(answers),
  };
}
