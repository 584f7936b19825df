import { resolve } from 'node:path';
import { sitePages } from '../../scripts/site/sitePages.ts';

/** Every page of the built site (dist/, or COURSE_DIST), as URL paths, 404 page excluded. */
export function builtPages(
  dist = process.env['COURSE_DIST'] ?? resolve(import.meta.dirname, '../../dist'),
): string[] {
  return sitePages(dist);
}
