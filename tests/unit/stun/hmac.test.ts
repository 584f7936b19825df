import { describe, expect, it } from 'vitest';
import { bytesToHex } from '~/lib/hex';
import { hmacSha1, hmacSha256 } from '~/lib/stun/hmac';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('hmacSha1', () => {
  it('matches RFC 2202 test case 2', async () => {
    expect(bytesToHex(await hmacSha1(ascii('Jefe'), ascii('what do ya want for nothing?')))).toBe(
      'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79',
    );
  });

  it('accepts an empty key, as HMAC allows', async () => {
    expect(bytesToHex(await hmacSha1(new Uint8Array(), new Uint8Array()))).toBe(
      'fbdb1d1b18aa6c08324b7d64b71fb76370690e1d',
    );
  });
});

describe('hmacSha256', () => {
  it('matches RFC 4231 test case 2', async () => {
    expect(bytesToHex(await hmacSha256(ascii('Jefe'), ascii('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });
});
