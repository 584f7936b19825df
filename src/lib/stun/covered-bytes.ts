// The bytes MESSAGE-INTEGRITY and FINGERPRINT are computed over (RFC 8489 §14.5, §14.7): the message
// up to the attribute, with the header's length field set as if the attribute ended the message.
import { STUN_HEADER_LENGTH } from './constants';

/** Copy of `bytes[0, attributeOffset)` whose length field counts up to the end of a `attributeSize`-byte attribute there. */
export function coveredBytes(
  bytes: Uint8Array,
  attributeOffset: number,
  attributeSize: number,
): Uint8Array {
  const covered = bytes.slice(0, attributeOffset);
  if (covered.length >= 4) {
    new DataView(covered.buffer).setUint16(2, attributeOffset - STUN_HEADER_LENGTH + attributeSize);
  }
  return covered;
}
