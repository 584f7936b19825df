import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanEnd } from '~/lib/diagnostic';
import { decodeStunMessage } from '~/lib/stun/decode-message';
import { bytesToHex } from '~/lib/hex';
import {
  ALL_VECTORS,
  LONG_TERM,
  SAMPLE_IPV4_RESPONSE,
  SAMPLE_IPV6_RESPONSE,
  SAMPLE_LONG_TERM_REQUEST,
  SAMPLE_REQUEST,
  TRANSACTION_ID,
} from './rfc5769-vectors';

const names = (bytes: Uint8Array) =>
  decodeStunMessage(bytes).message?.attributes.map((a) => a.name);

function expectSegmentsTile(bytes: Uint8Array) {
  const { segments } = decodeStunMessage(bytes);
  let cursor = 0;
  for (const segment of segments) {
    expect(segment.start).toBe(cursor);
    expect(segment.end).toBeGreaterThan(segment.start);
    cursor = segment.end;
  }
  expect(cursor).toBe(bytes.length);
}

describe('decodeStunMessage', () => {
  it('decodes the RFC 5769 §2.1 request: Binding request with its ICE attributes', () => {
    const { message, diagnostics } = decodeStunMessage(SAMPLE_REQUEST);
    expect(diagnostics).toEqual([]);
    expect(message).toMatchObject({
      type: 0x0001,
      method: 1,
      messageClass: 'request',
      length: 0x58,
      magicCookie: 0x2112a442,
    });
    expect(message?.description).toBe('Binding request');
    expect(message?.transactionId).toEqual(TRANSACTION_ID);
    expect(names(SAMPLE_REQUEST)).toEqual([
      'SOFTWARE',
      'PRIORITY',
      'ICE-CONTROLLED',
      'USERNAME',
      'MESSAGE-INTEGRITY',
      'FINGERPRINT',
    ]);
    const values = message?.attributes.map((a) => a.value);
    expect(values?.[0]).toEqual({ kind: 'text', text: 'STUN test client' });
    expect(values?.[1]).toEqual({ kind: 'uint32', value: 0x6e0001ff });
    expect(values?.[2]).toEqual({ kind: 'uint64', value: 0x932ff9b151263b36n });
    expect(values?.[3]).toEqual({ kind: 'text', text: 'evtj:h6vY' });
    expect(values?.[5]).toEqual({ kind: 'fingerprint', value: 0xe57a3bcf });
  });

  it('decodes the RFC 5769 §2.2 IPv4 response to 192.0.2.1:32853', () => {
    const { message, diagnostics } = decodeStunMessage(SAMPLE_IPV4_RESPONSE);
    expect(diagnostics).toEqual([]);
    expect(message?.description).toBe('Binding success response');
    expect(message?.attributes[0]?.value).toEqual({ kind: 'text', text: 'test vector' });
    expect(message?.attributes[1]?.value).toEqual({
      kind: 'xor-address',
      address: { family: 'IPv4', address: '192.0.2.1', port: 32853 },
    });
  });

  it('decodes the RFC 5769 §2.3 IPv6 response to [2001:db8:1234:5678:11:2233:4455:6677]:32853', () => {
    const { message } = decodeStunMessage(SAMPLE_IPV6_RESPONSE);
    expect(message?.attributes[1]?.value).toEqual({
      kind: 'xor-address',
      address: { family: 'IPv6', address: '2001:db8:1234:5678:11:2233:4455:6677', port: 32853 },
    });
  });

  it('decodes the RFC 5769 §2.4 long-term request: USERNAME, NONCE, REALM in UTF-8', () => {
    const { message, diagnostics } = decodeStunMessage(SAMPLE_LONG_TERM_REQUEST);
    expect(diagnostics).toEqual([]);
    expect(message?.attributes.map((a) => a.value)).toEqual([
      { kind: 'text', text: LONG_TERM.username },
      { kind: 'text', text: LONG_TERM.nonce },
      { kind: 'text', text: LONG_TERM.realm },
      expect.objectContaining({ kind: 'hmac-sha1' }),
    ]);
  });

  it('lays out every byte of each RFC 5769 vector in named segments, in order', () => {
    for (const bytes of Object.values(ALL_VECTORS)) expectSegmentsTile(bytes);
    const { segments } = decodeStunMessage(SAMPLE_IPV4_RESPONSE);
    expect(segments.slice(0, 4).map((s) => [s.name, s.start, s.end])).toEqual([
      ['Message Type', 0, 2],
      ['Message Length', 2, 4],
      ['Magic Cookie', 4, 8],
      ['Transaction ID', 8, 20],
    ]);
    expect(segments.find((s) => s.name === 'XOR-MAPPED-ADDRESS X-Port')).toMatchObject({
      start: 42,
      end: 44,
      value: '32853',
    });
    expect(segments.find((s) => s.kind === 'padding')).toMatchObject({
      start: 35,
      end: 36,
      value: '20',
    });
  });

  it('reports a short header with its length and keeps the bytes it has as segments', () => {
    const { message, diagnostics, segments } = decodeStunMessage(SAMPLE_REQUEST.subarray(0, 10));
    expect(message).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      span: { unit: 'byte', start: 0, length: 10 },
    });
    expect(segments.map((s) => s.kind)).toEqual([
      'message-type',
      'message-length',
      'magic-cookie',
      'truncated',
    ]);
  });

  it('reports a message cut inside an attribute with the attribute length offset', () => {
    const { message, diagnostics } = decodeStunMessage(SAMPLE_REQUEST.subarray(0, 30));
    expect(message?.attributes[0]).toMatchObject({ name: 'SOFTWARE', truncated: true });
    expect(diagnostics.map((d) => d.span?.start)).toEqual([2, 22]);
    expectSegmentsTile(SAMPLE_REQUEST.subarray(0, 30));
  });

  it('reports a wrong magic cookie, a length not a multiple of 4 and trailing bytes', () => {
    const bytes = new Uint8Array([
      0x00,
      0x01,
      0x00,
      0x02,
      1,
      2,
      3,
      4,
      ...TRANSACTION_ID,
      0,
      0,
      0xff,
    ]);
    const messages = decodeStunMessage(bytes)
      .diagnostics.map((d) => d.message)
      .join('\n');
    expect(messages).toMatch(/not a multiple of 4/);
    expect(messages).toMatch(/magic cookie/);
    expect(messages).toMatch(/1 bytes follow/);
  });

  it('recognises TURN ChannelData by its first two bits', () => {
    const bytes = new Uint8Array(24);
    bytes[0] = 0x40;
    bytes[1] = 0x01;
    expect(decodeStunMessage(bytes).diagnostics[0]?.message).toMatch(
      /ChannelData on channel 0x4001/,
    );
  });

  it('flags attributes after FINGERPRINT as ignored and unknown comprehension-required ones', () => {
    const extra = [0x7f, 0xff, 0x00, 0x00];
    const bytes = new Uint8Array([...SAMPLE_REQUEST, ...extra]);
    new DataView(bytes.buffer).setUint16(2, 0x58 + 4);
    const { message, diagnostics } = decodeStunMessage(bytes);
    expect(message?.attributes.at(-1)).toMatchObject({ ignored: true, name: '0x7fff (unknown)' });
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(/after FINGERPRINT[\s\S]*420/);
  });

  it('keeps FINGERPRINT after MESSAGE-INTEGRITY in force, as RFC 8489 §14.5 says', () => {
    const { message } = decodeStunMessage(SAMPLE_REQUEST);
    const byName = new Map(message?.attributes.map((a) => [a.name, a.ignored]));
    expect(byName.get('MESSAGE-INTEGRITY')).toBe(false);
    expect(byName.get('FINGERPRINT')).toBe(false);
  });

  it('reports a value of the wrong size for its attribute', () => {
    const bytes = new Uint8Array([
      0x00,
      0x01,
      0x00,
      0x08,
      0x21,
      0x12,
      0xa4,
      0x42,
      ...TRANSACTION_ID,
      0x00,
      0x24,
      0x00,
      0x02,
      1,
      2,
      0,
      0,
    ]);
    const { message, diagnostics } = decodeStunMessage(bytes);
    expect(message?.attributes[0]?.value).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ severity: 'error', span: { start: 24 } });
  });

  it('never throws and always tiles the input, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expectSegmentsTile(bytes);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on truncations and bit flips of the RFC vectors', () => {
    const vectors = Object.values(ALL_VECTORS);
    fc.assert(
      fc.property(
        fc.constantFrom(...vectors),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { maxLength: 6 }),
        (vector, cut, flips) => {
          const bytes = vector.slice(0, cut % (vector.length + 1));
          for (const [at, bit] of flips)
            if (bytes.length > 0) bytes[at % bytes.length]! ^= 1 << bit;
          const result = decodeStunMessage(bytes);
          for (const d of result.diagnostics) {
            expect(d.span?.unit).toBe('byte');
            expect(spanEnd(d.span!)).toBeLessThanOrEqual(Math.max(bytes.length, 20));
          }
          expectSegmentsTile(bytes);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads a Uint8Array view into a larger buffer at its own offset', () => {
    const padded = new Uint8Array(SAMPLE_IPV4_RESPONSE.length + 7);
    padded.set(SAMPLE_IPV4_RESPONSE, 7);
    const view = padded.subarray(7);
    expect(
      bytesToHex(decodeStunMessage(view).message?.transactionId ?? new Uint8Array(), ' '),
    ).toBe(bytesToHex(TRANSACTION_ID, ' '));
    expect(decodeStunMessage(view).diagnostics).toEqual([]);
  });
});
