// The table of STUN, TURN and ICE attributes (RFC 8489 §14 and §18.3, RFC 8656 §18, RFC 8445 §7.1).
// Names, lookups, the decoder chosen for each value and the docs all derive from this one table.

/** How an attribute's value is laid out; each kind has one decoder and one encoder. */
export type StunValueKind =
  | 'address'
  | 'xor-address'
  | 'text'
  | 'uint32'
  | 'uint64'
  | 'flag'
  | 'error-code'
  | 'attribute-list'
  | 'hmac-sha1'
  | 'hmac-sha256'
  | 'fingerprint'
  | 'channel-number'
  | 'requested-transport'
  | 'address-family'
  | 'even-port'
  | 'bytes';

/** One attribute type: code, name, defining RFC and section, value layout, and what it is for. */
export interface StunAttributeEntry {
  type: number;
  name: string;
  rfc: string;
  kind: StunValueKind;
  summary: string;
}

/** Every attribute the course's facts name, plus the rest of RFC 8489/8656 and Chromium's network info. */
export const STUN_ATTRIBUTES: readonly StunAttributeEntry[] = [
  {
    type: 0x0001,
    name: 'MAPPED-ADDRESS',
    rfc: 'RFC 8489 §14.1',
    kind: 'address',
    summary: 'The reflexive address, unobfuscated (kept for RFC 3489 clients).',
  },
  {
    type: 0x0006,
    name: 'USERNAME',
    rfc: 'RFC 8489 §14.3',
    kind: 'text',
    summary: 'Who signs the message; in ICE "remote-ufrag:local-ufrag".',
  },
  {
    type: 0x0008,
    name: 'MESSAGE-INTEGRITY',
    rfc: 'RFC 8489 §14.5',
    kind: 'hmac-sha1',
    summary: 'HMAC-SHA1 over the message up to here, keyed by the credentials.',
  },
  {
    type: 0x0009,
    name: 'ERROR-CODE',
    rfc: 'RFC 8489 §14.8',
    kind: 'error-code',
    summary: 'Why a request failed: a 300..699 code and a reason phrase.',
  },
  {
    type: 0x000a,
    name: 'UNKNOWN-ATTRIBUTES',
    rfc: 'RFC 8489 §14.13',
    kind: 'attribute-list',
    summary: 'In a 420 error: the comprehension-required attributes not understood.',
  },
  {
    type: 0x000c,
    name: 'CHANNEL-NUMBER',
    rfc: 'RFC 8656 §18.1',
    kind: 'channel-number',
    summary: 'The channel (0x4000..0x4FFF) a ChannelBind binds to a peer.',
  },
  {
    type: 0x000d,
    name: 'LIFETIME',
    rfc: 'RFC 8656 §18.2',
    kind: 'uint32',
    summary: 'Seconds the allocation lives before it must be refreshed (default 600).',
  },
  {
    type: 0x0012,
    name: 'XOR-PEER-ADDRESS',
    rfc: 'RFC 8656 §18.3',
    kind: 'xor-address',
    summary: "The peer's address as seen from the relay, xored like XOR-MAPPED-ADDRESS.",
  },
  {
    type: 0x0013,
    name: 'DATA',
    rfc: 'RFC 8656 §18.4',
    kind: 'bytes',
    summary: 'The application datagram carried in a Send or Data indication.',
  },
  {
    type: 0x0014,
    name: 'REALM',
    rfc: 'RFC 8489 §14.9',
    kind: 'text',
    summary: 'The long-term credential realm the server asks the client to use.',
  },
  {
    type: 0x0015,
    name: 'NONCE',
    rfc: 'RFC 8489 §14.10',
    kind: 'text',
    summary: 'A server-chosen value the client echoes, limiting replays.',
  },
  {
    type: 0x0016,
    name: 'XOR-RELAYED-ADDRESS',
    rfc: 'RFC 8656 §18.5',
    kind: 'xor-address',
    summary: 'The relayed transport address the TURN server allocated.',
  },
  {
    type: 0x0017,
    name: 'REQUESTED-ADDRESS-FAMILY',
    rfc: 'RFC 8656 §18.6',
    kind: 'address-family',
    summary: 'Asks for an IPv4 or IPv6 relayed address.',
  },
  {
    type: 0x0018,
    name: 'EVEN-PORT',
    rfc: 'RFC 8656 §18.7',
    kind: 'even-port',
    summary: 'Asks for an even relay port, optionally reserving the next one.',
  },
  {
    type: 0x0019,
    name: 'REQUESTED-TRANSPORT',
    rfc: 'RFC 8656 §18.8',
    kind: 'requested-transport',
    summary: 'The relay transport: protocol number 17 (UDP) or 6 (TCP, RFC 6062).',
  },
  {
    type: 0x001a,
    name: 'DONT-FRAGMENT',
    rfc: 'RFC 8656 §18.9',
    kind: 'flag',
    summary: 'Asks the server to set DF on datagrams it relays to the peer.',
  },
  {
    type: 0x001c,
    name: 'MESSAGE-INTEGRITY-SHA256',
    rfc: 'RFC 8489 §14.6',
    kind: 'hmac-sha256',
    summary: 'HMAC-SHA256 over the message up to here (16 to 32 bytes).',
  },
  {
    type: 0x001d,
    name: 'PASSWORD-ALGORITHM',
    rfc: 'RFC 8489 §14.12',
    kind: 'bytes',
    summary: 'The algorithm the client chose to derive the long-term key.',
  },
  {
    type: 0x001e,
    name: 'USERHASH',
    rfc: 'RFC 8489 §14.4',
    kind: 'bytes',
    summary: 'SHA-256 of "username:realm", for username anonymity.',
  },
  {
    type: 0x0020,
    name: 'XOR-MAPPED-ADDRESS',
    rfc: 'RFC 8489 §14.2',
    kind: 'xor-address',
    summary: "The client's address as the server saw it, xored so NATs don't rewrite it.",
  },
  {
    type: 0x0022,
    name: 'RESERVATION-TOKEN',
    rfc: 'RFC 8656 §18.10',
    kind: 'uint64',
    summary: 'A token naming a relay port reserved by EVEN-PORT.',
  },
  {
    type: 0x0024,
    name: 'PRIORITY',
    rfc: 'RFC 8445 §7.1.1',
    kind: 'uint32',
    summary: 'The priority a peer-reflexive candidate learned from this check would get.',
  },
  {
    type: 0x0025,
    name: 'USE-CANDIDATE',
    rfc: 'RFC 8445 §7.1.2',
    kind: 'flag',
    summary: 'The controlling agent nominates this pair.',
  },
  {
    type: 0x8000,
    name: 'ADDITIONAL-ADDRESS-FAMILY',
    rfc: 'RFC 8656 §18.11',
    kind: 'address-family',
    summary: 'Asks for a second relayed address of the other family (IPv6).',
  },
  {
    type: 0x8001,
    name: 'ADDRESS-ERROR-CODE',
    rfc: 'RFC 8656 §18.12',
    kind: 'bytes',
    summary: 'Why one address family of a dual allocation failed.',
  },
  {
    type: 0x8002,
    name: 'PASSWORD-ALGORITHMS',
    rfc: 'RFC 8489 §14.11',
    kind: 'bytes',
    summary: 'The key-derivation algorithms the server supports.',
  },
  {
    type: 0x8003,
    name: 'ALTERNATE-DOMAIN',
    rfc: 'RFC 8489 §14.16',
    kind: 'text',
    summary: 'The domain name to check the ALTERNATE-SERVER certificate against.',
  },
  {
    type: 0x8004,
    name: 'ICMP',
    rfc: 'RFC 8656 §18.13',
    kind: 'bytes',
    summary: 'An ICMP error the relay received from the peer.',
  },
  {
    type: 0x8022,
    name: 'SOFTWARE',
    rfc: 'RFC 8489 §14.14',
    kind: 'text',
    summary: 'The software that sent the message (free text).',
  },
  {
    type: 0x8023,
    name: 'ALTERNATE-SERVER',
    rfc: 'RFC 8489 §14.15',
    kind: 'address',
    summary: 'Another server to try (with a 300 Try Alternate error).',
  },
  {
    type: 0x8028,
    name: 'FINGERPRINT',
    rfc: 'RFC 8489 §14.7',
    kind: 'fingerprint',
    summary: 'CRC-32 of the message xor 0x5354554E: tells STUN apart from other packets.',
  },
  {
    type: 0x8029,
    name: 'ICE-CONTROLLED',
    rfc: 'RFC 8445 §7.1.3',
    kind: 'uint64',
    summary: 'The sender is the controlled agent; the number breaks role conflicts.',
  },
  {
    type: 0x802a,
    name: 'ICE-CONTROLLING',
    rfc: 'RFC 8445 §7.1.3',
    kind: 'uint64',
    summary: 'The sender is the controlling agent; the number breaks role conflicts.',
  },
  {
    type: 0xc057,
    name: 'GOOG-NETWORK-INFO',
    rfc: 'libwebrtc (no RFC)',
    kind: 'bytes',
    summary: "Chromium's network id and cost, sent in its ICE checks.",
  },
];

const BY_TYPE = new Map(STUN_ATTRIBUTES.map((entry) => [entry.type, entry]));
const BY_NAME = new Map(STUN_ATTRIBUTES.map((entry) => [entry.name, entry]));

/** The registry entry for an attribute type code, if known. */
export function lookupStunAttribute(type: number): StunAttributeEntry | undefined {
  return BY_TYPE.get(type);
}

/** The registry entry for an attribute name such as "XOR-MAPPED-ADDRESS", if known. */
export function lookupStunAttributeByName(name: string): StunAttributeEntry | undefined {
  return BY_NAME.get(name.toUpperCase());
}

/** Attribute name, or "0xABCD (unknown)" for a type not in the table. */
export function stunAttributeName(type: number): string {
  return BY_TYPE.get(type)?.name ?? `0x${type.toString(16).padStart(4, '0')} (unknown)`;
}

/** Whether an agent must understand the attribute to process the message: types below 0x8000 (RFC 8489 §14). */
export function isComprehensionRequired(type: number): boolean {
  return type < 0x8000;
}
