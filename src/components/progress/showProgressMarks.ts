// Shows the learner's progress on server-rendered markup: course map entries and chapter cards
// carry data-progress-chapter=<slug> and a hidden [data-progress-mark]; counts carry
// data-progress-count and data-progress-total; notes for a browser that keeps nothing carry
// data-progress-unkept.
import { progressIsKept, readProgress, type Progress } from './progressStore';

/** "3 of 13 chapters done", or an empty string when none is. */
export function doneCountText(done: number, total: number): string {
  return done === 0 ? '' : `${done} of ${total} chapter${total === 1 ? '' : 's'} done`;
}

/** Marks every chapter entry under `root` done or not, and updates the counts and storage notes. */
export function showProgressMarks(
  root: ParentNode = document,
  progress: Progress = readProgress(),
): void {
  const isDone = (slug: string) =>
    Object.hasOwn(progress.chapters, slug) && progress.chapters[slug]?.done === true;
  for (const entry of root.querySelectorAll<HTMLElement>('[data-progress-chapter]')) {
    const done = isDone(entry.dataset['progressChapter'] ?? '');
    if (done) entry.dataset['progress'] = 'done';
    else delete entry.dataset['progress'];
    for (const mark of entry.querySelectorAll<HTMLElement>('[data-progress-mark]'))
      mark.hidden = !done;
  }
  for (const counter of root.querySelectorAll<HTMLElement>('[data-progress-count]')) {
    const slugs = (counter.dataset['progressCount'] ?? '').split(' ').filter(Boolean);
    const text = doneCountText(slugs.filter(isDone).length, slugs.length);
    counter.textContent = text;
    counter.hidden = text === '';
  }
  const kept = progressIsKept();
  for (const note of root.querySelectorAll<HTMLElement>('[data-progress-unkept]'))
    note.hidden = kept;
}
