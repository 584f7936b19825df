// Variable-length values: UTF-8 text (USERNAME, REALM, NONCE, SOFTWARE), opaque bytes (DATA and
// the attributes the course does not take apart), and the two HMACs (RFC 8489 §14.5, §14.6).
import { bytesToHex } from '../../hex';
import type { StunValueCodec } from '../value-codec';
import { wrongLength } from '../value-codec';
import { utf8Decode, utf8Encode } from '../webcrypto';

/** Hex of at most 32 bytes, then the total length. */
function formatBytes(bytes: Uint8Array): string {
  return bytes.length > 32
    ? `${bytesToHex(bytes.subarray(0, 32))}… (${bytes.length} bytes)`
    : bytesToHex(bytes);
}

/** USERNAME, REALM, NONCE, SOFTWARE, ALTERNATE-DOMAIN: UTF-8 text. */
export const TEXT_CODEC: StunValueCodec<'text'> = {
  kind: 'text',
  decode(bytes) {
    const { text, valid } = utf8Decode(bytes);
    const value = { kind: 'text', text } as const;
    return valid
      ? { value, fields: [] }
      : { value, fields: [], warning: 'The text is not valid UTF-8.' };
  },
  encode: (value) => utf8Encode(value.text),
  format: (value) => JSON.stringify(value.text),
  example: { kind: 'text', text: 'STUN test client' },
};

/** DATA and every attribute the course does not take apart: the bytes as they are. */
export const BYTES_CODEC: StunValueCodec<'bytes'> = {
  kind: 'bytes',
  decode: (bytes) => ({ value: { kind: 'bytes', bytes: bytes.slice() }, fields: [] }),
  encode: (value) => value.bytes.slice(),
  format: (value) => formatBytes(value.bytes),
  example: { kind: 'bytes', bytes: new Uint8Array([1, 2, 3, 4, 5]) },
};

/** MESSAGE-INTEGRITY: a 20-byte HMAC-SHA1 (RFC 8489 §14.5). */
export const HMAC_SHA1_CODEC: StunValueCodec<'hmac-sha1'> = {
  kind: 'hmac-sha1',
  decode(bytes) {
    const problem = wrongLength(bytes, 20, 'MESSAGE-INTEGRITY');
    if (problem) return { error: problem };
    return { value: { kind: 'hmac-sha1', bytes: bytes.slice() }, fields: [] };
  },
  encode: (value) => value.bytes.slice(),
  format: (value) => formatBytes(value.bytes),
  example: { kind: 'hmac-sha1', bytes: Uint8Array.from({ length: 20 }, (_, i) => i * 11) },
};

/** MESSAGE-INTEGRITY-SHA256: an HMAC-SHA256 cut to 16..32 bytes in steps of 4 (RFC 8489 §14.6). */
export const HMAC_SHA256_CODEC: StunValueCodec<'hmac-sha256'> = {
  kind: 'hmac-sha256',
  decode(bytes) {
    if (bytes.length < 16 || bytes.length > 32 || bytes.length % 4 !== 0)
      return {
        error: `MESSAGE-INTEGRITY-SHA256 is 16 to 32 bytes in steps of 4, found ${bytes.length} (RFC 8489 §14.6).`,
      };
    return { value: { kind: 'hmac-sha256', bytes: bytes.slice() }, fields: [] };
  },
  encode: (value) => value.bytes.slice(),
  format: (value) => formatBytes(value.bytes),
  example: { kind: 'hmac-sha256', bytes: Uint8Array.from({ length: 32 }, (_, i) => 255 - i) },
};
