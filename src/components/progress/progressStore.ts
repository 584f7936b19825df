// The learner's progress in this browser's localStorage. Nothing leaves the browser. When storage
// is unavailable (private mode, quota, disabled) every call still works, in memory for this page,
// and `progressIsKept()` says so, so the UI can tell the learner.
import { mergeProgress } from '~/lib/progress/merge';
import {
  emptyProgress,
  PROGRESS_VERSION,
  type AttemptInput,
  type Progress,
} from '~/lib/progress/schema';
import { withAttempt, withChapterDone, withRecall, withTermMet } from '~/lib/progress/update';
import { parseProgress } from '~/lib/progress/validate';

export type { Attempt, AttemptInput, AttemptKind, Progress } from '~/lib/progress/schema';

/** The localStorage key holding the progress record. */
export const PROGRESS_KEY = 'webrtc-course-progress';
/** Where an unreadable stored record is moved, so it is not overwritten silently. */
export const PROGRESS_DAMAGED_KEY = 'webrtc-course-progress.damaged';
const CHANGE_EVENT = 'webrtc-course:progress';

let memory: Progress = emptyProgress();
let kept: boolean | undefined;

function storage(): Storage | undefined {
  try {
    const s = globalThis.localStorage;
    if (kept === undefined) {
      s.setItem(`${PROGRESS_KEY}.probe`, '1');
      s.removeItem(`${PROGRESS_KEY}.probe`);
      kept = true;
    }
    return kept ? s : undefined;
  } catch {
    kept = false;
    return undefined;
  }
}

function load(): Progress {
  const s = storage();
  if (!s) return memory;
  try {
    const text = s.getItem(PROGRESS_KEY);
    if (text === null) return emptyProgress();
    const parsed = parseProgress(text);
    if (parsed.ok) return parsed.progress;
    // Keep the unreadable text aside rather than lose it on the next save.
    s.setItem(PROGRESS_DAMAGED_KEY, text);
    s.removeItem(PROGRESS_KEY);
  } catch {
    kept = false;
  }
  return memory;
}

function save(progress: Progress): void {
  memory = progress;
  const s = storage();
  try {
    s?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    kept = false; // quota or a storage that turned read-only: carry on in memory
  }
  globalThis.dispatchEvent?.(new CustomEvent(CHANGE_EVENT));
}

/** Whether progress survives this page (false: storage unavailable, kept in memory only). */
export function progressIsKept(): boolean {
  storage();
  return kept === true;
}

/** The learner's current progress record. */
export function readProgress(): Progress {
  return load();
}

/** Records one answer (quiz, exercise or prediction), stamped now; keeps the newest few per id. */
export function recordAttempt(entry: AttemptInput): void {
  try {
    save(withAttempt(load(), entry, new Date().toISOString()));
  } catch (error) {
    console.warn('Progress: attempt not recorded.', error);
  }
}

/** Notes that the learner met a glossary term (its popover or entry), once: the review page asks it later. */
export function markTermMet(termId: string): void {
  try {
    const current = load();
    const next = withTermMet(current, termId, new Date().toISOString());
    if (next !== current) save(next);
  } catch (error) {
    console.warn('Progress: term not noted.', error);
  }
}

/** Records a self-graded recall of a review item (a term or a prediction) on the review page. */
export function recordRecall(itemId: string, ok: boolean): void {
  try {
    save(withRecall(load(), itemId, ok, new Date().toISOString()));
  } catch (error) {
    console.warn('Progress: recall not recorded.', error);
  }
}

/** Marks a chapter (by slug) done or not done. */
export function markChapterDone(slug: string, done: boolean): void {
  try {
    save(withChapterDone(load(), slug, done, new Date().toISOString()));
  } catch (error) {
    console.warn('Progress: chapter mark not saved.', error);
  }
}

/** Calls `listener` whenever progress changes, in this tab or another one; returns the unsubscribe. */
export function onProgressChange(listener: (progress: Progress) => void): () => void {
  const local = () => listener(load());
  const other = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY || event.key === null) listener(load());
  };
  globalThis.addEventListener(CHANGE_EVENT, local);
  globalThis.addEventListener('storage', other);
  return () => {
    globalThis.removeEventListener(CHANGE_EVENT, local);
    globalThis.removeEventListener('storage', other);
  };
}

/** The whole record as a JSON file's text, for the learner to download. */
export function exportProgress(): string {
  return `${JSON.stringify({ ...load(), version: PROGRESS_VERSION }, null, 2)}\n`;
}

/** Merges a progress file into the current record; a corrupt or foreign file is refused with a reason and changes nothing. */
export function importProgress(text: string): { ok: true } | { ok: false; reason: string } {
  const parsed = parseProgress(text);
  if (!parsed.ok) return parsed;
  save(mergeProgress(load(), parsed.progress));
  return { ok: true };
}

/** Forgets all progress in this browser. */
export function resetProgress(): void {
  try {
    storage()?.removeItem(PROGRESS_KEY);
  } catch {
    kept = false;
  }
  save(emptyProgress());
}
