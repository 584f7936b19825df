// Checks over a decoded message as a whole: attributes a receiver ignores because of where they
// sit (RFC 8489 §14.5, §14.7), unknown comprehension-required attributes (§14), bytes beyond the
// declared length, and a declared length the bytes do not reach (§5).
import type { Diagnostic } from '../diagnostic';
import { bytesToHex } from '../hex';
import { isComprehensionRequired, stunAttributeType } from './attribute-registry';
import { byteDiagnostic } from './byte-diagnostic';
import { STUN_HEADER_LENGTH } from './constants';
import type { DecodedStunAttribute, StunByteSegment } from './stun-message';

const MESSAGE_INTEGRITY = stunAttributeType('MESSAGE-INTEGRITY');
const MESSAGE_INTEGRITY_SHA256 = stunAttributeType('MESSAGE-INTEGRITY-SHA256');
const FINGERPRINT = stunAttributeType('FINGERPRINT');

/**
 * Mark attributes a receiver ignores and warn about them and about unknown comprehension-required
 * types: after MESSAGE-INTEGRITY only MESSAGE-INTEGRITY-SHA256 and FINGERPRINT still count; after
 * FINGERPRINT nothing does.
 */
export function checkAttributeOrder(attributes: DecodedStunAttribute[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let closedBy: string | undefined;
  for (const attribute of attributes) {
    const { type, name, offset } = attribute;
    attribute.ignored =
      closedBy !== undefined &&
      !(
        closedBy === 'MESSAGE-INTEGRITY' &&
        (type === FINGERPRINT || type === MESSAGE_INTEGRITY_SHA256)
      );
    if (attribute.ignored) {
      const message = `${name} comes after ${closedBy}: receivers ignore it (RFC 8489 §14.5, §14.7).`;
      diagnostics.push(byteDiagnostic('warning', message, offset, 4));
    }
    if (!attribute.entry && isComprehensionRequired(type)) {
      const message = `Unknown comprehension-required attribute ${name}: a server would answer 420 Unknown Attribute (RFC 8489 §14).`;
      diagnostics.push(byteDiagnostic('warning', message, offset, 2));
    }
    if (type === FINGERPRINT) closedBy = 'FINGERPRINT';
    else if (type === MESSAGE_INTEGRITY && !closedBy) closedBy = 'MESSAGE-INTEGRITY';
  }
  return diagnostics;
}

/** An error when the header announces more attribute bytes than there are. */
export function checkDeclaredLength(bytes: Uint8Array, declaredLength: number): Diagnostic[] {
  const present = bytes.length - STUN_HEADER_LENGTH;
  if (declaredLength <= present) return [];
  const message = `Truncated: the header announces ${declaredLength} bytes of attributes, only ${present} present.`;
  return [byteDiagnostic('error', message, 2, 2)];
}

/** A warning and a segment for bytes after the end the header announces. */
export function checkTrailingBytes(
  bytes: Uint8Array,
  declaredEnd: number,
  segments: StunByteSegment[],
): Diagnostic[] {
  if (bytes.length <= declaredEnd) return [];
  const extra = bytes.length - declaredEnd;
  segments.push({
    kind: 'trailing',
    name: 'Bytes after the message',
    start: declaredEnd,
    end: bytes.length,
    value: bytesToHex(bytes.subarray(declaredEnd)),
  });
  const message = `${extra} bytes follow the end the header announces; they are not part of the message.`;
  return [byteDiagnostic('warning', message, declaredEnd, extra)];
}
