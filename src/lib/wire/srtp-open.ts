// Opening SRTP and SRTCP packets with AES128_CM_HMAC_SHA1_80 (RFC 3711 §3.1, §3.4): check the
// 80-bit HMAC-SHA1 tag, then XOR the payload with the AES-CM key stream.
import { aesCmKeystream, type SrtpSessionKeys } from './srtp-keys';
import { concatBytes, hmac } from './subtle';

const TAG = 10;

/** The outcome of opening one packet: whether the tag verified and the decrypted bytes. */
export interface OpenedMedia {
  authentic: boolean;
  /** The decrypted payload (SRTP) or the decrypted RTCP after the first 8 bytes (SRTCP). */
  plaintext: Uint8Array;
  /** The packet index used: ROC * 65536 + SEQ for SRTP, the SRTCP index for SRTCP. */
  index: number;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Open an SRTP packet whose header is `headerLength` bytes, with rollover counter `roc`. */
export async function openSrtp(
  packet: Uint8Array,
  headerLength: number,
  keys: SrtpSessionKeys,
  roc: number,
): Promise<OpenedMedia | undefined> {
  if (packet.length < headerLength + TAG || packet.length < 12) return undefined;
  const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
  const seq = view.getUint16(2);
  const ssrc = view.getUint32(8);
  const authenticated = packet.subarray(0, packet.length - TAG);
  const rocBytes = new Uint8Array(4);
  new DataView(rocBytes.buffer).setUint32(0, roc >>> 0);
  const mac = await hmac('SHA-1', keys.rtpAuth, concatBytes(authenticated, rocBytes));
  const authentic = equal(mac.subarray(0, TAG), packet.subarray(packet.length - TAG));
  const index = roc * 65536 + seq;
  const payload = packet.subarray(headerLength, packet.length - TAG);
  const stream = await aesCmKeystream(keys.rtpKey, keys.rtpSalt, ssrc, index, payload.length);
  return { authentic, plaintext: payload.map((b, i) => b ^ stream[i]!), index };
}

/** Open an SRTCP packet: the E flag and 31-bit index sit before the tag. */
export async function openSrtcp(
  packet: Uint8Array,
  keys: SrtpSessionKeys,
): Promise<OpenedMedia | undefined> {
  if (packet.length < 8 + 4 + TAG) return undefined;
  const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
  const ssrc = view.getUint32(4);
  const eAndIndex = view.getUint32(packet.length - TAG - 4);
  const index = eAndIndex & 0x7fffffff;
  const mac = await hmac('SHA-1', keys.rtcpAuth, packet.subarray(0, packet.length - TAG));
  const authentic = equal(mac.subarray(0, TAG), packet.subarray(packet.length - TAG));
  const body = packet.subarray(8, packet.length - TAG - 4);
  if (!(eAndIndex & 0x80000000)) return { authentic, plaintext: body.slice(), index };
  const stream = await aesCmKeystream(keys.rtcpKey, keys.rtcpSalt, ssrc, index, body.length);
  return { authentic, plaintext: body.map((b, i) => b ^ stream[i]!), index };
}
