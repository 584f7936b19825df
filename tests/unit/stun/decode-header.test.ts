import { describe, expect, it } from 'vitest';
import { decodeStunHeader } from '~/lib/stun/decode-header';
import type { Diagnostic } from '~/lib/diagnostic';
import type { StunByteSegment } from '~/lib/stun/stun-message';
import { SAMPLE_IPV4_RESPONSE } from './rfc5769-vectors';

describe('decodeStunHeader', () => {
  it('reads type, length, cookie and transaction ID into four segments', () => {
    const segments: StunByteSegment[] = [];
    const diagnostics: Diagnostic[] = [];
    const header = decodeStunHeader(SAMPLE_IPV4_RESPONSE, segments, diagnostics);
    expect(header).toMatchObject({
      type: 0x0101,
      method: 1,
      messageClass: 'success',
      length: 60,
      magicCookie: 0x2112a442,
    });
    expect(segments.map((s) => s.kind)).toEqual([
      'message-type',
      'message-length',
      'magic-cookie',
      'transaction-id',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('says "No bytes" for empty input', () => {
    const diagnostics: Diagnostic[] = [];
    expect(decodeStunHeader(new Uint8Array(), [], diagnostics)).toBeUndefined();
    expect(diagnostics[0]?.message).toBe('No bytes to decode.');
  });
});
