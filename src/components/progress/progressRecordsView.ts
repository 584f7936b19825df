// Draws what this browser has recorded into the /progress/ page's lists, with plain DOM calls
// (the page carries no framework, to stay inside its script budget).
import {
  ATTEMPT_KINDS,
  doneChapters,
  type Attempt,
  type AttemptKind,
  type Progress,
} from '~/lib/progress/schema';

/** The little the page knows about each published chapter. */
export interface ChapterInfo {
  slug: string;
  order: number;
  title: string;
}

const when = (at: string) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function el(tag: string, className: string, text = ''): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.textContent = text;
  return node;
}

function fill(list: HTMLElement, rows: HTMLElement[], empty: string): void {
  list.replaceChildren(...(rows.length ? rows : [el('li', 'empty', empty)]));
}

function chapterRows(progress: Progress, chapters: ChapterInfo[]): HTMLElement[] {
  return doneChapters(progress).map((slug) => {
    const li = el('li', '');
    li.dataset['row'] = 'chapter-done';
    li.dataset['chapter'] = slug;
    const info = chapters.find((c) => c.slug === slug);
    const link = el('a', 'what', info ? `${info.order}. ${info.title}` : slug);
    link.setAttribute('href', `/chapters/${slug}/`);
    li.append(link, el('span', 'when', when(progress.chapters[slug]?.at ?? '')));
    return li;
  });
}

function attemptRow(a: Attempt, kept: number, chapters: ChapterInfo[]): HTMLElement {
  const li = el('li', '');
  li.dataset['row'] = a.kind;
  li.dataset['id'] = a.id;
  li.dataset['ok'] = String(a.ok);
  const prompt = a.detail?.['prompt'];
  const chapter = chapters.find((c) => c.slug === a.chapter);
  const meta = [chapter?.title, when(a.at), kept > 1 ? `${kept} tries kept` : undefined];
  li.append(
    el('span', `verdict ${a.ok ? 'ok' : 'missed'}`, a.ok ? 'Right' : 'Missed'),
    el('span', 'what', typeof prompt === 'string' ? prompt : a.id),
    el('span', 'when', meta.filter(Boolean).join(' · ')),
  );
  return li;
}

/** Fills every [data-progress-list] under `root` and its [data-progress-tally] with the record. */
export function renderRecords(
  root: HTMLElement,
  progress: Progress,
  chapters: ChapterInfo[],
): void {
  const byKind = new Map<AttemptKind, HTMLElement[]>(ATTEMPT_KINDS.map((k) => [k, []]));
  const latest = Object.values(progress.attempts)
    .flatMap((list) => (list.length ? [{ a: list[list.length - 1]!, kept: list.length }] : []))
    .sort((x, y) => (x.a.at < y.a.at ? 1 : -1));
  for (const { a, kept } of latest) byKind.get(a.kind)?.push(attemptRow(a, kept, chapters));
  const lists: Record<string, HTMLElement[]> = {
    chapters: chapterRows(progress, chapters),
    ...Object.fromEntries(byKind),
  };
  for (const list of root.querySelectorAll<HTMLElement>('[data-progress-list]')) {
    const rows = lists[list.dataset['progressList'] ?? ''] ?? [];
    fill(list, rows, list.dataset['empty'] ?? 'None recorded yet.');
    const tally = root.querySelector(`[data-progress-tally="${list.dataset['progressList']}"]`);
    if (tally) tally.textContent = String(rows.length);
  }
}
