import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { FLAG_SECTIONS } from '~/lib/stats/dump-flags';

const CHAPTERS = join(import.meta.dirname, '..', '..', '..', 'content', 'chapters');

/** The heading ids of a chapter, as the site's Markdown pipeline writes them (GitHub slugs). */
function headingIds(slug: string): string[] {
  const file = readdirSync(CHAPTERS).find((name) => name.replace(/^\d+-/, '') === `${slug}.mdx`);
  if (!file) return [];
  const slugger = new GithubSlugger();
  return readFileSync(join(CHAPTERS, file), 'utf8')
    .split('\n')
    .filter((line) => /^#{2,4} /.test(line))
    .map((line) => slugger.slug(line.replace(/^#+ /, '')));
}

describe('the stats explorer’s flag links', () => {
  for (const [kind, { href }] of Object.entries(FLAG_SECTIONS)) {
    it(`${kind} links to a heading that exists: ${href}`, () => {
      const [, slug, anchor] = /^\/chapters\/([a-z-]+)\/#(.+)$/.exec(href) ?? [];
      expect(headingIds(slug ?? '')).toContain(anchor);
    });
  }
});
