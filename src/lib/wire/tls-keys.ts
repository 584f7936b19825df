// The TLS 1.2 key schedule as DTLS-SRTP uses it: the PRF (RFC 5246 §5), the key block for
// AES-128-GCM records (RFC 5246 §6.3, RFC 5288 §3) and the SRTP keying material exporter
// (RFC 5705 §4, RFC 5764 §4.2).
import { concatBytes, hmac } from './subtle';
import { utf8Encode } from '../stun/webcrypto';

/** PRF(secret, label, seed) = P_SHA256(secret, label + seed), `length` bytes (RFC 5246 §5). */
export async function tlsPrf(
  secret: Uint8Array,
  label: string,
  seed: Uint8Array,
  length: number,
): Promise<Uint8Array> {
  const labelSeed = concatBytes(utf8Encode(label), seed);
  const out: Uint8Array[] = [];
  let a = labelSeed;
  let total = 0;
  while (total < length) {
    a = await hmac('SHA-256', secret, a);
    const block = await hmac('SHA-256', secret, concatBytes(a, labelSeed));
    out.push(block);
    total += block.length;
  }
  return concatBytes(...out).slice(0, length);
}

/** The record keys of TLS_ECDHE_*_WITH_AES_128_GCM_SHA256: a 16-byte key and a 4-byte implicit nonce per side. */
export interface RecordKeys {
  clientKey: Uint8Array;
  serverKey: Uint8Array;
  clientIv: Uint8Array;
  serverIv: Uint8Array;
  keyBlock: Uint8Array;
}

/** key_block = PRF(master_secret, "key expansion", server_random + client_random), cut for AES-128-GCM (no MAC keys). */
export async function recordKeys(
  masterSecret: Uint8Array,
  clientRandom: Uint8Array,
  serverRandom: Uint8Array,
): Promise<RecordKeys> {
  const keyBlock = await tlsPrf(
    masterSecret,
    'key expansion',
    concatBytes(serverRandom, clientRandom),
    40,
  );
  return {
    clientKey: keyBlock.slice(0, 16),
    serverKey: keyBlock.slice(16, 32),
    clientIv: keyBlock.slice(32, 36),
    serverIv: keyBlock.slice(36, 40),
    keyBlock,
  };
}

/** SRTP master keys and salts for both sides (AES128_CM_HMAC_SHA1_80: 16-byte keys, 14-byte salts). */
export interface SrtpMasterKeys {
  clientKey: Uint8Array;
  serverKey: Uint8Array;
  clientSalt: Uint8Array;
  serverSalt: Uint8Array;
  exported: Uint8Array;
}

/** Export "EXTRACTOR-dtls_srtp" (RFC 5705 §4) and split it as RFC 5764 §4.2 lays it out: keys, then salts. */
export async function srtpMasterKeys(
  masterSecret: Uint8Array,
  clientRandom: Uint8Array,
  serverRandom: Uint8Array,
): Promise<SrtpMasterKeys> {
  const exported = await tlsPrf(
    masterSecret,
    'EXTRACTOR-dtls_srtp',
    concatBytes(clientRandom, serverRandom),
    60,
  );
  return {
    clientKey: exported.slice(0, 16),
    serverKey: exported.slice(16, 32),
    clientSalt: exported.slice(32, 46),
    serverSalt: exported.slice(46, 60),
    exported,
  };
}
