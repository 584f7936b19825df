// CRC32c (Castagnoli), the SCTP checksum (RFC 9260 §6.8 and Appendix A, first in RFC 3309).
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC32c of the bytes, as an unsigned 32-bit number. */
export function crc32c(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The checksum an SCTP packet should carry: CRC32c over the packet with its checksum field zeroed, read as SCTP stores it (least significant byte first). */
export function sctpChecksum(packet: Uint8Array): number {
  const copy = packet.slice();
  copy.fill(0, 8, 12);
  const crc = crc32c(copy);
  // Stored little-endian on the wire: reading those bytes big-endian gives the byte-swapped value.
  return (
    (((crc & 0xff) << 24) | ((crc & 0xff00) << 8) | ((crc >>> 8) & 0xff00) | (crc >>> 24)) >>> 0
  );
}
