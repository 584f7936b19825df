import { describe, expect, it } from 'vitest';
import { bytesToHex } from '~/lib/hex';
import { md5 } from '~/lib/stun/md5';

const digest = (text: string) => bytesToHex(md5(Uint8Array.from(text, (c) => c.charCodeAt(0))));

describe('md5', () => {
  it('matches the RFC 1321 §A.5 test suite', () => {
    expect(digest('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(digest('a')).toBe('0cc175b9c0f1b6a831c399e269772661');
    expect(digest('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(digest('message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(digest('abcdefghijklmnopqrstuvwxyz')).toBe('c3fcd3d76192e4007dfb496cca67e13b');
    expect(digest('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')).toBe(
      'd174ab98d277d9f5a5611c2c9f419d9f',
    );
    expect(digest('1234567890'.repeat(8))).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });

  it('handles inputs around the 55/56/64-byte padding boundaries (values from the Node crypto module)', () => {
    const expected: Record<number, string> = {
      55: '04364420e25c512fd958a70738aa8f72',
      56: '668a72d5ba17f08e62dabcafad6db14b',
      63: '7dc2ca208106a2f703567bdff99d8981',
      64: 'c1bb4f81d892b2d57947682aeb252456',
      65: '1bc932052302d074bdec39795fe00cf6',
      119: 'ab347a5f68c8a443cfcddc633f12c24f',
      120: 'fb98667f98096de92620b64f46e1c5b5',
    };
    for (const [n, hex] of Object.entries(expected))
      expect(digest('x'.repeat(Number(n)))).toBe(hex);
  });
});
