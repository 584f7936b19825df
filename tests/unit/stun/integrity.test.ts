import { describe, expect, it } from 'vitest';
import { longTermKey, shortTermKey } from '~/lib/stun/credentials';
import { computeMessageIntegrity, verifyMessageIntegrity } from '~/lib/stun/integrity';
import {
  LONG_TERM,
  SAMPLE_IPV4_RESPONSE,
  SAMPLE_IPV6_RESPONSE,
  SAMPLE_LONG_TERM_REQUEST,
  SAMPLE_REQUEST,
  SHORT_TERM_PASSWORD,
} from './rfc5769-vectors';

const shortKey = shortTermKey(SHORT_TERM_PASSWORD);

describe('verifyMessageIntegrity', () => {
  it('accepts the RFC 5769 §2.1, §2.2 and §2.3 vectors with the short-term password', async () => {
    for (const bytes of [SAMPLE_REQUEST, SAMPLE_IPV4_RESPONSE, SAMPLE_IPV6_RESPONSE]) {
      expect(await verifyMessageIntegrity(bytes, shortKey)).toMatchObject({
        present: true,
        valid: true,
      });
    }
  });

  it('accepts the RFC 5769 §2.4 vector with the long-term key MD5(username:realm:password)', async () => {
    const key = longTermKey(LONG_TERM.username, LONG_TERM.realm, LONG_TERM.password);
    expect((await verifyMessageIntegrity(SAMPLE_LONG_TERM_REQUEST, key)).valid).toBe(true);
  });

  it('rejects a wrong password and shows both values', async () => {
    const check = await verifyMessageIntegrity(SAMPLE_REQUEST, shortTermKey('wrong'));
    expect(check.valid).toBe(false);
    expect(check.actualHex).toBe('9aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a2');
    expect(check.expectedHex).toMatch(/^[0-9a-f]{40}$/);
  });

  it('rejects a message with one flipped bit before the integrity attribute', async () => {
    const bytes = SAMPLE_IPV4_RESPONSE.slice();
    bytes[25] = (bytes[25] as number) ^ 1;
    expect((await verifyMessageIntegrity(bytes, shortKey)).valid).toBe(false);
  });

  it('says the attribute is absent on a message without it and on garbage', async () => {
    expect(await verifyMessageIntegrity(SAMPLE_REQUEST.subarray(0, 20), shortKey)).toMatchObject({
      present: false,
      valid: false,
    });
    expect(await verifyMessageIntegrity(new Uint8Array([1, 2, 3]), shortKey)).toMatchObject({
      present: false,
      valid: false,
    });
  });

  it('reports absent MESSAGE-INTEGRITY-SHA256 on the RFC 5769 vectors', async () => {
    expect((await verifyMessageIntegrity(SAMPLE_REQUEST, shortKey, 'sha256')).present).toBe(false);
  });
});

describe('computeMessageIntegrity', () => {
  it('computes the RFC 5769 §2.2 HMAC from the bytes before the attribute', async () => {
    const mac = await computeMessageIntegrity(SAMPLE_IPV4_RESPONSE, 48, shortKey);
    expect(Array.from(mac)).toEqual(Array.from(SAMPLE_IPV4_RESPONSE.subarray(52, 72)));
  });

  it('gives a 32-byte HMAC-SHA256 by default for sha256', async () => {
    expect((await computeMessageIntegrity(SAMPLE_REQUEST, 20, shortKey, 'sha256')).length).toBe(32);
  });
});
