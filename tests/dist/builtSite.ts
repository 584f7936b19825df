import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';

/** The built site the dist gates read: `COURSE_DIST` when set, else the project's `dist/`. */
export const DIST = resolve(import.meta.dirname, '../..', process.env['COURSE_DIST'] ?? 'dist');

/** An origin that never exists, so `new URL()` can tell the site's own links from external ones. */
export const SITE_ORIGIN = 'https://course.invalid';

/** One HTML file of the built site, with the URL path it is served at. */
export interface BuiltPage {
  /** URL path, e.g. `/chapters/sdp/` or `/404.html`. */
  url: string;
  html: string;
}

/** Every HTML page of the built site, sorted by URL; throws with a hint when there is no build. */
export function builtHtmlPages(dist = DIST): BuiltPage[] {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built site at ${dist}: run \`npm run build\` first (or set COURSE_DIST).`);
  }
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const path = relative(dist, full).split(sep).join('/');
        const url = `/${path}`.replace(/(^|\/)index\.html$/, '$1');
        pages.push({ url, html: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * The file a site URL path is served from, or why there is none. The site is built with
 * `trailingSlash: 'always'`, so a page is `/x/` and `/x` (no slash, no extension) is a 404.
 */
export function fileForPath(pathname: string, dist = DIST): { file: string } | { missing: string } {
  const path = decodeURIComponent(pathname);
  if (!path.endsWith('/') && extname(path) === '') {
    return { missing: `no trailing slash (the site uses trailingSlash: 'always')` };
  }
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
    return { missing: `no file ${relative(dist, file) || file} in the built site` };
  }
  return { file };
}
