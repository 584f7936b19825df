// MESSAGE-INTEGRITY (HMAC-SHA1, RFC 8489 §14.5) and MESSAGE-INTEGRITY-SHA256 (RFC 8489 §14.6):
// an HMAC of the message up to the attribute, keyed by the short-term or long-term key.
import { bytesToHex } from '../hex';
import type { StunAttributeName } from './attribute-registry';
import { coveredBytes } from './covered-bytes';
import { decodeStunMessage } from './decode-message';
import { hmacSha1, hmacSha256 } from './hmac';

/** Which integrity attribute: MESSAGE-INTEGRITY (HMAC-SHA1) or MESSAGE-INTEGRITY-SHA256. */
export type IntegrityAlgorithm = 'sha1' | 'sha256';

/** The attribute that carries each algorithm's HMAC. */
export const INTEGRITY_ATTRIBUTE = {
  sha1: 'MESSAGE-INTEGRITY',
  sha256: 'MESSAGE-INTEGRITY-SHA256',
} as const satisfies Record<IntegrityAlgorithm, StunAttributeName>;

/** Result of checking an integrity attribute, with both values in hex for display. */
export interface IntegrityCheck {
  present: boolean;
  valid: boolean;
  expectedHex: string | undefined;
  actualHex: string | undefined;
}

/** The HMAC an integrity attribute of `size` value bytes at `offset` must carry (RFC 8489 §14.5, §14.6). */
export async function computeMessageIntegrity(
  bytes: Uint8Array,
  offset: number,
  key: Uint8Array,
  algorithm: IntegrityAlgorithm = 'sha1',
  size = algorithm === 'sha1' ? 20 : 32,
): Promise<Uint8Array> {
  const covered = coveredBytes(bytes, offset, 4 + size);
  const mac = algorithm === 'sha1' ? await hmacSha1(key, covered) : await hmacSha256(key, covered);
  return mac.slice(0, size);
}

/** Check a message's MESSAGE-INTEGRITY (or -SHA256) against a key; never rejects on bad bytes. */
export async function verifyMessageIntegrity(
  bytes: Uint8Array,
  key: Uint8Array,
  algorithm: IntegrityAlgorithm = 'sha1',
): Promise<IntegrityCheck> {
  const attribute = decodeStunMessage(bytes).message?.attributes.find(
    (a) => a.name === INTEGRITY_ATTRIBUTE[algorithm],
  );
  if (!attribute || attribute.truncated || !attribute.value) {
    return {
      present: attribute !== undefined,
      valid: false,
      expectedHex: undefined,
      actualHex: attribute ? bytesToHex(attribute.raw) : undefined,
    };
  }
  const expected = await computeMessageIntegrity(
    bytes,
    attribute.offset,
    key,
    algorithm,
    attribute.raw.length,
  );
  const expectedHex = bytesToHex(expected);
  const actualHex = bytesToHex(attribute.raw);
  return { present: true, valid: expectedHex === actualHex, expectedHex, actualHex };
}
