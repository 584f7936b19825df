import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeMessageType,
  describeMessageType,
  encodeMessageType,
  lookupStunMethod,
  STUN_METHODS,
} from '~/lib/stun/message-type';

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

describe('lookupStunMethod', () => {
  it('finds the TURN methods of RFC 8656 and nothing for an unassigned code', () => {
    expect(STUN_METHODS.map((m) => [m.code, m.name])).toEqual([
      [1, 'Binding'],
      [3, 'Allocate'],
      [4, 'Refresh'],
      [6, 'Send'],
      [7, 'Data'],
      [8, 'CreatePermission'],
      [9, 'ChannelBind'],
    ]);
    expect(lookupStunMethod(0x00a)).toBeUndefined();
  });
});

describe('describeMessageType', () => {
  it('names known and unknown methods with the class in words', () => {
    expect(describeMessageType(3, 'error')).toBe('Allocate error response');
    expect(describeMessageType(0x00a, 'request')).toBe('Method 0x00a request');
  });
});
