// Encoding STUN/TURN messages (RFC 8489 §5, §14): header, attributes padded to 4 bytes, then
// optionally MESSAGE-INTEGRITY, MESSAGE-INTEGRITY-SHA256 and FINGERPRINT, in that order (§14.5-§14.7).
import { lookupStunAttribute, stunAttributeType } from './attribute-registry';
import { MAGIC_COOKIE, STUN_HEADER_LENGTH, TRANSACTION_ID_LENGTH } from './constants';
import { computeFingerprint } from './fingerprint';
import { computeMessageIntegrity } from './integrity';
import { encodeMessageType } from './message-type-field';
import type { StunAttribute, StunMessage } from './stun-message';
import { stunValueCodec } from './attribute-value';

/** What to append after the listed attributes. */
export interface StunEncodeOptions {
  /** Key for MESSAGE-INTEGRITY (HMAC-SHA1): shortTermKey() or longTermKey(). */
  integrityKey?: Uint8Array;
  /** Key for MESSAGE-INTEGRITY-SHA256. */
  integritySha256Key?: Uint8Array;
  fingerprint?: boolean;
}

/** Encode a message with its listed attributes and, if asked, FINGERPRINT (no integrity: see buildStunMessage). Throws RangeError on bad input. */
export function encodeStunMessage(
  message: StunMessage,
  options: { fingerprint?: boolean } = {},
): Uint8Array {
  const bytes = encodeBody(message);
  return options.fingerprint ? appendFingerprint(bytes) : bytes;
}

/** Encode a message and append MESSAGE-INTEGRITY, MESSAGE-INTEGRITY-SHA256 and FINGERPRINT as asked. */
export async function buildStunMessage(
  message: StunMessage,
  options: StunEncodeOptions = {},
): Promise<Uint8Array> {
  let bytes = encodeStunMessage(message);
  if (options.integrityKey)
    bytes = await appendIntegrity(bytes, 'MESSAGE-INTEGRITY', options.integrityKey, 'sha1', 20);
  if (options.integritySha256Key)
    bytes = await appendIntegrity(
      bytes,
      'MESSAGE-INTEGRITY-SHA256',
      options.integritySha256Key,
      'sha256',
      32,
    );
  return options.fingerprint ? appendFingerprint(bytes) : bytes;
}

function encodeBody(message: StunMessage): Uint8Array {
  if (message.transactionId.length !== TRANSACTION_ID_LENGTH) {
    throw new RangeError(
      `A transaction ID is ${TRANSACTION_ID_LENGTH} bytes, got ${message.transactionId.length}`,
    );
  }
  const values = message.attributes.map((attribute) => ({
    type: attribute.type,
    value: encodeValue(attribute, message.transactionId),
  }));
  const bodyLength = values.reduce(
    (sum, { value }) => sum + 4 + Math.ceil(value.length / 4) * 4,
    0,
  );
  if (bodyLength > 0xffff - 20) throw new RangeError('The attributes do not fit in a STUN message');
  const bytes = new Uint8Array(STUN_HEADER_LENGTH + bodyLength);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, encodeMessageType(message.method, message.messageClass));
  view.setUint16(2, bodyLength);
  view.setUint32(4, MAGIC_COOKIE);
  bytes.set(message.transactionId, 8);
  let offset = STUN_HEADER_LENGTH;
  for (const { type, value } of values) {
    view.setUint16(offset, type);
    view.setUint16(offset + 2, value.length);
    bytes.set(value, offset + 4);
    offset += 4 + Math.ceil(value.length / 4) * 4; // RFC 8489 §14: padding bytes are zero here
  }
  return bytes;
}

/** The value's bytes, written by the codec the attribute table names for its type (by its own kind for unknown types). */
function encodeValue({ type, value }: StunAttribute, transactionId: Uint8Array): Uint8Array {
  const entry = lookupStunAttribute(type);
  if (entry && entry.codec.kind !== value.kind)
    throw new RangeError(`${entry.name} carries a ${entry.codec.kind} value, not ${value.kind}.`);
  return (entry?.codec ?? stunValueCodec(value.kind)).encode(value, transactionId);
}

function appendAttribute(bytes: Uint8Array, type: number, value: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 4 + value.length);
  out.set(bytes);
  const view = new DataView(out.buffer);
  view.setUint16(bytes.length, type);
  view.setUint16(bytes.length + 2, value.length);
  out.set(value, bytes.length + 4);
  view.setUint16(2, out.length - STUN_HEADER_LENGTH);
  return out;
}

async function appendIntegrity(
  bytes: Uint8Array,
  name: 'MESSAGE-INTEGRITY' | 'MESSAGE-INTEGRITY-SHA256',
  key: Uint8Array,
  algorithm: 'sha1' | 'sha256',
  size: number,
): Promise<Uint8Array> {
  const mac = await computeMessageIntegrity(bytes, bytes.length, key, algorithm, size);
  return appendAttribute(bytes, stunAttributeType(name), mac);
}

function appendFingerprint(bytes: Uint8Array): Uint8Array {
  const value = new Uint8Array(4);
  new DataView(value.buffer).setUint32(0, computeFingerprint(bytes, bytes.length));
  return appendAttribute(bytes, stunAttributeType('FINGERPRINT'), value);
}
