import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longTermKey, shortTermKey } from '~/lib/stun/credentials';
import { decodeStunMessage } from '~/lib/stun/decode-message';
import { buildStunMessage, encodeStunMessage } from '~/lib/stun/encode-message';
import { verifyFingerprint } from '~/lib/stun/fingerprint';
import { verifyMessageIntegrity } from '~/lib/stun/integrity';
import type { StunAttribute } from '~/lib/stun/stun-message';
import {
  LONG_TERM,
  SAMPLE_LONG_TERM_REQUEST,
  SAMPLE_IPV4_RESPONSE,
  TRANSACTION_ID,
} from './rfc5769-vectors';

const tid = new Uint8Array(12).fill(7);
const sample: StunAttribute[] = [
  { type: 0x0019, value: { kind: 'requested-transport', protocol: 17 } },
  { type: 0x000d, value: { kind: 'uint32', value: 600 } },
  {
    type: 0x0012,
    value: { kind: 'xor-address', address: { family: 'IPv6', address: '2001:db8::7', port: 5000 } },
  },
  {
    type: 0x0016,
    value: {
      kind: 'xor-address',
      address: { family: 'IPv4', address: '198.51.100.10', port: 49152 },
    },
  },
  { type: 0x000c, value: { kind: 'channel-number', channel: 0x4001 } },
  { type: 0x0013, value: { kind: 'bytes', bytes: new Uint8Array([1, 2, 3, 4, 5]) } },
  { type: 0x0009, value: { kind: 'error-code', code: 401, reason: 'Unauthorized' } },
  { type: 0x0014, value: { kind: 'text', text: 'example.org' } },
  { type: 0x0015, value: { kind: 'text', text: 'nonce-value' } },
  { type: 0x0025, value: { kind: 'flag' } },
  { type: 0x802a, value: { kind: 'uint64', value: 0xffff_ffff_ffff_fffen } },
  { type: 0x000a, value: { kind: 'attribute-list', types: [0x7f00, 0x0031] } },
  { type: 0x0017, value: { kind: 'address-family', family: 'IPv6' } },
  { type: 0x0018, value: { kind: 'even-port', reserveNext: true } },
];

