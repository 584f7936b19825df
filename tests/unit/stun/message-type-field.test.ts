import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeMessageType,
  describeMessageType,
  encodeMessageType,
} from '~/lib/stun/message-type-field';

describe('encodeMessageType', () => {
  it('gives 0x0001, 0x0101, 0x0111 and 0x0011 for the Binding classes (RFC 8489 §5)', () => {
    expect(encodeMessageType(1, 'request')).toBe(0x0001);
    expect(encodeMessageType(1, 'success')).toBe(0x0101);
    expect(encodeMessageType(1, 'error')).toBe(0x0111);
    expect(encodeMessageType(1, 'indication')).toBe(0x0011);
  });

  it('spreads the highest method bits around the class bits', () => {
    expect(encodeMessageType(0xfff, 'request')).toBe(0x3eef);
  });
});

describe('decodeMessageType', () => {
  it('inverts encodeMessageType for every method and class', () => {
    const classes = ['request', 'indication', 'success', 'error'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xfff }),
        fc.constantFrom(...classes),
        (method, messageClass) => {
          expect(decodeMessageType(encodeMessageType(method, messageClass))).toEqual({
            method,
            messageClass,
          });
        },
      ),
    );
  });
});

describe('describeMessageType', () => {
  it('names known and unknown methods with the class in words', () => {
    expect(describeMessageType(3, 'error')).toBe('Allocate error response');
    expect(describeMessageType(0x00a, 'request')).toBe('Method 0x00a request');
  });
});
