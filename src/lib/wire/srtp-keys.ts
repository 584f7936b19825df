// SRTP's key derivation (RFC 3711 §4.3.1, with the AES-CM PRF of §4.3.3) and its AES-CM key
// stream (§4.1.1), for AES128_CM_HMAC_SHA1_80: from a master key and salt to the six session keys.
import { aesCounter, concatBytes } from './subtle';

/** Session keys of one direction: SRTP and SRTCP each get an encryption key, an auth key and a salt. */
export interface SrtpSessionKeys {
  rtpKey: Uint8Array;
  rtpAuth: Uint8Array;
  rtpSalt: Uint8Array;
  rtcpKey: Uint8Array;
  rtcpAuth: Uint8Array;
  rtcpSalt: Uint8Array;
}

/** AES-CM key stream of `length` bytes from a 14-byte salt, an SSRC and a 48-bit packet index (RFC 3711 §4.1.1). */
export async function aesCmKeystream(
  key: Uint8Array,
  salt: Uint8Array,
  ssrc: number,
  index: number,
  length: number,
): Promise<Uint8Array> {
  return aesCounter(key, counterBlock(salt, ssrc, index), new Uint8Array(length));
}

/** IV = (salt * 2^16) XOR (SSRC * 2^64) XOR (index * 2^16), as a 16-byte counter block. */
export function counterBlock(salt: Uint8Array, ssrc: number, index: number): Uint8Array {
  const iv = new Uint8Array(16);
  iv.set(salt.subarray(0, 14), 0);
  for (let i = 0; i < 4; i += 1) iv[4 + i]! ^= (ssrc >>> (24 - 8 * i)) & 0xff;
  let rest = index;
  for (let i = 13; i >= 8; i -= 1) {
    iv[i]! ^= rest % 256;
    rest = Math.floor(rest / 256);
  }
  return iv;
}

/** One session key: AES-CM of the master key over (label XOR master salt) * 2^16, key derivation rate 0 (RFC 3711 §4.3.1). */
export async function deriveSessionKey(
  masterKey: Uint8Array,
  masterSalt: Uint8Array,
  label: number,
  length: number,
): Promise<Uint8Array> {
  return aesCounter(masterKey, kdfCounter(masterSalt, label), new Uint8Array(length));
}

/** The KDF's counter block: x = master salt XOR (label * 2^48), then x * 2^16 (two zero bytes), key derivation rate 0. */
export function kdfCounter(masterSalt: Uint8Array, label: number): Uint8Array {
  const x = masterSalt.slice(0, 14);
  x[7]! ^= label;
  return concatBytes(x, new Uint8Array(2));
}

/** The six session keys for labels 0 to 5. */
export async function srtpSessionKeys(
  masterKey: Uint8Array,
  masterSalt: Uint8Array,
): Promise<SrtpSessionKeys> {
  const [rtpKey, rtpAuth, rtpSalt, rtcpKey, rtcpAuth, rtcpSalt] = await Promise.all(
    [16, 20, 14, 16, 20, 14].map((length, label) =>
      deriveSessionKey(masterKey, masterSalt, label, length),
    ),
  );
  return {
    rtpKey: rtpKey!,
    rtpAuth: rtpAuth!,
    rtpSalt: rtpSalt!,
    rtcpKey: rtcpKey!,
    rtcpAuth: rtcpAuth!,
    rtcpSalt: rtcpSalt!,
  };
}