describe('encodeStunMessage', () => {
  it('composes the type from method and class for every TURN method', () => {
    const cases: [number, 'request' | 'indication' | 'success' | 'error', number][] = [
      [0x003, 'request', 0x0003],
      [0x003, 'success', 0x0103],
      [0x003, 'error', 0x0113],
      [0x004, 'request', 0x0004],
      [0x006, 'indication', 0x0016],
      [0x007, 'indication', 0x0017],
      [0x008, 'request', 0x0008],
      [0x009, 'request', 0x0009],
      [0x001, 'error', 0x0111],
    ];
    for (const [method, messageClass, type] of cases) {
      const bytes = encodeStunMessage({ method, messageClass, transactionId: tid, attributes: [] });
      expect(new DataView(bytes.buffer).getUint16(0)).toBe(type);
    }
  });

  it('refuses a value whose kind is not the codec the table names for the type', () => {
    expect(() =>
      encodeStunMessage({
        method: 0x001,
        messageClass: 'request',
        transactionId: tid,
        attributes: [{ type: 0x0020, value: { kind: 'text', text: '192.0.2.1' } }],
      }),
    ).toThrow(/XOR-MAPPED-ADDRESS carries a xor-address value, not text/);
  });

  it('encodes an unregistered type with the codec of its value kind', () => {
    const bytes = encodeStunMessage({
      method: 0x001,
      messageClass: 'request',
      transactionId: tid,
      attributes: [{ type: 0x7f01, value: { kind: 'uint32', value: 7 } }],
    });
    expect(Array.from(bytes.subarray(20))).toEqual([0x7f, 0x01, 0, 4, 0, 0, 0, 7]);
  });

  it('round-trips every value kind through decodeStunMessage with zero padding', () => {
    const bytes = encodeStunMessage({
      method: 0x003,
      messageClass: 'request',
      transactionId: tid,
      attributes: sample,
    });
    const { message, diagnostics } = decodeStunMessage(bytes);
    expect(diagnostics).toEqual([]);
    expect(message?.attributes.map(({ type, value }) => ({ type, value }))).toEqual(sample);
    expect(
      encodeStunMessage({
        method: 0x003,
        messageClass: 'request',
        transactionId: tid,
        attributes: sample,
      }),
    ).toEqual(bytes);
  });

  it('re-encodes the attributes of the RFC 5769 §2.2 response (its 0x20 padding becomes zeros)', () => {
    const decoded = decodeStunMessage(SAMPLE_IPV4_RESPONSE).message;
    const attributes = (decoded?.attributes ?? [])
      .slice(0, 2)
      .map(({ type, value }) => ({ type, value: value! }));
    const bytes = encodeStunMessage({
      method: 1,
      messageClass: 'success',
      transactionId: TRANSACTION_ID,
      attributes,
    });
    expect(Array.from(bytes.subarray(20, 35))).toEqual(
      Array.from(SAMPLE_IPV4_RESPONSE.subarray(20, 35)),
    );
    expect(bytes[35]).toBe(0);
    expect(Array.from(bytes.subarray(36, 48))).toEqual(
      Array.from(SAMPLE_IPV4_RESPONSE.subarray(36, 48)),
    );
  });

  it('appends a valid FINGERPRINT when asked', () => {
    const bytes = encodeStunMessage(
      { method: 1, messageClass: 'request', transactionId: tid, attributes: [] },
      { fingerprint: true },
    );
    expect(bytes.length).toBe(28);
    expect(verifyFingerprint(bytes).valid).toBe(true);
  });

  it('throws a RangeError for a transaction ID that is not 12 bytes or a bad address', () => {
    expect(() =>
      encodeStunMessage({
        method: 1,
        messageClass: 'request',
        transactionId: new Uint8Array(11),
        attributes: [],
      }),
    ).toThrow(RangeError);
    const bad: StunAttribute = {
      type: 0x0020,
      value: { kind: 'xor-address', address: { family: 'IPv4', address: '::1', port: 1 } },
    };
    expect(() =>
      encodeStunMessage({
        method: 1,
        messageClass: 'request',
        transactionId: tid,
        attributes: [bad],
      }),
    ).toThrow(RangeError);
  });

  it('round-trips random text, numbers and bytes', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.nat(),
        fc.uint8Array({ maxLength: 50 }),
        (text, n, data) => {
          const attributes: StunAttribute[] = [
            { type: 0x8022, value: { kind: 'text', text } },
            { type: 0x0024, value: { kind: 'uint32', value: n } },
            { type: 0x0013, value: { kind: 'bytes', bytes: data } },
          ];
          const decoded = decodeStunMessage(
            encodeStunMessage({
              method: 1,
              messageClass: 'indication',
              transactionId: tid,
              attributes,
            }),
          );
          expect(decoded.message?.attributes.map(({ type, value }) => ({ type, value }))).toEqual(
            attributes,
          );
        },
      ),
    );
  });
});

describe('buildStunMessage', () => {
  it('rebuilds the RFC 5769 §2.4 long-term request byte for byte', async () => {
    const bytes = await buildStunMessage(
      {
        method: 1,
        messageClass: 'request',
        transactionId: SAMPLE_LONG_TERM_REQUEST.slice(8, 20),
        attributes: [
          { type: 0x0006, value: { kind: 'text', text: LONG_TERM.username } },
          { type: 0x0015, value: { kind: 'text', text: LONG_TERM.nonce } },
          { type: 0x0014, value: { kind: 'text', text: LONG_TERM.realm } },
        ],
      },
      { integrityKey: longTermKey(LONG_TERM.username, LONG_TERM.realm, LONG_TERM.password) },
    );
    expect(Array.from(bytes)).toEqual(Array.from(SAMPLE_LONG_TERM_REQUEST));
  });

  it('signs an Allocate request with both integrity attributes and a fingerprint that all verify', async () => {
    const key = shortTermKey('secret');
    const bytes = await buildStunMessage(
      {
        method: 0x003,
        messageClass: 'request',
        transactionId: tid,
        attributes: sample.slice(0, 2),
      },
      { integrityKey: key, integritySha256Key: key, fingerprint: true },
    );
    expect(
      decodeStunMessage(bytes)
        .message?.attributes.map((a) => a.name)
        .slice(-3),
    ).toEqual(['MESSAGE-INTEGRITY', 'MESSAGE-INTEGRITY-SHA256', 'FINGERPRINT']);
    expect((await verifyMessageIntegrity(bytes, key)).valid).toBe(true);
    expect((await verifyMessageIntegrity(bytes, key, 'sha256')).valid).toBe(true);
    expect(verifyFingerprint(bytes).valid).toBe(true);
  });
});
