// The STUN message type: a 12-bit method and a 2-bit class interleaved in 14 bits (RFC 8489 §5),
// and the table of methods STUN and TURN define.

/** The four message classes (RFC 8489 §5): C1 C0 = 00 request, 01 indication, 10 success, 11 error. */
export type StunClass = 'request' | 'indication' | 'success' | 'error';

const CLASS_BITS: Record<StunClass, number> = { request: 0, indication: 1, success: 2, error: 3 };
const CLASSES: readonly StunClass[] = ['request', 'indication', 'success', 'error'];

/** One STUN method: its 12-bit code, name and where it is defined. */
export interface StunMethodEntry {
  code: number;
  name: string;
  rfc: string;
  summary: string;
}

/** Methods from RFC 8489 (STUN) and RFC 8656 (TURN); names and lookups derive from this table. */
export const STUN_METHODS: readonly StunMethodEntry[] = [
  {
    code: 0x001,
    name: 'Binding',
    rfc: 'RFC 8489 §18.2',
    summary:
      'Asks the server which address and port it sees; also ICE checks and consent (RFC 7675).',
  },
  {
    code: 0x003,
    name: 'Allocate',
    rfc: 'RFC 8656 §17',
    summary: 'Asks a TURN server for a relayed transport address.',
  },
  {
    code: 0x004,
    name: 'Refresh',
    rfc: 'RFC 8656 §17',
    summary: 'Extends (or with LIFETIME 0 deletes) a TURN allocation.',
  },
  {
    code: 0x006,
    name: 'Send',
    rfc: 'RFC 8656 §17',
    summary: 'Indication carrying data from the client to a peer through the relay.',
  },
  {
    code: 0x007,
    name: 'Data',
    rfc: 'RFC 8656 §17',
    summary: 'Indication carrying data from a peer to the client through the relay.',
  },
  {
    code: 0x008,
    name: 'CreatePermission',
    rfc: 'RFC 8656 §17',
    summary: 'Lets a peer IP address send through the allocation (300 s).',
  },
  {
    code: 0x009,
    name: 'ChannelBind',
    rfc: 'RFC 8656 §17',
    summary: 'Binds a channel number to a peer for 4-byte ChannelData framing (600 s).',
  },
];

const METHODS_BY_CODE = new Map(STUN_METHODS.map((entry) => [entry.code, entry]));

/** The method table entry for a code, if STUN or TURN defines it. */
export function lookupStunMethod(code: number): StunMethodEntry | undefined {
  return METHODS_BY_CODE.get(code);
}

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
