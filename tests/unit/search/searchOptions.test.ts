import { describe, expect, it } from 'vitest';
import { resultCountText, searchOptions } from '~/components/search/searchOptions';

const page = {
  url: '/chapters/security-and-transport/',
  excerpt: 'page excerpt',
  meta: { title: 'DTLS, SRTP and SCTP' },
  sub_results: [
    {
      title: 'DTLS, SRTP and SCTP',
      url: '/chapters/security-and-transport/',
      excerpt: 'intro',
      locations: [1],
    },
    {
      title: 'Who is the client',
      url: '/chapters/security-and-transport/#who',
      excerpt: 'who',
      locations: [5],
    },
    {
      title: 'Self-signed',
      url: '/chapters/security-and-transport/#self',
      excerpt: 'self',
      locations: [7, 8, 9],
    },
    {
      title: 'SRTP',
      url: '/chapters/security-and-transport/#srtp',
      excerpt: 'srtp',
      locations: [20, 21],
    },
  ],
};

describe('searchOptions', () => {
  it('lists the sections with the most matches first, at most three per page', () => {
    expect(searchOptions([page]).map((o) => o.url)).toEqual([
      '/chapters/security-and-transport/#self',
      '/chapters/security-and-transport/#srtp',
      '/chapters/security-and-transport/',
    ]);
  });

  it('gives each option the page title, the section title and the section excerpt', () => {
    expect(searchOptions([page])[0]).toEqual({
      pageTitle: 'DTLS, SRTP and SCTP',
      sectionTitle: 'Self-signed',
      url: '/chapters/security-and-transport/#self',
      excerpt: 'self',
    });
  });

  it('leaves the section title empty for a match above the first heading', () => {
    const top = searchOptions([page], 4).find((o) => o.url === page.url);
    expect(top?.sectionTitle).toBe('');
  });

  it('falls back to the page itself when Pagefind found no section', () => {
    const { sub_results: _, ...bare } = page;
    expect(searchOptions([bare])).toEqual([
      {
        pageTitle: 'DTLS, SRTP and SCTP',
        sectionTitle: '',
        url: bare.url,
        excerpt: 'page excerpt',
      },
    ]);
  });
});

describe('resultCountText', () => {
  it('says how many results were found and on how many pages', () => {
    expect(resultCountText('ice', 1, 1, 1)).toBe('1 result for “ice” on 1 page.');
    expect(resultCountText('ice', 7, 3, 3)).toBe('7 results for “ice” on 3 pages.');
  });

  it('says when the list shows only the best pages of more', () => {
    expect(resultCountText('sdp', 15, 5, 12)).toBe(
      '15 results for “sdp” on the best 5 of 12 pages.',
    );
  });

  it('says when nothing matched', () => {
    expect(resultCountText('zzz', 0, 0, 0)).toBe('No results for “zzz”.');
  });
});
