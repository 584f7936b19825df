// The review items a progress record holds: quiz questions and predictions the learner missed,
// and glossary terms they met, each with where the scheduler puts it.
import type { Attempt, Progress, Recall } from '../progress/schema';
import {
  scheduleReview,
  utcDay,
  type DayOf,
  type ReviewSchedule,
  type ReviewStep,
} from './schedule';

/** What is reviewed: a quiz question asked again, a prediction or a term recalled. */
export type ReviewKind = 'quiz' | 'prediction' | 'term';

/** One thing up for review, with its schedule. */
export interface ReviewItem {
  /** Unique on the page: the question's or prediction's id, or `term:<term id>`; recalls are filed under it. */
  key: string;
  kind: ReviewKind;
  /** The quiz question id, the prediction id or the glossary term id. */
  ref: string;
  chapter?: string;
  /** The newest wrong answer (quiz, prediction): what the learner said and what happened. */
  missed?: Attempt;
  schedule: ReviewSchedule;
}

/** The recall id a term is filed under in the progress record's review marks. */
export function termKey(termId: string): string {
  return `term:${termId}`;
}

function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

const answerSteps = (list: Attempt[]): ReviewStep[] =>
  list.map((a) => ({ at: a.at, result: a.ok ? 'right' : 'wrong' }));

const recallSteps = (list: Recall[] = []): ReviewStep[] =>
  list.map((r) => ({ at: r.at, result: r.ok ? 'right' : 'wrong' }));

function answerItem(
  progress: Progress,
  id: string,
  kind: 'quiz' | 'prediction',
  dayOf: DayOf,
): ReviewItem | undefined {
  const answers = (own(progress.attempts, id) ?? []).filter((a) => a.kind === kind);
  const missed = answers.filter((a) => !a.ok).at(-1);
  if (!missed) return undefined;
  const recalls = kind === 'prediction' ? recallSteps(own(progress.review.recalls, id)) : [];
  const schedule = scheduleReview([...answerSteps(answers), ...recalls], dayOf);
  if (!schedule) return undefined;
  const chapter = answers.findLast((a) => a.chapter !== undefined)?.chapter;
  return { key: id, kind, ref: id, ...(chapter ? { chapter } : {}), missed, schedule };
}

/** Every item the record puts up for review (learned ones included), in no particular order. */
export function collectReviewItems(progress: Progress, dayOf: DayOf = utcDay): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const [id, list] of Object.entries(progress.attempts)) {
    const kind = list.at(-1)?.kind;
    if (kind !== 'quiz' && kind !== 'prediction') continue;
    const item = answerItem(progress, id, kind, dayOf);
    if (item) items.push(item);
  }
  for (const [termId, at] of Object.entries(progress.review.met)) {
    const key = termKey(termId);
    const steps: ReviewStep[] = [
      { at, result: 'met' },
      ...recallSteps(own(progress.review.recalls, key)),
    ];
    const schedule = scheduleReview(steps, dayOf);
    if (schedule) items.push({ key, kind: 'term', ref: termId, schedule });
  }
  return items;
}
