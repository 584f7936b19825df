// The table of STUN, TURN and ICE attributes (RFC 8489 §14 and §18.3, RFC 8656 §18, RFC 8445 §7.1).
// Names, lookups, the codec that reads and writes each value, and the docs all derive from this
// one table; code that needs an attribute's type asks for it by name (stunAttributeType).
import { ADDRESS_CODEC, XOR_ADDRESS_CODEC } from './codecs/address-codecs';
import { ATTRIBUTE_LIST_CODEC, ERROR_CODE_CODEC } from './codecs/error-codecs';
import { FINGERPRINT_CODEC, FLAG_CODEC, UINT32_CODEC, UINT64_CODEC } from './codecs/number-codecs';
import { BYTES_CODEC, HMAC_SHA1_CODEC, HMAC_SHA256_CODEC, TEXT_CODEC } from './codecs/octet-codecs';
import {
  ADDRESS_FAMILY_CODEC,
  CHANNEL_NUMBER_CODEC,
  EVEN_PORT_CODEC,
  REQUESTED_TRANSPORT_CODEC,
} from './codecs/turn-codecs';
import type { StunValueCodec } from './value-codec';

/** One attribute type: code, name, defining RFC and section, the codec of its value, and what it is for. */
export interface StunAttributeEntry {
  type: number;
  name: string;
  rfc: string;
  codec: StunValueCodec;
  summary: string;
}

