// Pure updates of a progress record: each returns a new record and leaves its input alone.
import {
  emptyProgress,
  isUsableKey,
  MAX_ATTEMPTS_PER_ID,
  type Attempt,
  type AttemptInput,
  type Progress,
} from './schema';
import { checkAttempt, isIsoTime } from './validate';

function copy(progress: Progress): Progress {
  const next = emptyProgress();
  Object.assign(next.chapters, progress.chapters);
  Object.assign(next.attempts, progress.attempts);
  Object.assign(next.review.met, progress.review.met);
  Object.assign(next.review.recalls, progress.review.recalls);
  return next;
}

/** Adds an attempt stamped with `at`, keeping the newest MAX_ATTEMPTS_PER_ID for its id; throws RangeError on an unusable entry. */
export function withAttempt(progress: Progress, entry: AttemptInput, at: string): Progress {
  const attempt: Attempt = { ...entry, at };
  const problem = checkAttempt(attempt);
  if (problem) throw new RangeError(`Attempt not recorded: ${problem}`);
  const next = copy(progress);
  const previous = Object.hasOwn(progress.attempts, entry.id) ? progress.attempts[entry.id]! : [];
  next.attempts[entry.id] = [...previous, attempt].slice(-MAX_ATTEMPTS_PER_ID);
  return next;
}

/** Sets or clears a chapter's done mark, stamped with `at`; throws RangeError on an unusable slug. */
export function withChapterDone(
  progress: Progress,
  slug: string,
  done: boolean,
  at: string,
): Progress {
  if (!isUsableKey(slug))
    throw new RangeError(`Chapter slug "${slug.slice(0, 40)}" is not usable.`);
  const next = copy(progress);
  next.chapters[slug] = { done, at };
  return next;
}

/** Notes that a glossary term was met at `at`; a term met before keeps its first time. Throws RangeError on an unusable id or time. */
export function withTermMet(progress: Progress, termId: string, at: string): Progress {
  if (!isUsableKey(termId) || !isIsoTime(at))
    throw new RangeError(`Term "${termId.slice(0, 40)}" not noted as met.`);
  if (Object.hasOwn(progress.review.met, termId)) return progress;
  const next = copy(progress);
  next.review.met[termId] = at;
  return next;
}

/** Adds a self-graded recall of a review item, keeping the newest MAX_ATTEMPTS_PER_ID; throws RangeError on an unusable id or time. */
export function withRecall(progress: Progress, itemId: string, ok: boolean, at: string): Progress {
  if (!isUsableKey(itemId) || !isIsoTime(at))
    throw new RangeError(`Recall of "${itemId.slice(0, 40)}" not recorded.`);
  const next = copy(progress);
  const previous = Object.hasOwn(progress.review.recalls, itemId)
    ? progress.review.recalls[itemId]!
    : [];
  next.review.recalls[itemId] = [...previous, { ok, at }].slice(-MAX_ATTEMPTS_PER_ID);
  return next;
}
