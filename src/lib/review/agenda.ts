// What the review page shows: the items due today (or overdue), and how many come on later days.
import type { ReviewItem, ReviewKind } from './items';

/** Today's work and what comes after, from a list of review items. */
export interface ReviewAgenda {
  /** Due today or earlier: the most overdue first, then quiz questions, predictions, terms. */
  due: ReviewItem[];
  /** Items due on each later day, soonest first (day numbers as the scheduler counts them). */
  later: { day: number; count: number }[];
  /** Items answered right in every box, asked no more. */
  learned: number;
}

const KIND_ORDER: Record<ReviewKind, number> = { quiz: 0, prediction: 1, term: 2 };

/** Sorts items into due today, counts per later day, and learned. */
export function reviewAgenda(items: readonly ReviewItem[], today: number): ReviewAgenda {
  const due: { item: ReviewItem; day: number }[] = [];
  const later = new Map<number, number>();
  let learned = 0;
  for (const item of items) {
    const s = item.schedule;
    if (s.learned) learned += 1;
    else if (s.dueDay <= today) due.push({ item, day: s.dueDay });
    else later.set(s.dueDay, (later.get(s.dueDay) ?? 0) + 1);
  }
  due.sort(
    (a, b) =>
      a.day - b.day ||
      KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] ||
      (a.item.key < b.item.key ? -1 : 1),
  );
  return {
    due: due.map((d) => d.item),
    later: [...later].sort((a, b) => a[0] - b[0]).map(([day, count]) => ({ day, count })),
    learned,
  };
}