const TABLE = [
  {
    type: 0x0001,
    name: 'MAPPED-ADDRESS',
    rfc: 'RFC 8489 §14.1',
    codec: ADDRESS_CODEC,
    summary: 'The reflexive address, unobfuscated (kept for RFC 3489 clients).',
  },
  {
    type: 0x0006,
    name: 'USERNAME',
    rfc: 'RFC 8489 §14.3',
    codec: TEXT_CODEC,
    summary: 'Who signs the message; in ICE "remote-ufrag:local-ufrag".',
  },
  {
    type: 0x0008,
    name: 'MESSAGE-INTEGRITY',
    rfc: 'RFC 8489 §14.5',
    codec: HMAC_SHA1_CODEC,
    summary: 'HMAC-SHA1 over the message up to here, keyed by the credentials.',
  },
  {
    type: 0x0009,
    name: 'ERROR-CODE',
    rfc: 'RFC 8489 §14.8',
    codec: ERROR_CODE_CODEC,
    summary: 'Why a request failed: a 300..699 code and a reason phrase.',
  },
  {
    type: 0x000a,
    name: 'UNKNOWN-ATTRIBUTES',
    rfc: 'RFC 8489 §14.13',
    codec: ATTRIBUTE_LIST_CODEC,
    summary: 'In a 420 error: the comprehension-required attributes not understood.',
  },
  {
    type: 0x000c,
    name: 'CHANNEL-NUMBER',
    rfc: 'RFC 8656 §18.1',
    codec: CHANNEL_NUMBER_CODEC,
    summary: 'The channel (0x4000..0x4FFF) a ChannelBind binds to a peer.',
  },
  {
    type: 0x000d,
    name: 'LIFETIME',
    rfc: 'RFC 8656 §18.2',
    codec: UINT32_CODEC,
    summary: 'Seconds the allocation lives before it must be refreshed (default 600).',
  },
  {
    type: 0x0012,
    name: 'XOR-PEER-ADDRESS',
    rfc: 'RFC 8656 §18.3',
    codec: XOR_ADDRESS_CODEC,
    summary: "The peer's address as seen from the relay, xored like XOR-MAPPED-ADDRESS.",
  },
  {
    type: 0x0013,
    name: 'DATA',
    rfc: 'RFC 8656 §18.4',
    codec: BYTES_CODEC,
    summary: 'The application datagram carried in a Send or Data indication.',
  },
  {
    type: 0x0014,
    name: 'REALM',
    rfc: 'RFC 8489 §14.9',
    codec: TEXT_CODEC,
    summary: 'The long-term credential realm the server asks the client to use.',
  },
  {
    type: 0x0015,
    name: 'NONCE',
    rfc: 'RFC 8489 §14.10',
    codec: TEXT_CODEC,
    summary: 'A server-chosen value the client echoes, limiting replays.',
  },
  {
    type: 0x0016,
    name: 'XOR-RELAYED-ADDRESS',
    rfc: 'RFC 8656 §18.5',
    codec: XOR_ADDRESS_CODEC,
    summary: 'The relayed transport address the TURN server allocated.',
  },
  {
    type: 0x0017,
    name: 'REQUESTED-ADDRESS-FAMILY',
    rfc: 'RFC 8656 §18.6',
    codec: ADDRESS_FAMILY_CODEC,
    summary: 'Asks for an IPv4 or IPv6 relayed address.',
  },
  {
    type: 0x0018,
    name: 'EVEN-PORT',
    rfc: 'RFC 8656 §18.7',
    codec: EVEN_PORT_CODEC,
    summary: 'Asks for an even relay port, optionally reserving the next one.',
  },
  {
    type: 0x0019,
    name: 'REQUESTED-TRANSPORT',
    rfc: 'RFC 8656 §18.8',
    codec: REQUESTED_TRANSPORT_CODEC,
    summary: 'The relay transport: protocol number 17 (UDP) or 6 (TCP, RFC 6062).',
  },
  {
    type: 0x001a,
    name: 'DONT-FRAGMENT',
    rfc: 'RFC 8656 §18.9',
    codec: FLAG_CODEC,
    summary: 'Asks the server to set DF on datagrams it relays to the peer.',
  },
  {
    type: 0x001c,
    name: 'MESSAGE-INTEGRITY-SHA256',
    rfc: 'RFC 8489 §14.6',
    codec: HMAC_SHA256_CODEC,
    summary: 'HMAC-SHA256 over the message up to here (16 to 32 bytes).',
  },
  {
    type: 0x001d,
    name: 'PASSWORD-ALGORITHM',
    rfc: 'RFC 8489 §14.12',
    codec: BYTES_CODEC,
    summary: 'The algorithm the client chose to derive the long-term key.',
  },
  {
    type: 0x001e,
    name: 'USERHASH',
    rfc: 'RFC 8489 §14.4',
    codec: BYTES_CODEC,
    summary: 'SHA-256 of "username:realm", for username anonymity.',
  },
  {
    type: 0x0020,
    name: 'XOR-MAPPED-ADDRESS',
    rfc: 'RFC 8489 §14.2',
    codec: XOR_ADDRESS_CODEC,
    summary: "The client's address as the server saw it, xored so NATs don't rewrite it.",
  },
  {
    type: 0x0022,
    name: 'RESERVATION-TOKEN',
    rfc: 'RFC 8656 §18.10',
    codec: UINT64_CODEC,
    summary: 'A token naming a relay port reserved by EVEN-PORT.',
  },
  {
    type: 0x0024,
    name: 'PRIORITY',
    rfc: 'RFC 8445 §7.1.1',
    codec: UINT32_CODEC,
    summary: 'The priority a peer-reflexive candidate learned from this check would get.',
  },
  {
    type: 0x0025,
    name: 'USE-CANDIDATE',
    rfc: 'RFC 8445 §7.1.2',
    codec: FLAG_CODEC,
    summary: 'The controlling agent nominates this pair.',
  },
  {
    type: 0x8000,
    name: 'ADDITIONAL-ADDRESS-FAMILY',
    rfc: 'RFC 8656 §18.11',
    codec: ADDRESS_FAMILY_CODEC,
    summary: 'Asks for a second relayed address of the other family (IPv6).',
  },
  {
    type: 0x8001,
    name: 'ADDRESS-ERROR-CODE',
    rfc: 'RFC 8656 §18.12',
    codec: BYTES_CODEC,
    summary: 'Why one address family of a dual allocation failed.',
  },
  {
    type: 0x8002,
    name: 'PASSWORD-ALGORITHMS',
    rfc: 'RFC 8489 §14.11',
    codec: BYTES_CODEC,
    summary: 'The key-derivation algorithms the server supports.',
  },
  {
    type: 0x8003,
    name: 'ALTERNATE-DOMAIN',
    rfc: 'RFC 8489 §14.16',
    codec: TEXT_CODEC,
    summary: 'The domain name to check the ALTERNATE-SERVER certificate against.',
  },
  {
    type: 0x8004,
    name: 'ICMP',
    rfc: 'RFC 8656 §18.13',
    codec: BYTES_CODEC,
    summary: 'An ICMP error the relay received from the peer.',
  },
  {
    type: 0x8022,
    name: 'SOFTWARE',
    rfc: 'RFC 8489 §14.14',
    codec: TEXT_CODEC,
    summary: 'The software that sent the message (free text).',
  },
  {
    type: 0x8023,
    name: 'ALTERNATE-SERVER',
    rfc: 'RFC 8489 §14.15',
    codec: ADDRESS_CODEC,
    summary: 'Another server to try (with a 300 Try Alternate error).',
  },
  {
    type: 0x8028,
    name: 'FINGERPRINT',
    rfc: 'RFC 8489 §14.7',
    codec: FINGERPRINT_CODEC,
    summary: 'CRC-32 of the message xor 0x5354554E: tells STUN apart from other packets.',
  },
  {
    type: 0x8029,
    name: 'ICE-CONTROLLED',
    rfc: 'RFC 8445 §7.1.3',
    codec: UINT64_CODEC,
    summary: 'The sender is the controlled agent; the number breaks role conflicts.',
  },
  {
    type: 0x802a,
    name: 'ICE-CONTROLLING',
    rfc: 'RFC 8445 §7.1.3',
    codec: UINT64_CODEC,
    summary: 'The sender is the controlling agent; the number breaks role conflicts.',
  },
  {
    type: 0xc057,
    name: 'GOOG-NETWORK-INFO',
    rfc: 'libwebrtc (no RFC)',
    codec: BYTES_CODEC,
    summary: "Chromium's network id and cost, sent in its ICE checks.",
  },
] as const satisfies readonly StunAttributeEntry[];

/** The name of an attribute in the table, such as "XOR-MAPPED-ADDRESS". */
export type StunAttributeName = (typeof TABLE)[number]['name'];

/** Every attribute the course's facts name, plus the rest of RFC 8489/8656 and Chromium's network info. */
export const STUN_ATTRIBUTES: readonly StunAttributeEntry[] = TABLE;

const BY_TYPE = new Map(STUN_ATTRIBUTES.map((entry) => [entry.type, entry]));
const BY_NAME = new Map(STUN_ATTRIBUTES.map((entry) => [entry.name, entry]));

/** The registry entry for an attribute type code, if known. */
export function lookupStunAttribute(type: number): StunAttributeEntry | undefined {
  return BY_TYPE.get(type);
}

/** The type code of a named attribute, read from the table. */
export function stunAttributeType(name: StunAttributeName): number {
  return (BY_NAME.get(name) as StunAttributeEntry).type;
}

/** Attribute name, or "0xABCD (unknown)" for a type not in the table. */
export function stunAttributeName(type: number): string {
  return BY_TYPE.get(type)?.name ?? `0x${type.toString(16).padStart(4, '0')} (unknown)`;
}

/** Whether an agent must understand the attribute to process the message: types below 0x8000 (RFC 8489 §14). */
export function isComprehensionRequired(type: number): boolean {
  return type < 0x8000;
}
