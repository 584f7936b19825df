import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFingerprint, verifyFingerprint } from '~/lib/stun/fingerprint';
import {
  SAMPLE_IPV4_RESPONSE,
  SAMPLE_IPV6_RESPONSE,
  SAMPLE_LONG_TERM_REQUEST,
  SAMPLE_REQUEST,
} from './rfc5769-vectors';

describe('verifyFingerprint', () => {
  it('accepts the FINGERPRINT of the RFC 5769 §2.1, §2.2 and §2.3 vectors', () => {
    for (const bytes of [SAMPLE_REQUEST, SAMPLE_IPV4_RESPONSE, SAMPLE_IPV6_RESPONSE]) {
      expect(verifyFingerprint(bytes)).toMatchObject({ present: true, valid: true });
    }
  });

  it('says there is none in the §2.4 vector', () => {
    expect(verifyFingerprint(SAMPLE_LONG_TERM_REQUEST)).toMatchObject({
      present: false,
      valid: false,
    });
  });

  it('rejects any single flipped bit in the covered bytes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: SAMPLE_REQUEST.length - 9 }),
        fc.integer({ min: 0, max: 7 }),
        (at, bit) => {
          const bytes = SAMPLE_REQUEST.slice();
          bytes[at] = (bytes[at] as number) ^ (1 << bit);
          const check = verifyFingerprint(bytes);
          expect(check.valid).toBe(false);
        },
      ),
    );
  });
});

describe('computeFingerprint', () => {
  it('reproduces the §2.1 value 0xe57a3bcf', () => {
    expect(computeFingerprint(SAMPLE_REQUEST, SAMPLE_REQUEST.length - 8)).toBe(0xe57a3bcf);
  });
});
