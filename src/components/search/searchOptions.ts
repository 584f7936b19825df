/**
 * Turns Pagefind's page results into the options of the search list: for each page, the sections
 * that matched most (Pagefind's sub-results, one per heading with an id), each with the page's
 * title, the section's title, its URL with the heading's fragment and an excerpt.
 */

/** A section of a page that matched (Pagefind's sub-result). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

/** The data of one page result, as `result.data()` resolves it (the fields the list uses). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

/** One entry of the result list. */
export interface SearchOption {
  pageTitle: string;
  /** The section's heading, empty when the match is above the first heading. */
  sectionTitle: string;
  url: string;
  excerpt: string;
}

/** The options for some page results, at most `perPage` sections each, best matches first. */
export function searchOptions(pages: PagefindResultData[], perPage = 3): SearchOption[] {
  return pages.flatMap((page) => {
    const pageTitle = page.meta.title ?? page.url;
    const sections = [...(page.sub_results ?? [])]
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
      .slice(0, perPage);
    if (sections.length === 0)
      return [{ pageTitle, sectionTitle: '', url: page.url, excerpt: page.excerpt }];
    return sections.map((s) => ({
      pageTitle,
      sectionTitle: s.url.includes('#') ? s.title : '',
      url: s.url,
      excerpt: s.excerpt,
    }));
  });
}

/** What the status line says about a search: how many results, or that there are none. */
export function resultCountText(
  term: string,
  shown: number,
  pages: number,
  totalPages: number,
): string {
  if (shown === 0) return `No results for “${term}”.`;
  const what = `${shown} ${shown === 1 ? 'result' : 'results'} for “${term}”`;
  const from = pages === 1 ? 'on 1 page' : `on ${pages} pages`;
  return totalPages > pages
    ? `${what} on the best ${pages} of ${totalPages} pages.`
    : `${what} ${from}.`;
}
