// The review page's summary: how many items are due today, how many come on each later day, how
// many are learned, and the empty state when nothing has arrived yet.
import type { ReviewAgenda } from '~/lib/review/agenda';
import type { ReviewSchedule } from '~/lib/review/schedule';
import { makeElement } from './makeElement';

const DAY_MS = 86_400_000;

/** A day number as a date, "Wednesday 2 December" (day numbers count local days from 1970). */
export function dayDate(day: number): string {
  return new Date(day * DAY_MS).toLocaleDateString(undefined, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
}

/** When a day is, seen from today: "tomorrow, Wednesday 2 December", "in 3 days, ...". */
export function dayLabel(day: number, today: number): string {
  const ahead = day - today;
  const when = ahead <= 0 ? 'today' : ahead === 1 ? 'tomorrow' : `in ${ahead} days`;
  return `${when}, ${dayDate(day)}`;
}

/** The sentence shown after an answer: when the item comes back, or that it is learned. */
export function nextReviewText(schedule: ReviewSchedule | undefined, today: number): string {
  if (!schedule) return 'It leaves the review.';
  if (schedule.learned) return 'Learned: right in every box, so it is not asked again.';
  return `Next review ${dayLabel(schedule.dueDay, today)}.`;
}

function part(root: HTMLElement, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`review page: ${selector} missing`);
  return found;
}

/** Fills the counts, the later days and the learned line, and shows the empty state when fitting. */
export function renderAgendaSummary(
  root: HTMLElement,
  agenda: ReviewAgenda,
  today: number,
  dueLeft: number,
): void {
  const total = agenda.due.length + agenda.later.length + agenda.learned;
  part(root, '[data-review-empty]').hidden = total > 0 || dueLeft > 0;
  part(root, '[data-review-agenda]').hidden = total === 0 && dueLeft === 0;
  const count = part(root, '[data-field="review-due"]');
  count.dataset['value'] = String(dueLeft);
  count.textContent =
    dueLeft === 0
      ? 'Nothing left to review today.'
      : `${dueLeft} item${dueLeft === 1 ? '' : 's'} to review today.`;
  const list = part(root, '[data-review-later]');
  list.replaceChildren(
    ...agenda.later.map(({ day, count: n }) => {
      const li = makeElement('li');
      li.dataset['row'] = 'review-day';
      li.dataset['day'] = new Date(day * DAY_MS).toISOString().slice(0, 10);
      li.dataset['count'] = String(n);
      const label = dayLabel(day, today);
      li.append(
        makeElement('span', 'when', label.charAt(0).toUpperCase() + label.slice(1)),
        makeElement('span', 'n', `${n} item${n === 1 ? '' : 's'}`),
      );
      return li;
    }),
  );
  part(root, '[data-review-none-later]').hidden = agenda.later.length > 0;
  const learned = part(root, '[data-field="review-learned"]');
  learned.dataset['value'] = String(agenda.learned);
  learned.textContent =
    agenda.learned === 0 ? '' : `${agenda.learned} learned (right in every box), asked no more.`;
  learned.hidden = agenda.learned === 0;
}
