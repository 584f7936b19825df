// Time-limited TURN credentials in the "TURN REST API" convention that coturn's
// `use-auth-secret` mode checks (draft-uberti-behave-turn-rest-00): the username is
// `<expiry in Unix seconds>:<user>` and the password is base64(HMAC-SHA1(secret, username)).
// WebCrypto only, so the classroom server and an in-page lab compute the same thing.
import { hmacSha1 } from '../stun/hmac';
import { utf8Encode } from '../stun/webcrypto';

/** A username and credential for an RTCIceServer, valid until `expiresAt` (Unix seconds). */
export interface TurnRestCredentials {
  username: string;
  credential: string;
  expiresAt: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (RFC 4648 §4, with padding) of some bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63]! : '=';
  }
  return out;
}

/**
 * Credentials for `user` under the shared `secret`, expiring `ttlSeconds` after `nowMs`.
 * coturn refuses them once the expiry has passed (also on an allocation's refresh).
 */
export async function turnRestCredentials(
  secret: string,
  user: string,
  ttlSeconds: number,
  nowMs: number,
): Promise<TurnRestCredentials> {
  const expiresAt = Math.floor(nowMs / 1000) + Math.floor(ttlSeconds);
  const username = `${expiresAt}:${user}`;
  const mac = await hmacSha1(utf8Encode(secret), utf8Encode(username));
  return { username, credential: bytesToBase64(mac), expiresAt };
}
