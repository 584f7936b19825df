import { describe, expect, it } from 'vitest';
import { buildBindingRequest, randomTransactionId } from '~/lib/stun/binding';
import { shortTermKey } from '~/lib/stun/credentials';
import { decodeStunMessage } from '~/lib/stun/decode-message';
import { verifyFingerprint } from '~/lib/stun/fingerprint';
import { verifyMessageIntegrity } from '~/lib/stun/integrity';
import { SAMPLE_REQUEST, SHORT_TERM_PASSWORD, TRANSACTION_ID } from './rfc5769-vectors';

describe('buildBindingRequest', () => {
  it('builds a bare request of 28 bytes: header and FINGERPRINT, with named segments', async () => {
    const { bytes, segments } = await buildBindingRequest({ transactionId: TRANSACTION_ID });
    expect(bytes.length).toBe(28);
    expect(segments.map((s) => s.name)).toEqual([
      'Message Type',
      'Message Length',
      'Magic Cookie',
      'Transaction ID',
      'FINGERPRINT type',
      'FINGERPRINT length',
      'FINGERPRINT value',
    ]);
    expect(segments[0]).toMatchObject({ start: 0, end: 2, value: '0x0001 Binding request' });
  });

  it('builds an ICE check equal in content to RFC 5769 §2.1 and signed with the same password', async () => {
    const { bytes } = await buildBindingRequest({
      transactionId: TRANSACTION_ID,
      software: 'STUN test client',
      username: 'evtj:h6vY',
      priority: 0x6e0001ff,
      iceControlled: 0x932ff9b151263b36n,
      password: SHORT_TERM_PASSWORD,
    });
    const ours = decodeStunMessage(bytes).message?.attributes.map((a) => [a.name, a.value]);
    const rfc = decodeStunMessage(SAMPLE_REQUEST).message?.attributes.map((a) => [a.name, a.value]);
    expect(ours?.slice(0, 2)).toEqual(rfc?.slice(0, 1).concat(rfc.slice(3, 4)));
    expect((await verifyMessageIntegrity(bytes, shortTermKey(SHORT_TERM_PASSWORD))).valid).toBe(
      true,
    );
    expect(verifyFingerprint(bytes).valid).toBe(true);
  });

  it('adds USE-CANDIDATE and ICE-CONTROLLING for a nominating controlling agent', async () => {
    const { bytes } = await buildBindingRequest({
      iceControlling: 1n,
      useCandidate: true,
      fingerprint: false,
    });
    expect(decodeStunMessage(bytes).message?.attributes.map((a) => a.name)).toEqual([
      'ICE-CONTROLLING',
      'USE-CANDIDATE',
    ]);
  });
});

describe('randomTransactionId', () => {
  it('returns 12 random bytes, different each time', () => {
    const a = randomTransactionId();
    expect(a.length).toBe(12);
    expect(a).not.toEqual(randomTransactionId());
  });
});
