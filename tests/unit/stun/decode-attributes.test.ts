import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '~/lib/diagnostic';
import { decodeAttributes } from '~/lib/stun/decode-attributes';
import type { StunByteSegment } from '~/lib/stun/stun-message';
import { SAMPLE_IPV4_RESPONSE, TRANSACTION_ID } from './rfc5769-vectors';

function walk(bytes: Uint8Array, end = bytes.length) {
  const segments: StunByteSegment[] = [];
  const diagnostics: Diagnostic[] = [];
  const attributes = decodeAttributes({
    bytes,
    start: 20,
    end,
    declaredEnd: end,
    transactionId: TRANSACTION_ID,
    segments,
    diagnostics,
  });
  return { attributes, segments, diagnostics };
}

describe('decodeAttributes', () => {
  it('walks the RFC 5769 §2.2 response attribute by attribute, each read by its codec', () => {
    const { attributes, segments, diagnostics } = walk(SAMPLE_IPV4_RESPONSE);
    expect(diagnostics).toEqual([]);
    expect(attributes.map((a) => [a.name, a.offset, a.value?.kind])).toEqual([
      ['SOFTWARE', 20, 'text'],
      ['XOR-MAPPED-ADDRESS', 36, 'xor-address'],
      ['MESSAGE-INTEGRITY', 48, 'hmac-sha1'],
      ['FINGERPRINT', 72, 'fingerprint'],
    ]);
    expect(segments[0]).toMatchObject({ start: 20, end: 22, kind: 'attribute-type' });
    expect(segments.at(-1)).toMatchObject({ end: SAMPLE_IPV4_RESPONSE.length });
  });

  it('stops at a value cut short and says which attribute announced it', () => {
    const { attributes, diagnostics } = walk(SAMPLE_IPV4_RESPONSE, 30);
    expect(attributes).toHaveLength(1);
    expect(attributes[0]).toMatchObject({ name: 'SOFTWARE', truncated: true, value: undefined });
    expect(diagnostics[0]).toMatchObject({ span: { start: 22, length: 2 } });
  });

  it('reports a header of fewer than 4 bytes as truncated', () => {
    const { attributes, diagnostics, segments } = walk(SAMPLE_IPV4_RESPONSE.subarray(0, 22));
    expect(attributes).toEqual([]);
    expect(segments).toEqual([
      {
        kind: 'truncated',
        name: 'Attribute header (truncated)',
        start: 20,
        end: 22,
        value: '8022',
      },
    ]);
    expect(diagnostics[0]?.message).toMatch(/only 2 left/);
  });
});
