import { getCollection, type CollectionEntry } from 'astro:content';
import type { MapEntry } from './courseMap';

/** A chapter entry from the content collection. */
export type Chapter = CollectionEntry<'chapters'>;

/** Every chapter, written or planned, in course order. */
export async function allChapters(): Promise<Chapter[]> {
  const entries = await getCollection('chapters');
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** The course-map view of a chapter. */
export function toMapEntry(chapter: Chapter): MapEntry {
  const { slug, order, title, status } = chapter.data;
  return { slug, order, title, status };
}
