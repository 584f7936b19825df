import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results']);

/** Every folder under `dir`, itself included. */
function folders(dir: string): string[] {
  const subfolders = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !SKIP.has(e.name))
    .flatMap((e) => folders(join(dir, e.name)));
  return [dir, ...subfolders];
}

/** Extensions a module resolver tries or strips (`./x.svelte` may find `x.svelte.ts`). */
const MODULE_EXTENSIONS = /\.(ts|js|mjs|cjs|svelte|astro|json|d)$/;

/**
 * The name a case-insensitive disk and a module resolver could confuse: lower-cased, with every
 * trailing module extension dropped (`fooLab.svelte.ts`, `FooLab.svelte` and `foolab.ts` all give
 * `foolab`; `vitest.dist.config.ts` stays apart from `vitest.config.ts`).
 */
function confusableStem(name: string): string {
  let stem = name.toLowerCase();
  while (MODULE_EXTENSIONS.test(stem)) stem = stem.replace(MODULE_EXTENSIONS, '');
  return stem;
}

/** Groups of files in one folder that share a confusable stem. */
function collisions(dir: string): string[][] {
  const byStem = new Map<string, string[]>();
  const files = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile());
  for (const { name } of files) {
    const stem = confusableStem(name);
    byStem.set(stem, [...(byStem.get(stem) ?? []), name]);
  }
  return [...byStem.values()].filter((names) => names.length > 1);
}

describe('file names', () => {
  it('reduces a name to its lower-cased stem without module extensions', () => {
    expect(confusableStem('iceExplorerLab.svelte.ts')).toBe('iceexplorerlab');
    expect(confusableStem('IceExplorerLab.svelte')).toBe('iceexplorerlab');
    expect(confusableStem('vitest.dist.config.ts')).toBe('vitest.dist.config');
    expect(confusableStem('chromium-offer.sdp')).toBe('chromium-offer.sdp');
  });

  for (const top of ['src', 'tests', 'scripts', 'content']) {
    it(`in ${top}/, no two files in a folder differ only by case or by their extensions`, () => {
      const found = folders(join(root, top))
        .map((dir) => ({ dir: dir.slice(root.length + 1), names: collisions(dir) }))
        .filter((f) => f.names.length > 0);
      expect(found).toEqual([]);
    });
  }
});
