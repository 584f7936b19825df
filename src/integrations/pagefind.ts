/**
 * An Astro integration that builds the Pagefind search index into `<outDir>/pagefind/` once the
 * static site is written, so `astro build --outDir X` (the tests' COURSE_DIST) gets its own index.
 * It indexes only the pages a learner searches (chapters, tools, glossary), from their <main>,
 * minus navigation, live status text and lab controls.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The page paths whose content goes into the search index. */
export function isSearchablePage(path: string): boolean {
  return /^\/(chapters|tools|glossary)\//.test(path);
}

/** Parts of <main> that are not content: navigation, lab controls, answers not yet revealed. */
export const SEARCH_EXCLUDED = [
  'nav',
  '.heading-tools',
  '[role="status"]',
  '[role="alert"]',
  // A lab is indexed by its title and its one-paragraph description; its controls and its
  // empty result fields would only add noise.
  '.lab > :not(.lab-head):not(p)',
  '.lab-badge',
];

/**
 * Pagefind's ready-made interfaces, which the course does not use (its own dialog calls the JS
 * API): removed, so the offline cache does not carry half a megabyte nobody loads.
 */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Every `index.html` under `dir`, as site paths (`/chapters/turn/`) with the file it is. */
async function htmlPages(dir: string): Promise<{ path: string; file: string }[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => {
      const rel = relative(dir, e.parentPath).split(sep).join('/');
      return { path: rel === '' ? '/' : `/${rel}/`, file: join(e.parentPath, e.name) };
    });
}

/** The Pagefind step of the build (see the file comment). */
export function pagefindSearch(): AstroIntegration {
  return {
    name: 'course-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({
            rootSelector: 'main',
            excludeSelectors: SEARCH_EXCLUDED,
            forceLanguage: 'en',
          });
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          const pages = (await htmlPages(out)).filter((p) => isSearchablePage(p.path));
          for (const page of pages) {
            const content = await readFile(page.file, 'utf8');
            const added = await index.addHTMLFile({ url: page.path, content });
            if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          }
          const outputPath = join(out, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          for (const name of await readdir(outputPath)) {
            if (UNUSED_FILES.test(name)) await rm(join(outputPath, name));
          }
          logger.info(`search index: ${pages.length} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
