// Fixed-size numeric values: 32- and 64-bit integers (LIFETIME, PRIORITY, ICE-CONTROLLING...),
// FINGERPRINT's CRC, and flags that have no value at all (RFC 8489 §14, RFC 8445 §7.1).
import type { StunValueCodec } from '../value-codec';
import { fixedBytes, viewOf, wrongLength } from '../value-codec';

/** LIFETIME, PRIORITY: an unsigned 32-bit number. */
export const UINT32_CODEC: StunValueCodec<'uint32'> = {
  kind: 'uint32',
  decode(bytes) {
    const problem = wrongLength(bytes, 4, 'This value');
    if (problem) return { error: problem };
    return { value: { kind: 'uint32', value: viewOf(bytes).getUint32(0) }, fields: [] };
  },
  encode: (value) => fixedBytes(4, (view) => view.setUint32(0, value.value >>> 0)),
  format: (value) => String(value.value),
  example: { kind: 'uint32', value: 1_845_501_695 },
};

/** ICE-CONTROLLING, ICE-CONTROLLED, RESERVATION-TOKEN: an unsigned 64-bit number. */
export const UINT64_CODEC: StunValueCodec<'uint64'> = {
  kind: 'uint64',
  decode(bytes) {
    const problem = wrongLength(bytes, 8, 'This value');
    if (problem) return { error: problem };
    return { value: { kind: 'uint64', value: viewOf(bytes).getBigUint64(0) }, fields: [] };
  },
  encode: (value) => fixedBytes(8, (view) => view.setBigUint64(0, BigInt.asUintN(64, value.value))),
  format: (value) => String(value.value),
  example: { kind: 'uint64', value: 0x932f_f9b1_5126_3b36n },
};

/** FINGERPRINT: CRC-32 of the message xor 0x5354554E (RFC 8489 §14.7). */
export const FINGERPRINT_CODEC: StunValueCodec<'fingerprint'> = {
  kind: 'fingerprint',
  decode(bytes) {
    const problem = wrongLength(bytes, 4, 'This value');
    if (problem) return { error: problem };
    return { value: { kind: 'fingerprint', value: viewOf(bytes).getUint32(0) }, fields: [] };
  },
  encode: (value) => fixedBytes(4, (view) => view.setUint32(0, value.value >>> 0)),
  format: (value) => `0x${value.value.toString(16).padStart(8, '0')}`,
  example: { kind: 'fingerprint', value: 0xe57a3bcf },
};

/** USE-CANDIDATE, DONT-FRAGMENT: present or not, with an empty value. */
export const FLAG_CODEC: StunValueCodec<'flag'> = {
  kind: 'flag',
  decode: (bytes) =>
    bytes.length === 0
      ? { value: { kind: 'flag' }, fields: [] }
      : { error: `This attribute has no value, found ${bytes.length} bytes.` },
  encode: () => new Uint8Array(0),
  format: () => '(no value)',
  example: { kind: 'flag' },
};
