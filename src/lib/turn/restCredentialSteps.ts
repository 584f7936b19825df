// The TURN REST credentials of restCredentials.ts taken apart for a learner: the expiry, the
// username, the HMAC-SHA1 bytes and their base64, and why a TURN server in `use-auth-secret` mode
// refused a pair of them (expired, or signed with another secret).
import { bytesToHex } from '../hex';
import { hmacSha1 } from '../stun/hmac';
import { utf8Encode } from '../stun/webcrypto';
import { turnRestCredentials } from './restCredentials';
import { explainTurnFailure, type TurnFailure } from './turn-errors';

/** The shared secret of `npm run turn -- --secret …` that the lab uses by default (development only). */
export const DEV_TURN_SECRET = 'course-rest-secret';

/** Each step of making one pair of time-limited credentials. */
export interface TurnRestSteps {
  /** Unix seconds after which the server refuses the credentials. */
  expiresAt: number;
  /** `<expiresAt>:<user>`. */
  username: string;
  /** HMAC-SHA1(secret, username), 20 bytes as lowercase hex. */
  macHex: string;
  /** base64 of those 20 bytes: the password (RTCIceServer `credential`). */
  password: string;
}

/** The steps for `user` under `secret`, valid for `lifetimeSeconds` from `nowMs` (negative: already expired). */
export async function turnRestSteps(
  secret: string,
  user: string,
  lifetimeSeconds: number,
  nowMs: number,
): Promise<TurnRestSteps> {
  const made = await turnRestCredentials(secret, user, lifetimeSeconds, nowMs);
  // The same HMAC again, kept as bytes for the hex step (restCredentials returns only its base64).
  const mac = await hmacSha1(utf8Encode(secret), utf8Encode(made.username));
  return {
    expiresAt: made.expiresAt,
    username: made.username,
    macHex: bytesToHex(mac),
    password: made.credential,
  };
}

/** A Unix time in seconds as an ISO 8601 date in UTC, without milliseconds. */
export function unixToIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** The browser's errorText in quotes, or that it gave none (Firefox leaves it empty). */
export function quoted(errorText: string): string {
  return errorText.trim() === '' ? '(with an empty errorText)' : `“${errorText}”`;
}

/** Why the server refused these credentials: `expired` or `secret` (the HMAC did not match). */
export function refusalCause(expiresAt: number, nowMs: number): 'expired' | 'secret' {
  return expiresAt * 1000 <= nowMs ? 'expired' : 'secret';
}

/** The reason in words for each cause, as coturn checks them. */
function causeInWords(expiresAt: number, nowMs: number): string {
  const ago = Math.round(nowMs / 1000 - expiresAt);
  if (refusalCause(expiresAt, nowMs) === 'expired') {
    return (
      `The username says the credentials expired at ${unixToIso(expiresAt)}, ${ago} s before this ` +
      'attempt. coturn reads the number before the colon, compares it with its own clock and ' +
      'refuses the Allocate with 401 once it has passed, whatever the password.'
    );
  }
  return (
    `The expiry (${unixToIso(expiresAt)}) is still ahead, so the password is what failed: the server ` +
    'recomputed HMAC-SHA1 over the username with its own secret (`--secret` of `npm run turn`) and ' +
    'got other bytes, so the message integrity the browser sent did not match and it answered 401. ' +
    'The secret you typed is not the server’s.'
  );
}

/**
 * The lab's code and message for a relay attempt with REST credentials that failed. A 401 (or,
 * in a browser that does not report it, gathering that ended without a relay candidate and without
 * an error) is explained by the credentials' expiry; anything else is what `explainTurnFailure` says.
 */
export function explainCredentialFailure(
  failure: TurnFailure,
  expiresAt: number,
  nowMs: number,
): { code: string; message: string } {
  const plain = explainTurnFailure(failure);
  const refusal = failure.errors.find((e) => e.errorCode === 401);
  if (plain.code === '401' && refusal) {
    return {
      code: '401',
      message:
        `No relay candidate: this browser reported icecandidateerror 401 ${quoted(refusal.errorText)} from ` +
        `${refusal.url} (Unauthorized, RFC 8489 §9.2): the server refused the credentials after ` +
        `checking them. ${causeInWords(expiresAt, nowMs)}`,
    };
  }
  if (plain.code === 'no-relay' && failure.errors.length === 0) {
    return {
      code: 'no-relay',
      message:
        `Gathering ended without a relay candidate from ${failure.url}, and this browser reported no ` +
        'icecandidateerror: it does not pass the server’s 401 on to the page. The server did answer, ' +
        `so it refused the credentials. ${causeInWords(expiresAt, nowMs)}`,
    };
  }
  return plain;
}
