// The TLS 1.2 key schedule as DTLS-SRTP uses it: the PRF (RFC 5246 §5), the key block for
// AES-128-GCM records (RFC 5246 §6.3, RFC 5288 §3) and the SRTP keying material exporter
// (RFC 5705 §4, RFC 5764 §4.2).
import { concatBytes, hmac } from './subtle';
import { utf8Encode } from '../stun/webcrypto';

/** One round of P_SHA256 (RFC 5246 §5): A(i) = HMAC(secret, A(i-1)), output HMAC(secret, A(i) + seed). */
export interface PrfRound {
  a: Uint8Array;
  output: Uint8Array;
}

/** The PRF worked through: the seed it hashes (label + seed), each round, and the cut result. */
export interface PrfSteps {
  label: string;
  labelSeed: Uint8Array;
  rounds: PrfRound[];
  result: Uint8Array;
}

/** PRF(secret, label, seed) = P_SHA256(secret, label + seed), `length` bytes, with every round kept. */
export async function tlsPrfSteps(
  secret: Uint8Array,
  label: string,
  seed: Uint8Array,
  length: number,
): Promise<PrfSteps> {
  const labelSeed = concatBytes(utf8Encode(label), seed);
  const rounds: PrfRound[] = [];
  let a = labelSeed;
  let total = 0;
  while (total < length) {
    a = await hmac('SHA-256', secret, a);
    const output = await hmac('SHA-256', secret, concatBytes(a, labelSeed));
    rounds.push({ a, output });
    total += output.length;
  }
  const result = concatBytes(...rounds.map((r) => r.output)).slice(0, length);
  return { label, labelSeed, rounds, result };
}

/** PRF(secret, label, seed) = P_SHA256(secret, label + seed), `length` bytes (RFC 5246 §5). */
export async function tlsPrf(
  secret: Uint8Array,
  label: string,
  seed: Uint8Array,
  length: number,
): Promise<Uint8Array> {
  return (await tlsPrfSteps(secret, label, seed, length)).result;
}

/** The record keys of TLS_ECDHE_*_WITH_AES_128_GCM_SHA256: a 16-byte key and a 4-byte implicit nonce per side. */
export interface RecordKeys {
  clientKey: Uint8Array;
  serverKey: Uint8Array;
  clientIv: Uint8Array;
  serverIv: Uint8Array;
  keyBlock: Uint8Array;
  /** The PRF's rounds that made the key block. */
  steps: PrfSteps;
}

/** key_block = PRF(master_secret, "key expansion", server_random + client_random), cut for AES-128-GCM (no MAC keys). */
export async function recordKeys(
  masterSecret: Uint8Array,
  clientRandom: Uint8Array,
  serverRandom: Uint8Array,
): Promise<RecordKeys> {
  const steps = await tlsPrfSteps(
    masterSecret,
    'key expansion',
    concatBytes(serverRandom, clientRandom),
    40,
  );
  const keyBlock = steps.result;
  return {
    clientKey: keyBlock.slice(0, 16),
    serverKey: keyBlock.slice(16, 32),
    clientIv: keyBlock.slice(32, 36),
    serverIv: keyBlock.slice(36, 40),
    keyBlock,
    steps,
  };
}

/** SRTP master keys and salts for both sides (AES128_CM_HMAC_SHA1_80: 16-byte keys, 14-byte salts). */
export interface SrtpMasterKeys {
  clientKey: Uint8Array;
  serverKey: Uint8Array;
  clientSalt: Uint8Array;
  serverSalt: Uint8Array;
  exported: Uint8Array;
  /** The PRF's rounds that made the exported bytes. */
  steps: PrfSteps;
}

/** Export "EXTRACTOR-dtls_srtp" (RFC 5705 §4) and split it as RFC 5764 §4.2 lays it out: keys, then salts. */
export async function srtpMasterKeys(
  masterSecret: Uint8Array,
  clientRandom: Uint8Array,
  serverRandom: Uint8Array,
): Promise<SrtpMasterKeys> {
  const steps = await tlsPrfSteps(
    masterSecret,
    'EXTRACTOR-dtls_srtp',
    concatBytes(clientRandom, serverRandom),
    60,
  );
  const exported = steps.result;
  return {
    clientKey: exported.slice(0, 16),
    serverKey: exported.slice(16, 32),
    clientSalt: exported.slice(32, 46),
    serverSalt: exported.slice(46, 60),
    exported,
    steps,
  };
}
