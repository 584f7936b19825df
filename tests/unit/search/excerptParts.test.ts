import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '~/components/search/excerptParts';

describe('excerptParts', () => {
  it('splits an excerpt at its mark tags into plain and marked runs', () => {
    expect(excerptParts('the <mark>fingerprint</mark> in the SDP')).toEqual([
      { text: 'the ', marked: false },
      { text: 'fingerprint', marked: true },
      { text: ' in the SDP', marked: false },
    ]);
  });

  it('keeps any other tag as visible text, so nothing in an excerpt becomes markup', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)> and <mark><b>x</b></mark>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> and ', marked: false },
      { text: '<b>x</b>', marked: true },
    ]);
  });

  it('decodes entities inside runs without turning them into tags', () => {
    expect(excerptParts('&lt;mark&gt; is text &amp; <mark>a=setup</mark>')).toEqual([
      { text: '<mark> is text & ', marked: false },
      { text: 'a=setup', marked: true },
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal entities and leaves unknown ones as written', () => {
    expect(decodeEntities('&quot;a&quot; &#39;b&#x27; &bogus; &#0;')).toBe(
      '"a" \'b\' &bogus; &#0;',
    );
  });
});
