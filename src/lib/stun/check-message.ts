// Checking a received message's MESSAGE-INTEGRITY, MESSAGE-INTEGRITY-SHA256 and FINGERPRINT with
// the right key: long-term (RFC 8489 §9.2.2) when the message carries a REALM, short-term
// (RFC 8489 §9.1.1) otherwise.
import { bytesToHex } from '../hex';
import { longTermKey, shortTermKey } from './credentials';
import { decodeStunMessage } from './decode-message';
import { verifyFingerprint, type FingerprintCheck } from './fingerprint';
import type { StunAttributeName } from './attribute-registry';
import { INTEGRITY_ATTRIBUTE, verifyMessageIntegrity, type IntegrityAlgorithm } from './integrity';

/** One integrity attribute: whether it is there, whether it could be checked, and the outcome. */
export interface IntegrityOutcome {
  present: boolean;
  /** False when there was no password to check it with. */
  checked: boolean;
  valid: boolean;
  expectedHex: string | undefined;
  actualHex: string | undefined;
}

/** Everything a receiver checks before trusting a message. */
export interface StunMessageCheck {
  /** Which credential mechanism the key was derived for. */
  credentials: 'short-term' | 'long-term';
  /** For long-term credentials: the username and realm the key was built from. */
  username: string | undefined;
  realm: string | undefined;
  integrity: IntegrityOutcome;
  integritySha256: IntegrityOutcome;
  fingerprint: FingerprintCheck;
}

/** Check integrity (with `password`, when given) and FINGERPRINT of a message; never rejects on bad bytes. */
export async function checkStunMessage(
  bytes: Uint8Array,
  password: string | undefined,
): Promise<StunMessageCheck> {
  const attributes = decodeStunMessage(bytes).message?.attributes ?? [];
  const text = (name: StunAttributeName) => {
    const value = attributes.find((a) => a.name === name)?.value;
    return value?.kind === 'text' ? value.text : undefined;
  };
  const realm = text('REALM');
  const username = realm === undefined ? undefined : (text('USERNAME') ?? '');
  const credentials = realm === undefined ? 'short-term' : 'long-term';
  const key =
    password === undefined || password === ''
      ? undefined
      : realm === undefined
        ? shortTermKey(password)
        : longTermKey(username ?? '', realm, password);
  const outcome = async (algorithm: IntegrityAlgorithm): Promise<IntegrityOutcome> => {
    const attribute = attributes.find((a) => a.name === INTEGRITY_ATTRIBUTE[algorithm]);
    const actualHex = attribute ? bytesToHex(attribute.raw) : undefined;
    if (!attribute || !key)
      return {
        present: !!attribute,
        checked: false,
        valid: false,
        expectedHex: undefined,
        actualHex,
      };
    const check = await verifyMessageIntegrity(bytes, key, algorithm);
    return { ...check, checked: check.expectedHex !== undefined };
  };
  return {
    credentials,
    username,
    realm,
    integrity: await outcome('sha1'),
    integritySha256: await outcome('sha256'),
    fingerprint: verifyFingerprint(bytes),
  };
}
