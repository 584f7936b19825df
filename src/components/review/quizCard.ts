// A missed quiz question asked again exactly as its chapter asks it: the same choices, one Check,
// then the chapter's rationale and when the question comes back.
import type { ReviewItem } from '~/lib/review/items';
import { makeButton, makeElement } from './makeElement';
import type { ReviewData } from './reviewData';

/** What a card needs from the page: the course data, and how to record an answer and hear when the item returns. */
export interface CardContext {
  data: ReviewData;
  /** Records the answer (the card says how), then returns the sentence about the next review. */
  settle: (item: ReviewItem, record: () => void) => string;
  /** Chapter "3. NAT" link text for a slug, if the chapter is known. */
  chapterName: (slug: string | undefined) => string | undefined;
}

/** Shows a verdict in the card's status line and moves focus to it (the button that had it goes). */
export function showVerdict(card: HTMLElement, ok: boolean, lead: string, rest: string[]): void {
  const status = card.querySelector<HTMLElement>('.feedback');
  const p = makeElement('p', ok ? 'right' : 'wrong');
  p.tabIndex = -1;
  p.append(makeElement('strong', '', lead), ...rest.map((t) => ` ${t}`));
  status?.replaceChildren(p);
  card.dataset['state'] = ok ? 'right' : 'wrong';
  p.focus();
}

/** The card for a missed quiz question, or undefined when the chapter no longer has it. */
export function quizCard(
  item: ReviewItem,
  ctx: CardContext,
  store: typeof import('~/components/progress/progressStore'),
): HTMLElement | undefined {
  const q = Object.hasOwn(ctx.data.questions, item.ref) ? ctx.data.questions[item.ref] : undefined;
  if (!q) return undefined;
  const card = makeElement('li', 'card');
  card.dataset['reviewItem'] = item.key;
  card.dataset['kind'] = 'quiz';
  card.dataset['state'] = 'due';
  const source = makeElement('p', 'source', 'Quiz question from ');
  const link = makeElement('a', '', ctx.chapterName(q.chapter) ?? q.chapter);
  link.href = q.href;
  source.append(link);
  const fieldset = makeElement('fieldset');
  const legend = makeElement('legend', '', q.prompt);
  fieldset.append(legend);
  const name = `review-${item.key}`;
  const radios = q.choices.map((choice, index) => {
    const label = makeElement('label');
    const input = makeElement('input');
    input.type = 'radio';
    input.name = name;
    input.value = String(index);
    label.append(input, ` ${choice}`);
    fieldset.append(label);
    return input;
  });
  const check = makeButton('check', 'Check');
  check.disabled = true;
  for (const radio of radios) radio.addEventListener('change', () => (check.disabled = false));
  const feedback = makeElement('div', 'feedback');
  feedback.setAttribute('role', 'status');
  check.addEventListener('click', () => {
    const choice = radios.findIndex((r) => r.checked);
    if (choice < 0) return;
    const ok = choice === q.answer;
    const next = ctx.settle(item, () =>
      store.recordAttempt({
        kind: 'quiz',
        id: item.ref,
        chapter: q.chapter,
        ok,
        answer: String(choice),
        detail: { prompt: q.prompt.slice(0, 300), via: 'review' },
      }),
    );
    for (const radio of radios) radio.disabled = true;
    radios[q.answer]?.parentElement?.classList.add('correct');
    showVerdict(card, ok, ok ? 'Correct.' : 'Not quite.', [q.rationale, next]);
    check.hidden = true;
  });
  fieldset.append(check, feedback);
  card.append(source, fieldset);
  return card;
}
