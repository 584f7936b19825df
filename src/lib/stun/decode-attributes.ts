// The attribute walk of the STUN decoder (RFC 8489 §14): type, length, value and padding of each
// attribute in turn, each value read by the codec the attribute table names. Every byte walked
// becomes a segment; a cut or unreadable value becomes a diagnostic, never an exception.
import type { Diagnostic } from '../diagnostic';
import { bytesToHex } from '../hex';
import { lookupStunAttribute, stunAttributeName } from './attribute-registry';
import { formatAttributeValue, STUN_VALUE_CODECS } from './attribute-value';
import { byteDiagnostic } from './byte-diagnostic';
import type { DecodedStunAttribute, StunByteSegment } from './stun-message';
import { pushValueSegments } from './value-segments';

/** Where the walk runs and what it appends to. */
export interface AttributeWalk {
  bytes: Uint8Array;
  /** First attribute offset (20, after the header). */
  start: number;
  /** Where the walk stops: the declared end, or the end of the bytes when they are shorter. */
  end: number;
  /** The end the header declares; padding missing before it is an error. */
  declaredEnd: number;
  transactionId: Uint8Array;
  segments: StunByteSegment[];
  diagnostics: Diagnostic[];
}

/** Decode every attribute between `start` and `end`, pushing segments and diagnostics as it goes. */
export function decodeAttributes(walk: AttributeWalk): DecodedStunAttribute[] {
  const attributes: DecodedStunAttribute[] = [];
  let offset = walk.start;
  while (offset < walk.end) {
    if (walk.end - offset < 4) {
      pushCutHeader(walk, offset);
      break;
    }
    const attribute = readAttribute(walk, offset);
    attributes.push(attribute);
    if (attribute.truncated) break;
    offset = Math.min(offset + 4 + Math.ceil(attribute.length / 4) * 4, walk.end);
  }
  return attributes;
}

function pushCutHeader({ bytes, end, segments, diagnostics }: AttributeWalk, offset: number) {
  segments.push({
    kind: 'truncated',
    name: 'Attribute header (truncated)',
    start: offset,
    end,
    value: bytesToHex(bytes.subarray(offset, end)),
  });
  diagnostics.push(
    byteDiagnostic(
      'error',
      `Truncated: an attribute header is 4 bytes, only ${end - offset} left.`,
      offset,
      end - offset,
    ),
  );
}

function readAttribute(walk: AttributeWalk, offset: number): DecodedStunAttribute {
  const { bytes, end, segments, diagnostics } = walk;
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, 4);
  const type = view.getUint16(0);
  const length = view.getUint16(2);
  const entry = lookupStunAttribute(type);
  const name = stunAttributeName(type);
  const valueStart = offset + 4;
  const valueEnd = valueStart + length;
  const truncated = valueEnd > end;
  const raw = bytes.slice(valueStart, Math.min(valueEnd, end));
  const attribute: DecodedStunAttribute = {
    type,
    name,
    entry,
    offset,
    length,
    raw,
    value: undefined,
    truncated,
    ignored: false,
  };
  segments.push(
    {
      kind: 'attribute-type',
      name: `${name} type`,
      start: offset,
      end: offset + 2,
      value: `0x${type.toString(16).padStart(4, '0')}`,
      attribute: name,
    },
    {
      kind: 'attribute-length',
      name: `${name} length`,
      start: offset + 2,
      end: offset + 4,
      value: `${length} bytes`,
      attribute: name,
    },
  );
  if (truncated) {
    if (end > valueStart)
      segments.push({
        kind: 'truncated',
        name: `${name} value (truncated)`,
        start: valueStart,
        end,
        value: bytesToHex(raw),
      });
    const present = Math.max(0, end - valueStart);
    const message = `Truncated: ${name} announces ${length} bytes of value, only ${present} present.`;
    diagnostics.push(byteDiagnostic('error', message, offset + 2, 2));
    return attribute;
  }
  readValue(walk, attribute, valueStart);
  pushPadding(walk, name, valueEnd, valueStart + Math.ceil(length / 4) * 4);
  return attribute;
}

function readValue(walk: AttributeWalk, attribute: DecodedStunAttribute, start: number) {
  const { name, raw, length } = attribute;
  const codec = attribute.entry?.codec ?? STUN_VALUE_CODECS.bytes;
  const decoding = codec.decode(raw, walk.transactionId);
  if ('error' in decoding) {
    walk.diagnostics.push(byteDiagnostic('error', `${name}: ${decoding.error}`, start, length));
    if (length > 0)
      walk.segments.push({
        kind: 'attribute-value',
        name: `${name} value`,
        start,
        end: start + length,
        value: bytesToHex(raw),
        attribute: name,
      });
    return;
  }
  attribute.value = decoding.value;
  if (decoding.warning)
    walk.diagnostics.push(byteDiagnostic('warning', `${name}: ${decoding.warning}`, start, length));
  const text = formatAttributeValue(decoding.value);
  pushValueSegments(walk.segments, name, start, start + length, decoding.fields, text, raw);
}

function pushPadding(walk: AttributeWalk, name: string, valueEnd: number, paddedEnd: number) {
  const { bytes, end, declaredEnd, segments, diagnostics } = walk;
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
    const message = `${name} is not padded to a multiple of 4 bytes (RFC 8489 §14).`;
    diagnostics.push(byteDiagnostic('error', message, valueEnd, 0));
  }
}
