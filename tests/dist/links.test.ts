import { describe, expect, it } from 'vitest';
import { builtHtmlPages } from './builtSite';
import { markupOnly, startTags } from './pageMarkup';
import { brokenLinksOn, duplicateIdsOn } from './pageLinks';

const pages = builtHtmlPages().map((page) => [page.url, page] as const);

describe('links of the built site', () => {
  it.each(pages)(
    'every link on %s resolves to a page, file, id or lab that exists',
    (url, page) => {
      const problems = brokenLinksOn(page);
      expect(problems, `${url} has links that do not resolve:\n  ${problems.join('\n  ')}`).toEqual(
        [],
      );
    },
  );

  it.each(pages)('every heading on %s that has an anchor has a unique id', (url, page) => {
    const duplicates = duplicateIdsOn(page.html);
    expect(duplicates, `${url} uses these ids more than once: ${duplicates.join(', ')}`).toEqual(
      [],
    );
    const headingIds = startTags(markupOnly(page.html))
      .filter((t) => /^h[1-6]$/.test(t.name))
      .flatMap((t) => t.attributes.get('id') ?? []);
    const unusable = headingIds.filter((id) => id === '' || /\s/.test(id));
    expect(unusable, `${url} has heading ids a fragment cannot reach`).toEqual([]);
  });
});
