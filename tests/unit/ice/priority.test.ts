import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeCandidatePriority,
  encodeCandidatePriority,
  isValidCandidatePriority,
  pairPriority,
} from '~/lib/ice/priority';

describe('decodeCandidatePriority', () => {
  it('splits a Chromium UDP host priority into 126, local preference and component 1', () => {
    expect(decodeCandidatePriority(2122260223)).toEqual({
      typePreference: 126,
      localPreference: 32542,
      componentId: 1,
    });
  });

  it('decodes a Chromium TCP host priority with its lower type preference', () => {
    expect(decodeCandidatePriority(1518280447)).toEqual({
      typePreference: 90,
      localPreference: 32542,
      componentId: 1,
    });
  });

  it('decodes a relay priority whose type preference is zero or small', () => {
    expect(decodeCandidatePriority(41885439).typePreference).toBe(2);
  });

  it('decodes component 2 (RTCP) from the low byte 254', () => {
    expect(decodeCandidatePriority(2122260222).componentId).toBe(2);
  });

  it('decodes values above 2^31 without sign trouble', () => {
    expect(decodeCandidatePriority(4_294_967_295)).toEqual({
      typePreference: 255,
      localPreference: 65535,
      componentId: 1,
    });
  });

  it('clamps negative, fractional and non-finite input instead of throwing', () => {
    expect(decodeCandidatePriority(-5)).toEqual({
      typePreference: 0,
      localPreference: 0,
      componentId: 256,
    });
    expect(decodeCandidatePriority(Number.NaN).componentId).toBe(256);
    expect(decodeCandidatePriority(256.9)).toEqual({
      typePreference: 0,
      localPreference: 1,
      componentId: 256,
    });
  });

  it('recomposes to the same priority for every legal value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_147_483_647 }), (priority) => {
        const parts = decodeCandidatePriority(priority);
        expect(
          parts.typePreference * 2 ** 24 + parts.localPreference * 256 + (256 - parts.componentId),
        ).toBe(priority);
      }),
    );
  });
});

describe('encodeCandidatePriority', () => {
  it('computes the RFC 8445 formula for a host candidate', () => {
    expect(
      encodeCandidatePriority({ typePreference: 126, localPreference: 65535, componentId: 1 }),
    ).toBe(2130706431);
  });

  it('gives 255 in the low byte for a relay candidate with local preference zero and component 1', () => {
    expect(encodeCandidatePriority({ typePreference: 0, localPreference: 0, componentId: 1 })).toBe(
      255,
    );
  });

  it('round-trips through decodeCandidatePriority', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 126 }),
        fc.integer({ min: 0, max: 65535 }),
        fc.integer({ min: 1, max: 256 }),
        (typePreference, localPreference, componentId) => {
          const parts = { typePreference, localPreference, componentId };
          expect(decodeCandidatePriority(encodeCandidatePriority(parts))).toEqual(parts);
        },
      ),
    );
  });

  it('throws a RangeError for a type preference above 126 or a component of 0', () => {
    expect(() =>
      encodeCandidatePriority({ typePreference: 127, localPreference: 0, componentId: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      encodeCandidatePriority({ typePreference: 1, localPreference: 0, componentId: 0 }),
    ).toThrow(RangeError);
  });
});

describe('isValidCandidatePriority', () => {
  it('accepts 1 to 2^31 - 1 and refuses 0, 2^31 and fractions', () => {
    expect(isValidCandidatePriority(1)).toBe(true);
    expect(isValidCandidatePriority(2 ** 31 - 1)).toBe(true);
    expect(isValidCandidatePriority(0)).toBe(false);
    expect(isValidCandidatePriority(2 ** 31)).toBe(false);
    expect(isValidCandidatePriority(1.5)).toBe(false);
  });
});

describe('pairPriority', () => {
  it('puts the smaller priority in the top 32 bits and adds one when the controlling side is higher', () => {
    expect(pairPriority(10, 3)).toBe(3n * 2n ** 32n + 20n + 1n);
    expect(pairPriority(3, 10)).toBe(3n * 2n ** 32n + 20n);
  });

  it('is exact for the largest priorities, beyond 2^53', () => {
    const max = 2 ** 31 - 1;
    expect(pairPriority(max, max)).toBe(BigInt(max) * 2n ** 32n + 2n * BigInt(max));
  });

  it('orders pairs the same way whichever side computes it, apart from the tie-break bit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (g, d) => {
          const difference = pairPriority(g, d) - pairPriority(d, g);
          expect(difference === 0n || difference === 1n || difference === -1n).toBe(true);
        },
      ),
    );
  });
});
