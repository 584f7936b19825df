// Pure updates of a progress record: each returns a new record and leaves its input alone.
import {
  emptyProgress,
  isUsableKey,
  MAX_ATTEMPTS_PER_ID,
  type Attempt,
  type AttemptInput,
  type Progress,
} from './schema';
import { checkAttempt } from './validate';

function copy(progress: Progress): Progress {
  const next = emptyProgress();
  Object.assign(next.chapters, progress.chapters);
  Object.assign(next.attempts, progress.attempts);
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
