// Certificate fingerprints as SDP writes them (RFC 8122 §5): a hash of the certificate's DER
// bytes in upper-case hex pairs joined by colons. Computed here with WebCrypto, read from an
// SDP's a=fingerprint lines, and a byte of one flipped on purpose (the lab's tamper toggle).

/** One `a=fingerprint` line: the hash function's name and the colon-hex value. */
export interface SdpFingerprint {
  algorithm: string;
  value: string;
}

interface DigestCrypto {
  subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
}

/** Bytes as the SDP writes a fingerprint: `AB:CD:…`, upper case. */
export function formatFingerprint(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':');
}

/** A fingerprint written any way (lower case, spaces) in the SDP's form, for comparison. */
export function normalizeFingerprint(value: string): string {
  return value.trim().toUpperCase().replace(/\s+/g, '');
}

/** The DER bytes of a base64 certificate (the `base64Certificate` of a `certificate` stat). */
export function base64ToBytes(base64: string): Uint8Array {
  const text = (globalThis as unknown as { atob(data: string): string }).atob(base64);
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** SHA-256 over the certificate's DER bytes with WebCrypto, written as an SDP fingerprint. */
export async function sha256Fingerprint(der: Uint8Array): Promise<string> {
  const crypto = (globalThis as { crypto?: DigestCrypto }).crypto;
  if (!crypto?.subtle) throw new Error('WebCrypto (crypto.subtle) is not available here');
  return formatFingerprint(new Uint8Array(await crypto.subtle.digest('SHA-256', der)));
}

/** Every `a=fingerprint` line of an SDP, session and media level, in order. */
export function sdpFingerprints(sdp: string): SdpFingerprint[] {
  const found: SdpFingerprint[] = [];
  for (const line of sdp.split(/\r?\n/)) {
    const match = /^a=fingerprint:(\S+)\s+(\S+)/.exec(line);
    if (match) found.push({ algorithm: match[1]!.toLowerCase(), value: match[2]! });
  }
  return found;
}

/**
 * The SDP with the first byte of every `a=fingerprint` value changed (its low bit flipped), the
 * same change in each line so the description stays consistent: only the certificate check can
 * tell. Returns the SDP unchanged when it has no fingerprint.
 */
export function flipFingerprintByte(sdp: string): string {
  return sdp.replace(
    /^(a=fingerprint:\S+\s+)([0-9A-Fa-f]{2})/gm,
    (_, head: string, hex: string) => {
      const flipped = (Number.parseInt(hex, 16) ^ 0x01).toString(16).padStart(2, '0');
      return head + (hex === hex.toUpperCase() ? flipped.toUpperCase() : flipped);
    },
  );
}
