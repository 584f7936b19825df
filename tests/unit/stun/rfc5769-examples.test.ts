import { describe, expect, it } from 'vitest';
import { parseHex } from '~/lib/hex';
import { findRfc5769Example, RFC5769_EXAMPLES } from '~/lib/stun/rfc5769-examples';
import { checkStunMessage } from '~/lib/stun/check-message';
import { ALL_VECTORS, LONG_TERM, SHORT_TERM_PASSWORD } from './rfc5769-vectors';

describe('RFC5769_EXAMPLES', () => {
  it('holds exactly the bytes of the four RFC 5769 test vectors', () => {
    expect(RFC5769_EXAMPLES.map((e) => e.section)).toEqual(['2.1', '2.2', '2.3', '2.4']);
    for (const example of RFC5769_EXAMPLES) {
      const parsed = parseHex(example.hex);
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.bytes).toEqual(ALL_VECTORS[example.section]);
    }
  });

  it('gives each example the password that verifies its MESSAGE-INTEGRITY', async () => {
    for (const example of RFC5769_EXAMPLES) {
      const check = await checkStunMessage(parseHex(example.hex).bytes, example.password);
      expect(check.integrity).toMatchObject({ present: true, checked: true, valid: true });
    }
    expect(RFC5769_EXAMPLES[0]?.password).toBe(SHORT_TERM_PASSWORD);
    expect(RFC5769_EXAMPLES[3]?.password).toBe(LONG_TERM.password);
  });
});

describe('findRfc5769Example', () => {
  it('finds a sample by its section and nothing for an unknown one', () => {
    expect(findRfc5769Example('2.3')?.title).toContain('IPv6');
    expect(findRfc5769Example('9.9')).toBeUndefined();
  });
});
