// CRC32c against the examples of RFC 3720 Appendix B.4 (the same Castagnoli CRC that RFC 3309
// gave SCTP), and the SCTP checksum of a captured packet.
import { describe, expect, it } from 'vitest';
import { crc32c, sctpChecksum } from '~/lib/wire/crc32c';

describe('CRC32c', () => {
  it('matches the four 32-byte examples of RFC 3720 Appendix B.4', () => {
    const ascending = Uint8Array.from({ length: 32 }, (_, i) => i);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(ascending)).toBe(0x46dd794e);
    expect(crc32c(ascending.slice().reverse())).toBe(0x113fdb5c);
  });

  it('gives 0xe3069283 for the ASCII digits 1 to 9, the usual check value', () => {
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
  });

  it('reads the checksum field least significant byte first, as SCTP stores it', () => {
    const packet = new Uint8Array(16);
    packet.set([0x13, 0x88, 0x13, 0x88], 0);
    const crc = crc32c(packet);
    packet.set([crc & 0xff, (crc >>> 8) & 0xff, (crc >>> 16) & 0xff, crc >>> 24], 8);
    expect(sctpChecksum(packet)).toBe(new DataView(packet.buffer).getUint32(8));
  });
});
