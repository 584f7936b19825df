import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageName, sitePages } from '../../../scripts/site/sitePages.ts';

const dist = mkdtempSync(join(tmpdir(), 'course-dist-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** Writes an empty file at `path` inside the fake dist folder. */
function touch(path: string): void {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), '');
}

describe('sitePages', () => {
  it('lists every folder with an index.html as a page, and skips assets, the search index and 404.html', () => {
    for (const file of [
      'index.html',
      '404.html',
      'chapters/turn/index.html',
      'chapters/stun/index.html',
      'tools/sdp/index.html',
      '_astro/index.html',
      'pagefind/index.html',
      'favicon.svg',
    ]) {
      touch(file);
    }
    expect(sitePages(dist)).toEqual(['/', '/chapters/stun/', '/chapters/turn/', '/tools/sdp/']);
  });
});

describe('pageName', () => {
  it('names the home page home and every other page by its path joined with dashes', () => {
    expect(pageName('/')).toBe('home');
    expect(pageName('/chapters/turn/')).toBe('chapters-turn');
    expect(pageName('/glossary/')).toBe('glossary');
  });
});
