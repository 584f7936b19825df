// A Leitner scheduler over whole days. An item starts in the first box when the learner misses it
// (or meets a term); a right answer on or after its due day moves it up a box, a wrong one at any
// time sends it back to the first. Past the last box it is learned and asked no more.

/** Days until the next review from each box: box 0 is due a day after a miss. */
export const REVIEW_INTERVAL_DAYS: readonly number[] = [1, 3, 7, 16, 35];

const DAY_MS = 86_400_000;

/** One thing that happened to a review item: met (a term), answered right, or answered wrong. */
export interface ReviewStep {
  at: string;
  result: 'met' | 'right' | 'wrong';
}

/** Where an item stands: its box and the day it is due, or learned (past the last box). */
export type ReviewSchedule = { learned: false; box: number; dueDay: number } | { learned: true };

/** Turns a time into a day number; the browser passes local days, tests the default UTC days. */
export type DayOf = (at: string | number) => number;

/** The UTC day number of a time (days since 1970-01-01). */
export const utcDay: DayOf = (at) => Math.floor(new Date(at).getTime() / DAY_MS);

/** The local day number of a time, in the time zone of the runtime at that moment. */
export const localDay: DayOf = (at) => {
  const date = new Date(at);
  return Math.floor((date.getTime() - date.getTimezoneOffset() * 60_000) / DAY_MS);
};

/** Where the steps leave an item; undefined when nothing has put it up for review yet. */
export function scheduleReview(
  steps: readonly ReviewStep[],
  dayOf: DayOf = utcDay,
): ReviewSchedule | undefined {
  const ordered = [...steps].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  let state: ReviewSchedule | undefined;
  for (const step of ordered) {
    const day = dayOf(step.at);
    if (step.result === 'wrong' || (step.result === 'met' && state === undefined)) {
      state = { learned: false, box: 0, dueDay: day + REVIEW_INTERVAL_DAYS[0]! };
    } else if (step.result === 'right' && state && !state.learned && day >= state.dueDay) {
      // A right answer before the due day (say, straight after the rationale) moves nothing.
      const box = state.box + 1;
      const interval = REVIEW_INTERVAL_DAYS[box];
      state =
        interval === undefined
          ? { learned: true }
          : { learned: false, box, dueDay: day + interval };
    }
  }
  return state;
}
