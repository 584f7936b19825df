import { describe, expect, it } from 'vitest';
import { checkStunMessage } from '~/lib/stun/check-message';
import {
  LONG_TERM,
  SAMPLE_IPV4_RESPONSE,
  SAMPLE_LONG_TERM_REQUEST,
  SAMPLE_REQUEST,
  SHORT_TERM_PASSWORD,
} from './rfc5769-vectors';

describe('checkStunMessage', () => {
  it('verifies the §2.2 response with the short-term password, and its FINGERPRINT', async () => {
    const check = await checkStunMessage(SAMPLE_IPV4_RESPONSE, SHORT_TERM_PASSWORD);
    expect(check.credentials).toBe('short-term');
    expect(check.integrity).toMatchObject({ present: true, checked: true, valid: true });
    expect(check.integritySha256).toMatchObject({ present: false, checked: false });
    expect(check.fingerprint).toMatchObject({ present: true, valid: true });
  });

  it('reports a wrong password as checked and invalid, with both HMACs', async () => {
    const check = await checkStunMessage(SAMPLE_IPV4_RESPONSE, 'not the password');
    expect(check.integrity).toMatchObject({ present: true, checked: true, valid: false });
    expect(check.integrity.actualHex).toBe('2b91f599fd9e90c38c7489f92af9ba53f06be7d7');
    expect(check.integrity.expectedHex).toMatch(/^[0-9a-f]{40}$/);
  });

  it('leaves integrity unchecked without a password but still checks FINGERPRINT', async () => {
    const check = await checkStunMessage(SAMPLE_REQUEST, '');
    expect(check.integrity).toMatchObject({ present: true, checked: false, valid: false });
    expect(check.integrity.actualHex).toBe('9aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a2');
    expect(check.fingerprint.valid).toBe(true);
  });

  it('uses the long-term key MD5(username:realm:password) when the message has a REALM (§2.4)', async () => {
    const check = await checkStunMessage(SAMPLE_LONG_TERM_REQUEST, LONG_TERM.password);
    expect(check).toMatchObject({
      credentials: 'long-term',
      username: LONG_TERM.username,
      realm: LONG_TERM.realm,
    });
    expect(check.integrity.valid).toBe(true);
    expect(check.fingerprint.present).toBe(false);
  });

  it('never rejects on garbage', async () => {
    const check = await checkStunMessage(new Uint8Array([1, 2, 3]), 'x');
    expect(check.integrity.present).toBe(false);
    expect(check.fingerprint.present).toBe(false);
  });
});
