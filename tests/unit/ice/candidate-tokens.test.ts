import { describe, expect, it } from 'vitest';
import { tokenizeCandidate } from '~/lib/ice/candidate-tokens';

describe('tokenizeCandidate', () => {
  it('skips the a=candidate: prefix and keeps token offsets', () => {
    const { tokens, bodyStart } = tokenizeCandidate('a=candidate:1 1 udp');
    expect(bodyStart).toBe(12);
    expect(tokens).toEqual([
      { text: '1', start: 12, end: 13 },
      { text: '1', start: 14, end: 15 },
      { text: 'udp', start: 16, end: 19 },
    ]);
  });

  it('ignores a trailing CRLF but reports double spaces and tabs', () => {
    const { tokens, irregularSpaces } = tokenizeCandidate('1  1\tudp\r\n');
    expect(tokens.map((t) => t.text)).toEqual(['1', '1', 'udp']);
    expect(irregularSpaces).toEqual([
      { start: 1, end: 3 },
      { start: 4, end: 5 },
    ]);
  });
});
