// Building Binding messages (RFC 8489 §6, with the ICE attributes of RFC 8445 §7.1), returned with
// their byte layout so a view can colour each field.
import { shortTermKey } from './credentials';
import { decodeStunMessage } from './decode-message';
import { buildStunMessage } from './encode-message';
import { stunAttributeType } from './attribute-registry';
import { stunMethodCode } from './method-registry';
import type { StunAttribute, StunByteSegment } from './stun-message';
import { webCrypto } from './webcrypto';

/** Optional fields of a Binding request; a bare request needs none (RFC 8489 §6.1). */
export interface BindingRequestOptions {
  transactionId?: Uint8Array;
  software?: string;
  /** ICE: "remote-ufrag:local-ufrag" (RFC 8445 §7.2.2). */
  username?: string;
  /** ICE: the priority of a peer-reflexive candidate from this check (RFC 8445 §7.1.1). */
  priority?: number;
  /** ICE: the controlling agent's tie-breaker (RFC 8445 §7.1.3). */
  iceControlling?: bigint;
  /** ICE: the controlled agent's tie-breaker (RFC 8445 §7.1.3). */
  iceControlled?: bigint;
  /** ICE: nominate the pair (RFC 8445 §7.1.2). */
  useCandidate?: boolean;
  /** Short-term password: adds MESSAGE-INTEGRITY (RFC 8489 §9.1). */
  password?: string;
  /** Add FINGERPRINT (default true, as ICE requires: RFC 8445 §7.2.2). */
  fingerprint?: boolean;
}

/** Encoded bytes with their per-field layout. */
export interface BuiltStunMessage {
  bytes: Uint8Array;
  segments: StunByteSegment[];
}

/** A fresh random 96-bit transaction ID (RFC 8489 §5: cryptographically random). */
export function randomTransactionId(): Uint8Array {
  return webCrypto().getRandomValues(new Uint8Array(12));
}

/** Build a Binding request and its byte layout. */
export async function buildBindingRequest(
  options: BindingRequestOptions = {},
): Promise<BuiltStunMessage> {
  const attributes: StunAttribute[] = [];
  if (options.software !== undefined)
    attributes.push({
      type: stunAttributeType('SOFTWARE'),
      value: { kind: 'text', text: options.software },
    });
  if (options.username !== undefined)
    attributes.push({
      type: stunAttributeType('USERNAME'),
      value: { kind: 'text', text: options.username },
    });
  if (options.priority !== undefined)
    attributes.push({
      type: stunAttributeType('PRIORITY'),
      value: { kind: 'uint32', value: options.priority },
    });
  if (options.iceControlling !== undefined)
    attributes.push({
      type: stunAttributeType('ICE-CONTROLLING'),
      value: { kind: 'uint64', value: options.iceControlling },
    });
  if (options.iceControlled !== undefined)
    attributes.push({
      type: stunAttributeType('ICE-CONTROLLED'),
      value: { kind: 'uint64', value: options.iceControlled },
    });
  if (options.useCandidate)
    attributes.push({ type: stunAttributeType('USE-CANDIDATE'), value: { kind: 'flag' } });
  const bytes = await buildStunMessage(
    {
      method: stunMethodCode('Binding'),
      messageClass: 'request',
      transactionId: options.transactionId ?? randomTransactionId(),
      attributes,
    },
    {
      ...(options.password !== undefined ? { integrityKey: shortTermKey(options.password) } : {}),
      fingerprint: options.fingerprint ?? true,
    },
  );
  return { bytes, segments: decodeStunMessage(bytes).segments };
}
