// Cards the learner grades themselves: a failed prediction (what they predicted, what their
// connection did, a link to run the lab again) and a glossary term met (recall, then reveal).
import type { ReviewItem } from '~/lib/review/items';
import { makeButton, makeElement } from './makeElement';
import { showVerdict, type CardContext } from './quizCard';

type Store = typeof import('~/components/progress/progressStore');

/** "Yes" and "No" buttons that record a recall and show when the item comes back. */
function gradeButtons(
  card: HTMLElement,
  item: ReviewItem,
  ctx: CardContext,
  store: Store,
  labels: [string, string],
): HTMLElement {
  const row = makeElement('div', 'grade');
  const [yes, no] = [makeButton('recall-yes', labels[0]), makeButton('recall-no', labels[1])];
  for (const [button, ok] of [
    [yes, true],
    [no, false],
  ] as const) {
    button.addEventListener('click', () => {
      const next = ctx.settle(item, () => store.recordRecall(item.key, ok));
      showVerdict(card, ok, ok ? 'Good.' : 'It comes back soon.', [next]);
      row.hidden = true;
    });
  }
  row.append(yes, no);
  return row;
}

function startCard(item: ReviewItem, title: string): HTMLElement {
  const card = makeElement('li', 'card');
  card.dataset['reviewItem'] = item.key;
  card.dataset['kind'] = item.kind;
  card.dataset['state'] = 'due';
  card.append(makeElement('h3', '', title));
  return card;
}

/** The card for a failed prediction: `predict:<lab id>:<question>`, with its lab linked. */
export function predictionCard(item: ReviewItem, ctx: CardContext, store: Store): HTMLElement {
  const [, labId = '', question = ''] = item.ref.split(':');
  const detail = item.missed?.detail ?? {};
  const prompt = detail['prompt'];
  const card = startCard(
    item,
    typeof prompt === 'string' ? prompt : `Prediction: ${question.replaceAll('-', ' ')}`,
  );
  const lab = Object.hasOwn(ctx.data.labs, labId) ? ctx.data.labs[labId] : undefined;
  const facts = makeElement('dl', 'facts');
  facts.append(
    makeElement('dt', '', 'You predicted'),
    makeElement('dd', '', item.missed?.answer ?? '—'),
    makeElement('dt', '', 'Your connection showed'),
    makeElement('dd', '', String(detail['actual'] ?? '—')),
  );
  const source = makeElement('p', 'source');
  if (lab) {
    const link = makeElement('a', '', `Run “${lab.title}” again`);
    link.href = lab.href;
    source.append(
      link,
      ctx.chapterName(item.chapter) ? ` in ${ctx.chapterName(item.chapter)}` : '',
    );
  } else source.textContent = `From the lab ${labId}.`;
  card.append(
    facts,
    makeElement(
      'p',
      '',
      'Why did it go that way? Think it through, or run the lab again and watch.',
    ),
    source,
    makeElement('p', 'ask', 'Is it clear to you now?'),
    gradeButtons(card, item, ctx, store, ['Yes, it is clear', 'Not yet']),
    feedback(),
  );
  return card;
}

function feedback(): HTMLElement {
  const status = makeElement('div', 'feedback');
  status.setAttribute('role', 'status');
  return status;
}

/** The card for a glossary term met: recall it, show the definition, grade yourself. */
export function termCard(
  item: ReviewItem,
  ctx: CardContext,
  store: Store,
): HTMLElement | undefined {
  const entry = Object.hasOwn(ctx.data.terms, item.ref) ? ctx.data.terms[item.ref] : undefined;
  if (!entry) return undefined;
  const card = startCard(item, entry.term);
  const answer = makeElement('div', 'answer');
  answer.hidden = true;
  answer.tabIndex = -1;
  const link = makeElement('a', '', `${entry.term} in the glossary`);
  link.href = `/glossary/#${item.ref}`;
  const more = makeElement('p', 'source');
  more.append(link);
  answer.append(
    makeElement('p', 'definition', entry.definition),
    more,
    makeElement('p', 'ask', 'Did you remember it?'),
    gradeButtons(card, item, ctx, store, ['I remembered', 'I did not']),
  );
  const reveal = makeButton('reveal', 'Show the definition');
  reveal.addEventListener('click', () => {
    answer.hidden = false;
    reveal.hidden = true;
    answer.focus();
  });
  card.append(
    makeElement(
      'p',
      '',
      'You met this term in the course. What does it mean? Say it to yourself first.',
    ),
    reveal,
    answer,
    feedback(),
  );
  return card;
}
