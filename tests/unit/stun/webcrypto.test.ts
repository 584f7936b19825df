import { describe, expect, it } from 'vitest';
import { utf8Decode, utf8Encode, webCrypto } from '~/lib/stun/webcrypto';

describe('webCrypto', () => {
  it('finds globalThis.crypto with subtle in Node 24', () => {
    expect(typeof webCrypto().subtle.sign).toBe('function');
  });
});

describe('utf8Encode', () => {
  it('encodes non-ASCII text', () => {
    expect(Array.from(utf8Encode('マ'))).toEqual([0xe3, 0x83, 0x9e]);
  });
});

describe('utf8Decode', () => {
  it('decodes valid UTF-8 and flags invalid bytes', () => {
    expect(utf8Decode(new Uint8Array([0xe3, 0x83, 0x9e]))).toEqual({ text: 'マ', valid: true });
    expect(utf8Decode(new Uint8Array([0xe3, 0x83]))).toEqual({ text: '\ufffd', valid: false });
  });
});
