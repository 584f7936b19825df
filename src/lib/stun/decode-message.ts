// Decoding STUN/TURN messages from bytes (RFC 8489 §5, §14): the header, then the attribute walk,
// then checks over the whole. Never throws: every problem becomes a diagnostic with a byte span,
// and the byte segments always tile the whole input.
import type { Diagnostic } from '../diagnostic';
import { sortBySpan } from './byte-diagnostic';
import { STUN_HEADER_LENGTH } from './constants';
import { decodeAttributes } from './decode-attributes';
import { decodeStunHeader } from './decode-header';
import { checkAttributeOrder, checkDeclaredLength, checkTrailingBytes } from './message-checks';
import type { StunByteSegment, StunDecodeResult } from './stun-message';

/** Decode a STUN or TURN message; returns the message (when the header is readable), byte segments and diagnostics. */
export function decodeStunMessage(input: Uint8Array): StunDecodeResult {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(0);
  const segments: StunByteSegment[] = [];
  const diagnostics: Diagnostic[] = [];
  const header = decodeStunHeader(bytes, segments, diagnostics);
  if (!header) return { message: undefined, segments, diagnostics };

  const declaredEnd = STUN_HEADER_LENGTH + header.length;
  diagnostics.push(...checkDeclaredLength(bytes, header.length));
  const attributes = decodeAttributes({
    bytes,
    start: STUN_HEADER_LENGTH,
    end: Math.min(declaredEnd, bytes.length),
    declaredEnd,
    transactionId: header.transactionId,
    segments,
    diagnostics,
  });
  diagnostics.push(...checkAttributeOrder(attributes));
  diagnostics.push(...checkTrailingBytes(bytes, declaredEnd, segments));
  return { message: { ...header, attributes }, segments, diagnostics: sortBySpan(diagnostics) };
}
