import { describe, expect, it } from 'vitest';
import { isSearchablePage } from '~/integrations/pagefind';

describe('isSearchablePage', () => {
  it('indexes chapters, tools and the glossary', () => {
    for (const path of ['/chapters/turn/', '/tools/sdp/', '/glossary/']) {
      expect(isSearchablePage(path), path).toBe(true);
    }
  });

  it('leaves out the home page, the instructors pack, the lab panes and the 404 page', () => {
    for (const path of ['/', '/instructors/', '/labs/two-windows/a/', '/404/', '/references/']) {
      expect(isSearchablePage(path), path).toBe(false);
    }
  });
});
