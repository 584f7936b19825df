// The /review/ page's behaviour: reads this browser's progress record, asks today's items (missed
// quiz questions, failed predictions, terms met) and shows what comes later. Nothing leaves the
// browser; answers go into the same record the chapters write.
import * as store from '~/components/progress/progressStore';
import { reviewAgenda } from '~/lib/review/agenda';
import { collectReviewItems, type ReviewItem } from '~/lib/review/items';
import { localDay } from '~/lib/review/schedule';
import { nextReviewText, renderAgendaSummary } from './agendaView';
import { quizCard, type CardContext } from './quizCard';
import { predictionCard, termCard } from './recallCards';
import type { ReviewData } from './reviewData';

/** The items of the record this page can show (a question or term the course still has). */
function showableItems(data: ReviewData): ReviewItem[] {
  return collectReviewItems(store.readProgress(), localDay).filter(
    (item) =>
      (item.kind === 'quiz' && Object.hasOwn(data.questions, item.ref)) ||
      (item.kind === 'term' && Object.hasOwn(data.terms, item.ref)) ||
      item.kind === 'prediction',
  );
}

/** Wires the panel rendered by ReviewPanel.astro. */
export function mountReview(root: HTMLElement): void {
  const data = JSON.parse(root.dataset['review'] ?? '{}') as ReviewData;
  const list = root.querySelector<HTMLElement>('[data-review-due]');
  if (!list) throw new Error('review page: [data-review-due] missing');
  const today = localDay(Date.now());
  let dueLeft = 0;
  const ctx: CardContext = {
    data,
    chapterName: (slug) => {
      const c = slug && Object.hasOwn(data.chapters, slug) ? data.chapters[slug] : undefined;
      return c ? `chapter ${c.order}, ${c.title}` : undefined;
    },
    settle: (item, record) => {
      record();
      dueLeft = Math.max(0, dueLeft - 1);
      const items = showableItems(data);
      renderAgendaSummary(root, reviewAgenda(items, today), today, dueLeft);
      return nextReviewText(items.find((i) => i.key === item.key)?.schedule, today);
    },
  };
  const agenda = reviewAgenda(showableItems(data), today);
  const cards = agenda.due.flatMap((item) => {
    const card =
      item.kind === 'quiz'
        ? quizCard(item, ctx, store)
        : item.kind === 'prediction'
          ? predictionCard(item, ctx, store)
          : termCard(item, ctx, store);
    return card ? [card] : [];
  });
  dueLeft = cards.length;
  list.replaceChildren(...cards);
  renderAgendaSummary(root, agenda, today, dueLeft);
  const unkept = root.querySelector<HTMLElement>('[data-review-unkept]');
  if (unkept) unkept.hidden = store.progressIsKept();
  root.dataset['state'] = 'ready';
}
