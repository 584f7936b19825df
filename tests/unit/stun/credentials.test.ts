import { describe, expect, it } from 'vitest';
import { longTermKey, shortTermKey } from '~/lib/stun/credentials';
import { bytesToHex } from '~/lib/hex';
import { LONG_TERM } from './rfc5769-vectors';

describe('shortTermKey', () => {
  it('is the password in UTF-8', () => {
    expect(Array.from(shortTermKey('pé'))).toEqual([0x70, 0xc3, 0xa9]);
  });
});

describe('longTermKey', () => {
  it('is MD5 of "username:realm:password" (RFC 8489 §9.2.2)', () => {
    // md5("user:realm:pass"), checked with Node's crypto.
    expect(bytesToHex(longTermKey('user', 'realm', 'pass'))).toBe(
      '8493fbc53ba582fb4c044c456bdc40eb',
    );
  });

  it('handles the non-ASCII username of RFC 5769 §2.4', () => {
    expect(longTermKey(LONG_TERM.username, LONG_TERM.realm, LONG_TERM.password).length).toBe(16);
  });
});
