// Reading the 20-byte STUN header (RFC 8489 §5) into segments and diagnostics, even when short.
import { bytesToHex } from '../hex';
import { MAGIC_COOKIE, STUN_HEADER_LENGTH } from './constants';
import type { Diagnostic } from '../diagnostic';
import { byteDiagnostic } from './byte-diagnostic';
import { decodeMessageType, describeMessageType } from './message-type-field';
import type { StunByteSegment, StunHeader, StunSegmentKind } from './stun-message';

const FIELDS: { kind: StunSegmentKind; name: string; start: number; end: number }[] = [
  { kind: 'message-type', name: 'Message Type', start: 0, end: 2 },
  { kind: 'message-length', name: 'Message Length', start: 2, end: 4 },
  { kind: 'magic-cookie', name: 'Magic Cookie', start: 4, end: 8 },
  { kind: 'transaction-id', name: 'Transaction ID', start: 8, end: 20 },
];

/** Decode the header; pushes its segments and diagnostics, returns undefined when shorter than 20 bytes. */
export function decodeStunHeader(
  bytes: Uint8Array,
  segments: StunByteSegment[],
  diagnostics: Diagnostic[],
): StunHeader | undefined {
  if (bytes.length < STUN_HEADER_LENGTH) {
    for (const field of FIELDS) {
      if (field.end <= bytes.length)
        segments.push({
          ...field,
          value: `0x${bytesToHex(bytes.subarray(field.start, field.end))}`,
        });
      else if (field.start < bytes.length)
        segments.push({
          kind: 'truncated',
          name: `${field.name} (truncated)`,
          start: field.start,
          end: bytes.length,
          value: bytesToHex(bytes.subarray(field.start)),
        });
    }
    const message =
      bytes.length === 0
        ? 'No bytes to decode.'
        : `Truncated: a STUN header is 20 bytes, only ${bytes.length} present (RFC 8489 §5).`;
    diagnostics.push(byteDiagnostic('error', message, 0, bytes.length));
    return undefined;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = view.getUint16(0);
  const length = view.getUint16(2);
  const magicCookie = view.getUint32(4);
  const transactionId = bytes.slice(8, 20);
  const { method, messageClass } = decodeMessageType(type);
  const description = describeMessageType(method, messageClass);
  const values = [
    `0x${type.toString(16).padStart(4, '0')} ${description}`,
    `${length} bytes of attributes`,
    `0x${magicCookie.toString(16).padStart(8, '0')}`,
    bytesToHex(transactionId),
  ];
  FIELDS.forEach((field, i) => segments.push({ ...field, value: values[i] as string }));

  if ((type & 0xc000) !== 0) {
    const channelData = (type & 0xc000) === 0x4000;
    diagnostics.push(
      byteDiagnostic(
        'error',
        channelData
          ? `Not STUN: the first two bits are 01. This looks like TURN ChannelData on channel 0x${type.toString(16)} (RFC 8656 §12.4).`
          : 'Not STUN: the first two bits of a STUN message are zero (RFC 8489 §5).',
        0,
        2,
      ),
    );
  }
  if (length % 4 !== 0) {
    diagnostics.push(
      byteDiagnostic(
        'error',
        `The message length ${length} is not a multiple of 4 (RFC 8489 §5).`,
        2,
        2,
      ),
    );
  }
  if (magicCookie !== MAGIC_COOKIE) {
    diagnostics.push(
      byteDiagnostic(
        'error',
        `The magic cookie is 0x${magicCookie.toString(16).padStart(8, '0')}, not 0x2112a442: not RFC 5389/8489 STUN (RFC 8489 §5).`,
        4,
        4,
      ),
    );
  }
  return { type, method, messageClass, description, length, magicCookie, transactionId };
}
