// Merging two progress records, as an import does: nothing the learner already has is lost.
import {
  emptyProgress,
  MAX_ATTEMPTS_PER_ID,
  type Attempt,
  type Progress,
  type Recall,
  type ReviewMarks,
} from './schema';

function attemptKey(a: Attempt): string {
  return `${a.at}\u0000${a.kind}\u0000${a.answer ?? ''}\u0000${String(a.ok)}`;
}

function mergeReview(into: ReviewMarks, base: ReviewMarks, incoming: ReviewMarks): void {
  for (const source of [base, incoming]) {
    for (const [term, at] of Object.entries(source.met)) {
      const held = Object.hasOwn(into.met, term) ? into.met[term] : undefined;
      if (held === undefined || at < held) into.met[term] = at;
    }
  }
  const ids = new Set([...Object.keys(base.recalls), ...Object.keys(incoming.recalls)]);
  for (const id of ids) {
    const all: Recall[] = [base, incoming].flatMap((m) =>
      Object.hasOwn(m.recalls, id) ? m.recalls[id]! : [],
    );
    const unique = new Map(all.map((r) => [`${r.at} ${String(r.ok)}`, r]));
    into.recalls[id] = [...unique.values()]
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      .slice(-MAX_ATTEMPTS_PER_ID);
  }
}

/** Merges two records: per chapter the newer mark wins; attempts and recalls are united, deduplicated, time-ordered and capped per id; a term keeps its first meeting. */
export function mergeProgress(base: Progress, incoming: Progress): Progress {
  const merged = emptyProgress();
  for (const source of [base, incoming]) {
    for (const [slug, mark] of Object.entries(source.chapters)) {
      const held = Object.hasOwn(merged.chapters, slug) ? merged.chapters[slug] : undefined;
      if (!held || mark.at >= held.at) merged.chapters[slug] = mark;
    }
  }
  const ids = new Set([...Object.keys(base.attempts), ...Object.keys(incoming.attempts)]);
  for (const id of ids) {
    const all = [
      ...(Object.hasOwn(base.attempts, id) ? base.attempts[id]! : []),
      ...(Object.hasOwn(incoming.attempts, id) ? incoming.attempts[id]! : []),
    ];
    const unique = new Map(all.map((a) => [attemptKey(a), a]));
    merged.attempts[id] = [...unique.values()]
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      .slice(-MAX_ATTEMPTS_PER_ID);
  }
  mergeReview(merged.review, base.review, incoming.review);
  return merged;
}
