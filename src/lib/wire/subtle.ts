// The WebCrypto calls the wire decoders make (HMAC, AES-GCM, AES-CTR, SHA-256), typed locally so
// src/lib compiles without the DOM library. Node 20+ and browsers both have globalThis.crypto.
import { webCrypto, type WebCryptoKey } from '../stun/webcrypto';

interface WireSubtle {
  importKey(
    format: 'raw',
    key: Uint8Array,
    algorithm: unknown,
    extractable: boolean,
    usages: readonly string[],
  ): Promise<WebCryptoKey>;
  sign(algorithm: 'HMAC', key: WebCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algorithm: unknown, key: WebCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  encrypt(algorithm: unknown, key: WebCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256' | 'SHA-1', data: Uint8Array): Promise<ArrayBuffer>;
}

function subtle(): WireSubtle {
  return webCrypto().subtle as unknown as WireSubtle;
}

/** HMAC of `data` with `key` (SHA-1 or SHA-256). */
export async function hmac(
  hash: 'SHA-1' | 'SHA-256',
  key: Uint8Array,
  data: Uint8Array,
): Promise<Uint8Array> {
  const k = await subtle().importKey('raw', key, { name: 'HMAC', hash }, false, ['sign']);
  return new Uint8Array(await subtle().sign('HMAC', k, data));
}

/** SHA-256 of the bytes. */
export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', data));
}

/** AES-GCM open: plaintext, or undefined when the tag does not verify. */
export async function aesGcmOpen(
  key: Uint8Array,
  iv: Uint8Array,
  aad: Uint8Array,
  sealed: Uint8Array,
): Promise<Uint8Array | undefined> {
  try {
    const k = await subtle().importKey('raw', key, { name: 'AES-GCM' }, false, ['decrypt']);
    const opened = await subtle().decrypt(
      { name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 },
      k,
      sealed,
    );
    return new Uint8Array(opened);
  } catch {
    return undefined;
  }
}

/** AES in counter mode from a 16-byte initial counter block (RFC 3711 AES-CM): XORs `data` with the key stream. */
export async function aesCounter(
  key: Uint8Array,
  counter: Uint8Array,
  data: Uint8Array,
): Promise<Uint8Array> {
  const k = await subtle().importKey('raw', key, { name: 'AES-CTR' }, false, ['encrypt']);
  return new Uint8Array(await subtle().encrypt({ name: 'AES-CTR', counter, length: 128 }, k, data));
}

/** The concatenation of byte arrays. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Bytes from hex text (pairs of digits; anything else ends the read). */
export function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(Math.floor(hex.length / 2));
  for (let i = 0; i < out.length; i += 1) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16) || 0;
  return out;
}
