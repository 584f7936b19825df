/** The little a course map needs to know about a chapter. */
export interface MapEntry {
  slug: string;
  order: number;
  title: string;
  status: 'published' | 'planned';
}

/** Chapters in course order. */
export function sortByOrder<T extends { order: number }>(chapters: readonly T[]): T[] {
  return [...chapters].sort((a, b) => a.order - b.order);
}

/** The published chapters before and after `slug`, skipping planned ones. */
export function neighbours<T extends MapEntry>(
  chapters: readonly T[],
  slug: string,
): { previous: T | undefined; next: T | undefined } {
  const published = sortByOrder(chapters).filter((c) => c.status === 'published');
  const index = published.findIndex((c) => c.slug === slug);
  if (index < 0) return { previous: undefined, next: undefined };
  return { previous: published[index - 1], next: published[index + 1] };
}

/** "1 h 5 min" or "25 min": a duration in minutes for people. */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
