import { describe, expect, it } from 'vitest';
import {
  REVIEW_INTERVAL_DAYS,
  scheduleReview,
  utcDay,
  type ReviewStep,
} from '~/lib/review/schedule';

/** 1 December 2026 at `hour` UTC, plus `days`. */
const at = (days: number, hour = 10) => new Date(Date.UTC(2026, 11, 1 + days, hour)).toISOString();
const DEC1 = utcDay(at(0));
const right = (days: number, hour?: number): ReviewStep => ({
  at: at(days, hour),
  result: 'right',
});
const wrong = (days: number, hour?: number): ReviewStep => ({
  at: at(days, hour),
  result: 'wrong',
});

describe('scheduleReview', () => {
  it('leaves an item answered only right out of review', () => {
    expect(scheduleReview([right(0), right(2)])).toBeUndefined();
  });

  it('puts a missed item in the first box, due the next day', () => {
    expect(scheduleReview([wrong(0)])).toEqual({ learned: false, box: 0, dueDay: DEC1 + 1 });
  });

  it('puts a met term in the first box, and meeting it again changes nothing', () => {
    const met = (days: number): ReviewStep => ({ at: at(days), result: 'met' });
    expect(scheduleReview([met(0)])).toEqual({ learned: false, box: 0, dueDay: DEC1 + 1 });
    expect(scheduleReview([met(0), right(1), met(2)])).toEqual({
      learned: false,
      box: 1,
      dueDay: DEC1 + 4,
    });
  });

  it('moves an item up a box per right answer on its due day: due after 1, 3, 7, 16, 35 days', () => {
    expect(REVIEW_INTERVAL_DAYS).toEqual([1, 3, 7, 16, 35]);
    const steps = [wrong(0), right(1), right(4), right(11), right(27)];
    expect(scheduleReview(steps)).toEqual({ learned: false, box: 4, dueDay: DEC1 + 62 });
    expect(scheduleReview([...steps, right(62)])).toEqual({ learned: true });
  });

  it('ignores a right answer before the due day, such as one straight after the rationale', () => {
    expect(scheduleReview([wrong(0, 9), right(0, 10)])).toEqual({
      learned: false,
      box: 0,
      dueDay: DEC1 + 1,
    });
  });

  it('counts a late right answer from the day it was given', () => {
    expect(scheduleReview([wrong(0), right(5)])).toEqual({
      learned: false,
      box: 1,
      dueDay: DEC1 + 8,
    });
  });

  it('sends an item back to the first box on a wrong answer, early or on time', () => {
    expect(scheduleReview([wrong(0), right(1), right(4), wrong(6)])).toEqual({
      learned: false,
      box: 0,
      dueDay: DEC1 + 7,
    });
  });

  it('replays steps in time order whatever order they are given in', () => {
    expect(scheduleReview([right(1), wrong(0)])).toEqual(scheduleReview([wrong(0), right(1)]));
  });

  it('counts days with the given day function, so a local evening is that local day', () => {
    // 23:30 UTC on 1 December is 2 December in a zone two hours east.
    const eastDay = (t: string | number) => utcDay(new Date(t).getTime() + 2 * 3_600_000);
    expect(scheduleReview([wrong(0, 23)], eastDay)).toEqual({
      learned: false,
      box: 0,
      dueDay: DEC1 + 2,
    });
  });
});
