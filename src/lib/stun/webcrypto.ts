// The slice of WebCrypto and the Encoding API this library uses, typed here so that src/lib
// compiles without the DOM library and without Node types. Both Node 24 and browsers expose
// them on globalThis. Declared as local interfaces (not an ambient `declare var crypto`) so that
// code compiled with the DOM lib elsewhere in the project sees no conflicting global.

/** An opaque WebCrypto key handle. */
export interface WebCryptoKey {
  readonly type: string;
}

/** The `crypto.subtle` methods used for HMAC (RFC 2104) in STUN MESSAGE-INTEGRITY. */
export interface MinimalSubtleCrypto {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'HMAC'; hash: 'SHA-1' | 'SHA-256' },
    extractable: boolean,
    usages: readonly 'sign'[],
  ): Promise<WebCryptoKey>;
  sign(algorithm: 'HMAC', key: WebCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
}

interface MinimalCrypto {
  subtle: MinimalSubtleCrypto;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

interface TextCodecs {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (
    label?: string,
    options?: { fatal?: boolean },
  ) => { decode(bytes: Uint8Array): string };
}

/** The runtime's WebCrypto object (globalThis.crypto in Node 24 and browsers); throws when absent. */
export function webCrypto(): MinimalCrypto {
  const crypto = (globalThis as { crypto?: MinimalCrypto }).crypto;
  if (!crypto?.subtle)
    throw new Error('WebCrypto (crypto.subtle) is not available in this runtime');
  return crypto;
}

/** UTF-8 bytes of a string (Encoding API). */
export function utf8Encode(text: string): Uint8Array {
  const { TextEncoder } = globalThis as unknown as TextCodecs;
  return new TextEncoder().encode(text);
}

/** Decode UTF-8; `valid` is false (and U+FFFD replaces bad sequences) when the bytes are not UTF-8. */
export function utf8Decode(bytes: Uint8Array): { text: string; valid: boolean } {
  const { TextDecoder } = globalThis as unknown as TextCodecs;
  const text = new TextDecoder('utf-8').decode(bytes);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, valid: true };
  } catch {
    return { text, valid: false };
  }
}
