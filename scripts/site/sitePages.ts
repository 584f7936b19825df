/** The pages of a built site, and the names `npm run screenshots` gives their files. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page's path in the built site (`/`, `/chapters/turn/`...), from its index.html files. */
export function sitePages(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('_') && entry.name !== 'pagefind')
        walk(join(dir, entry.name));
      else if (entry.name === 'index.html') {
        const path = relative(dist, dir).split('\\').join('/');
        found.push(path === '' ? '/' : `/${path}/`);
      }
    }
  };
  walk(dist);
  return found.sort();
}

/** The file name part for a page path: `/` is `home`, `/chapters/turn/` is `chapters-turn`. */
export function pageName(path: string): string {
  return path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
}
