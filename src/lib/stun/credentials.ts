// The keys MESSAGE-INTEGRITY is computed with, RFC 8489 §9.2.2 (long-term) and §9.1.1 (short-term).
// Passwords are used as given: RFC 8489 asks for OpaqueString preparation (RFC 8265), which leaves
// ordinary ASCII passwords unchanged; the learner types the exact password.
import { md5 } from './md5';
import { utf8Encode } from './webcrypto';

/** Short-term credential key: the password's UTF-8 bytes (RFC 8489 §9.1.1; ICE uses the remote ice-pwd). */
export function shortTermKey(password: string): Uint8Array {
  return utf8Encode(password);
}

/** Long-term credential key: MD5(username ":" realm ":" password) (RFC 8489 §9.2.2, used by TURN). */
export function longTermKey(username: string, realm: string, password: string): Uint8Array {
  return md5(utf8Encode(`${username}:${realm}:${password}`));
}
