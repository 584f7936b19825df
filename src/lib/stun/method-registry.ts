// The table of STUN and TURN methods (RFC 8489 §18.2, RFC 8656 §17): names and lookups derive
// from it.

/** One STUN method: its 12-bit code, name and where it is defined. */
export interface StunMethodEntry {
  code: number;
  name: string;
  rfc: string;
  summary: string;
}

const TABLE = [
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
] as const satisfies readonly StunMethodEntry[];

/** The name of a method in the table, such as "Binding". */
export type StunMethodName = (typeof TABLE)[number]['name'];

/** Methods from RFC 8489 (STUN) and RFC 8656 (TURN); names and lookups derive from this table. */
export const STUN_METHODS: readonly StunMethodEntry[] = TABLE;

const METHODS_BY_CODE = new Map(STUN_METHODS.map((entry) => [entry.code, entry]));

/** The method table entry for a code, if STUN or TURN defines it. */
export function lookupStunMethod(code: number): StunMethodEntry | undefined {
  return METHODS_BY_CODE.get(code);
}

/** The 12-bit code of a named method, read from the table. */
export function stunMethodCode(name: StunMethodName): number {
  return (STUN_METHODS.find((entry) => entry.name === name) as StunMethodEntry).code;
}
