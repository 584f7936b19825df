import { describe, expect, it } from 'vitest';
import { emptyProgress, type AttemptInput } from '~/lib/progress/schema';
import { withAttempt, withRecall, withTermMet } from '~/lib/progress/update';
import { reviewAgenda } from '~/lib/review/agenda';
import { collectReviewItems, termKey } from '~/lib/review/items';
import { utcDay } from '~/lib/review/schedule';

const at = (days: number) => new Date(Date.UTC(2026, 11, 1 + days, 10)).toISOString();
const DEC1 = utcDay(at(0));

const quiz = (id: string, ok: boolean): AttemptInput => ({
  kind: 'quiz',
  id,
  chapter: 'nat',
  ok,
  answer: ok ? '1' : '0',
});
const PREDICTION: AttemptInput = {
  kind: 'prediction',
  id: 'predict:ice-explorer:selected-type',
  chapter: 'ice',
  ok: false,
  answer: 'relay',
  detail: { actual: 'host' },
};

describe('collectReviewItems', () => {
  it('takes missed quiz questions and predictions and met terms, not questions only answered right', () => {
    let p = withAttempt(emptyProgress(), quiz('nat-quiz/q1', false), at(0));
    p = withAttempt(p, quiz('nat-quiz/q2', true), at(0));
    p = withAttempt(p, PREDICTION, at(0));
    p = withAttempt(p, { kind: 'exercise', id: 'prio', ok: false }, at(0));
    p = withTermMet(p, 'ice-lite', at(0));
    const items = collectReviewItems(p);
    expect(items.map((i) => [i.kind, i.key]).sort()).toEqual([
      ['prediction', 'predict:ice-explorer:selected-type'],
      ['quiz', 'nat-quiz/q1'],
      ['term', 'term:ice-lite'],
    ]);
    const prediction = items.find((i) => i.kind === 'prediction');
    expect(prediction?.missed?.detail?.['actual']).toBe('host');
    expect(prediction?.chapter).toBe('ice');
  });

  it('moves a prediction and a term up a box with self-graded recalls on their due day', () => {
    let p = withAttempt(emptyProgress(), PREDICTION, at(0));
    p = withRecall(p, PREDICTION.id, true, at(1));
    p = withTermMet(p, 'srtp', at(0));
    p = withRecall(p, termKey('srtp'), false, at(1));
    const byKind = Object.fromEntries(collectReviewItems(p).map((i) => [i.kind, i.schedule]));
    expect(byKind['prediction']).toEqual({ learned: false, box: 1, dueDay: DEC1 + 4 });
    expect(byKind['term']).toEqual({ learned: false, box: 0, dueDay: DEC1 + 2 });
  });

  it('moves a missed quiz question up when it is answered right on review', () => {
    let p = withAttempt(emptyProgress(), quiz('nat-quiz/q1', false), at(0));
    p = withAttempt(p, quiz('nat-quiz/q1', true), at(2));
    expect(collectReviewItems(p)[0]?.schedule).toEqual({
      learned: false,
      box: 1,
      dueDay: DEC1 + 5,
    });
  });
});

describe('reviewAgenda', () => {
  it('lists what is due today, overdue first, and counts the later items per day', () => {
    let p = withAttempt(emptyProgress(), quiz('nat-quiz/q1', false), at(3));
    p = withAttempt(p, quiz('nat-quiz/q2', false), at(0));
    p = withAttempt(p, quiz('nat-quiz/q3', false), at(4));
    p = withAttempt(p, quiz('nat-quiz/q4', false), at(5));
    p = withTermMet(p, 'nat', at(5));
    p = withTermMet(p, 'stun', at(4));
    const agenda = reviewAgenda(collectReviewItems(p), DEC1 + 4);
    expect(agenda.due.map((i) => i.key)).toEqual(['nat-quiz/q2', 'nat-quiz/q1']);
    expect(agenda.later).toEqual([
      { day: DEC1 + 5, count: 2 },
      { day: DEC1 + 6, count: 2 },
    ]);
    expect(agenda.learned).toBe(0);
  });

  it('counts learned items apart and is empty for an empty record', () => {
    expect(reviewAgenda(collectReviewItems(emptyProgress()), DEC1)).toEqual({
      due: [],
      later: [],
      learned: 0,
    });
    const learned = { key: 'k', kind: 'term', ref: 'k', schedule: { learned: true } } as const;
    expect(reviewAgenda([learned], DEC1).learned).toBe(1);
  });
});
