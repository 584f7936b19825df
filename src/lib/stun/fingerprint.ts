// FINGERPRINT (RFC 8489 §14.7): CRC-32 of the message up to the attribute, xored with 0x5354554E.
import { coveredBytes } from './covered-bytes';
import { crc32 } from './crc32';
import { FINGERPRINT_XOR } from './constants';
import { decodeStunMessage } from './decode-message';

/** Result of checking a FINGERPRINT attribute. */
export interface FingerprintCheck {
  present: boolean;
  valid: boolean;
  /** The value computed from the bytes. */
  expected: number | undefined;
  /** The value carried in the message. */
  actual: number | undefined;
}

/** The FINGERPRINT value for an attribute placed at `offset` in `bytes` (RFC 8489 §14.7). */
export function computeFingerprint(bytes: Uint8Array, offset: number): number {
  return (crc32(coveredBytes(bytes, offset, 8)) ^ FINGERPRINT_XOR) >>> 0;
}

/** Check a message's FINGERPRINT; never throws, `present: false` when there is none. */
export function verifyFingerprint(bytes: Uint8Array): FingerprintCheck {
  const attribute = decodeStunMessage(bytes).message?.attributes.find(
    (a) => a.name === 'FINGERPRINT',
  );
  if (!attribute) return { present: false, valid: false, expected: undefined, actual: undefined };
  const expected = computeFingerprint(bytes, attribute.offset);
  const actual = attribute.value?.kind === 'fingerprint' ? attribute.value.value : undefined;
  return { present: true, valid: actual === expected, expected, actual };
}
