import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Every page of the built site (dist/), as URL paths, 404 page excluded. */
export function builtPages(
  dist = process.env['COURSE_DIST'] ?? resolve(import.meta.dirname, '../../dist'),
): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        const path = relative(dist, dir).split(sep).join('/');
        pages.push(path ? `/${path}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}
