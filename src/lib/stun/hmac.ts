// HMAC (RFC 2104) through WebCrypto, for STUN MESSAGE-INTEGRITY (HMAC-SHA1, RFC 8489 §14.5)
// and MESSAGE-INTEGRITY-SHA256 (RFC 8489 §14.6).
import { webCrypto } from './webcrypto';

/** HMAC-SHA1 of the data under the key: 20 bytes (RFC 8489 §14.5). */
export async function hmacSha1(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  return hmac('SHA-1', key, data);
}

/** HMAC-SHA256 of the data under the key: 32 bytes (RFC 8489 §14.6). */
export async function hmacSha256(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  return hmac('SHA-256', key, data);
}

async function hmac(
  hash: 'SHA-1' | 'SHA-256',
  key: Uint8Array,
  data: Uint8Array,
): Promise<Uint8Array> {
  const { subtle } = webCrypto();
  // WebCrypto refuses an empty HMAC key; RFC 2104 pads any key to the block size, so an
  // all-zero one-byte key gives the same MAC as the empty key.
  const keyBytes = key.length === 0 ? new Uint8Array(1) : key;
  const cryptoKey = await subtle.importKey('raw', keyBytes, { name: 'HMAC', hash }, false, [
    'sign',
  ]);
  return new Uint8Array(await subtle.sign('HMAC', cryptoKey, data));
}
