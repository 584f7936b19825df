import { describe, expect, it } from 'vitest';
import { coveredBytes } from '~/lib/stun/covered-bytes';
import { SAMPLE_REQUEST } from './rfc5769-vectors';

describe('coveredBytes', () => {
  it('cuts before the attribute and rewrites the length as if it ended the message', () => {
    // RFC 5769 §2.1: MESSAGE-INTEGRITY sits at offset 68; up to its end the length is 68 - 20 + 24 = 72.
    const covered = coveredBytes(SAMPLE_REQUEST, 68, 24);
    expect(covered.length).toBe(68);
    expect(new DataView(covered.buffer).getUint16(2)).toBe(72);
    expect(SAMPLE_REQUEST[3]).toBe(0x58);
  });
});
