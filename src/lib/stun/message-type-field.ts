// The STUN message type field: a 12-bit method and a 2-bit class interleaved in the first 14 bits
// of the header (RFC 8489 §5). The methods themselves are in ./method-registry.ts.
import { lookupStunMethod } from './method-registry';

/** The four message classes (RFC 8489 §5): C1 C0 = 00 request, 01 indication, 10 success, 11 error. */
export type StunClass = 'request' | 'indication' | 'success' | 'error';

const CLASS_BITS: Record<StunClass, number> = { request: 0, indication: 1, success: 2, error: 3 };
const CLASSES: readonly StunClass[] = ['request', 'indication', 'success', 'error'];

/** Compose the 14-bit message type from method and class (RFC 8489 §5, figure 3). */
export function encodeMessageType(method: number, messageClass: StunClass): number {
  const m = method & 0x0fff;
  const c = CLASS_BITS[messageClass];
  return (m & 0x000f) | ((m & 0x0070) << 1) | ((m & 0x0f80) << 2) | ((c & 1) << 4) | ((c & 2) << 7);
}

/** Split a 16-bit message type into method and class (RFC 8489 §5); the two top bits are ignored. */
export function decodeMessageType(type: number): { method: number; messageClass: StunClass } {
  const method = (type & 0x000f) | ((type & 0x00e0) >> 1) | ((type & 0x3e00) >> 2);
  const classBits = ((type & 0x0010) >> 4) | ((type & 0x0100) >> 7);
  return { method, messageClass: CLASSES[classBits] as StunClass };
}

/** A readable name such as "Binding success response" or "Method 0x00a request". */
export function describeMessageType(method: number, messageClass: StunClass): string {
  const name = lookupStunMethod(method)?.name ?? `Method 0x${method.toString(16).padStart(3, '0')}`;
  const classText = {
    request: 'request',
    indication: 'indication',
    success: 'success response',
    error: 'error response',
  };
  return `${name} ${classText[messageClass]}`;
}
