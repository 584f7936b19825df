// Decoding STUN/TURN messages from bytes (RFC 8489 §5, §14). Never throws: every problem becomes a
// diagnostic with a byte offset, and the byte segments always tile the whole input.
import { bytesToHex } from '../hex';
import {
  lookupStunAttribute,
  stunAttributeName,
  isComprehensionRequired,
} from './attribute-registry';
import { decodeAttributeValue } from './attribute-value';
import { formatAttributeValue } from './format-attribute-value';
import { pushValueSegments } from './value-segments';
import { STUN_HEADER_LENGTH } from './constants';
import { decodeStunHeader } from './decode-header';
import type {
  DecodedStunAttribute,
  StunByteSegment,
  StunDecodeResult,
  StunDiagnostic,
} from './message-types';

const MESSAGE_INTEGRITY = 0x0008;
const MESSAGE_INTEGRITY_SHA256 = 0x001c;
const FINGERPRINT = 0x8028;

/** Decode a STUN or TURN message; returns the message (when the header is readable), byte segments and diagnostics. */
export function decodeStunMessage(input: Uint8Array): StunDecodeResult {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(0);
  const segments: StunByteSegment[] = [];
  const diagnostics: StunDiagnostic[] = [];
  const header = decodeStunHeader(bytes, segments, diagnostics);
  if (!header) return { message: undefined, segments, diagnostics };

  const declaredEnd = STUN_HEADER_LENGTH + header.length;
  const end = Math.min(declaredEnd, bytes.length);
  if (declaredEnd > bytes.length) {
    diagnostics.push({
      severity: 'error',
      message: `Truncated: the header announces ${header.length} bytes of attributes, only ${bytes.length - STUN_HEADER_LENGTH} present.`,
      offset: 2,
      length: 2,
    });
  }
  const attributes: DecodedStunAttribute[] = [];
  let offset = STUN_HEADER_LENGTH;
  let closedBy: string | undefined;
  while (offset < end) {
    if (end - offset < 4) {
      segments.push({
        kind: 'truncated',
        name: 'Attribute header (truncated)',
        start: offset,
        end,
        value: bytesToHex(bytes.subarray(offset, end)),
      });
      diagnostics.push({
        severity: 'error',
        message: `Truncated: an attribute header is 4 bytes, only ${end - offset} left.`,
        offset,
        length: end - offset,
      });
      offset = end;
      break;
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset + offset, 4);
    const type = view.getUint16(0);
    const length = view.getUint16(2);
    const entry = lookupStunAttribute(type);
    const name = stunAttributeName(type);
    const valueStart = offset + 4;
    const valueEnd = valueStart + length;
    const paddedEnd = valueStart + Math.ceil(length / 4) * 4;
    const truncated = valueEnd > end;
    const raw = bytes.slice(valueStart, Math.min(valueEnd, end));
    // RFC 8489 §14.5, §14.7: after MESSAGE-INTEGRITY only MESSAGE-INTEGRITY-SHA256 and
    // FINGERPRINT still count; after FINGERPRINT nothing does.
    const ignored =
      closedBy !== undefined &&
      !(
        closedBy === 'MESSAGE-INTEGRITY' &&
        (type === FINGERPRINT || type === MESSAGE_INTEGRITY_SHA256)
      );
    const attribute: DecodedStunAttribute = {
      type,
      name,
      entry,
      offset,
      length,
      raw,
      value: undefined,
      truncated,
      ignored,
    };
    attributes.push(attribute);
    segments.push({
      kind: 'attribute-type',
      name: `${name} type`,
      start: offset,
      end: offset + 2,
      value: `0x${type.toString(16).padStart(4, '0')}`,
      attribute: name,
    });
    segments.push({
      kind: 'attribute-length',
      name: `${name} length`,
      start: offset + 2,
      end: offset + 4,
      value: `${length} bytes`,
      attribute: name,
    });

    if (ignored) {
      diagnostics.push({
        severity: 'warning',
        message: `${name} comes after ${closedBy}: receivers ignore it (RFC 8489 §14.5, §14.7).`,
        offset,
        length: 4,
      });
    }
    if (!entry && isComprehensionRequired(type)) {
      diagnostics.push({
        severity: 'warning',
        message: `Unknown comprehension-required attribute ${name}: a server would answer 420 Unknown Attribute (RFC 8489 §14).`,
        offset,
        length: 2,
      });
    }
    if (truncated) {
      if (end > valueStart)
        segments.push({
          kind: 'truncated',
          name: `${name} value (truncated)`,
          start: valueStart,
          end,
          value: bytesToHex(raw),
        });
      diagnostics.push({
        severity: 'error',
        message: `Truncated: ${name} announces ${length} bytes of value, only ${Math.max(0, end - valueStart)} present.`,
        offset: offset + 2,
        length: 2,
      });
      offset = end;
      break;
    }
    const decoding = decodeAttributeValue(entry?.kind ?? 'bytes', raw, header.transactionId);
    if ('error' in decoding) {
      diagnostics.push({
        severity: 'error',
        message: `${name}: ${decoding.error}`,
        offset: valueStart,
        length,
      });
      if (length > 0)
        segments.push({
          kind: 'attribute-value',
          name: `${name} value`,
          start: valueStart,
          end: valueEnd,
          value: bytesToHex(raw),
          attribute: name,
        });
    } else {
      attribute.value = decoding.value;
      if (decoding.warning)
        diagnostics.push({
          severity: 'warning',
          message: `${name}: ${decoding.warning}`,
          offset: valueStart,
          length,
        });
      pushValueSegments(
        segments,
        name,
        valueStart,
        valueEnd,
        decoding.fields,
        formatAttributeValue(decoding.value),
        raw,
      );
    }
    const padEnd = Math.min(paddedEnd, end);
    if (padEnd > valueEnd)
      segments.push({
        kind: 'padding',
        name: 'Padding',
        start: valueEnd,
        end: padEnd,
        value: bytesToHex(bytes.subarray(valueEnd, padEnd)),
        attribute: name,
      });
    if (paddedEnd > end && end === declaredEnd) {
      diagnostics.push({
        severity: 'error',
        message: `${name} is not padded to a multiple of 4 bytes (RFC 8489 §14).`,
        offset: valueEnd,
        length: 0,
      });
    }
    if (type === FINGERPRINT) closedBy = 'FINGERPRINT';
    else if (type === MESSAGE_INTEGRITY && !closedBy) closedBy = 'MESSAGE-INTEGRITY';
    offset = padEnd;
  }
  if (bytes.length > declaredEnd) {
    segments.push({
      kind: 'trailing',
      name: 'Bytes after the message',
      start: declaredEnd,
      end: bytes.length,
      value: bytesToHex(bytes.subarray(declaredEnd)),
    });
    diagnostics.push({
      severity: 'warning',
      message: `${bytes.length - declaredEnd} bytes follow the end the header announces; they are not part of the message.`,
      offset: declaredEnd,
      length: bytes.length - declaredEnd,
    });
  }
  diagnostics.sort((a, b) => a.offset - b.offset);
  const message = { ...header, attributes };
  return { message, segments, diagnostics };
}
