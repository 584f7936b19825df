// Anchors named after what a datagram or field is (the first ClientHello, the first VP8 packet's
// SSRC), not after its index, so links from the chapters survive a new capture. Each alias is
// found in the decoded capture; the index anchors (d12, d12f3) stay as they are.
import { findField, fixture, type DatagramView, type FieldView } from './connectionView';

/** A datagram alias: the id its card's heading gets, and how to find the card. */
interface DatagramAlias {
  alias: string;
  datagram: (d: DatagramView) => boolean;
  /** Field aliases inside that datagram: alias and field name. */
  fields?: readonly (readonly [alias: string, name: string])[];
}

const payloadType = (codec: string) =>
  new RegExp(`^a=rtpmap:(\\d+) ${codec}/`, 'm').exec(fixture.offer)?.[1] ?? '';
const carries = (name: string) => (d: DatagramView) => d.summary.split(' · ').includes(name);
const hasField = (d: DatagramView, name: string, value?: string) =>
  findField(
    [d],
    () => true,
    (f) => f.name === name && (value === undefined || f.value === value),
  ) !== undefined;

/** The stable anchors, in the order a reader meets them. */
export const DATAGRAM_ALIASES: readonly DatagramAlias[] = [
  {
    alias: 'binding-request',
    datagram: (d) => d.kind === 'stun' && hasField(d, 'USERNAME value'),
    fields: [
      ['binding-request-username', 'USERNAME value'],
      ['binding-request-message-integrity', 'MESSAGE-INTEGRITY value'],
      ['binding-request-fingerprint', 'FINGERPRINT value'],
    ],
  },
  {
    alias: 'binding-response',
    datagram: (d) => d.kind === 'stun' && hasField(d, 'XOR-MAPPED-ADDRESS X-Address'),
    fields: [['binding-response-xor-mapped-address', 'XOR-MAPPED-ADDRESS X-Address']],
  },
  {
    alias: 'client-hello',
    datagram: carries('ClientHello'),
    fields: [['client-hello-use-srtp', 'SRTP protection profile']],
  },
  {
    alias: 'server-hello',
    datagram: carries('ServerHello'),
    fields: [['server-certificate-der', 'Certificate']],
  },
  {
    alias: 'client-certificate',
    datagram: (d) => carries('Certificate')(d) && !carries('ServerHello')(d),
    fields: [['client-certificate-der', 'Certificate']],
  },
  { alias: 'sctp-init', datagram: carries('SCTP INIT') },
  { alias: 'dcep-open', datagram: carries('SCTP DATA: DCEP DATA_CHANNEL_OPEN') },
  { alias: 'first-message', datagram: (d) => /Message on channel/.test(d.summary) },
  {
    alias: 'rtp-opus',
    datagram: (d) => d.kind === 'rtp' && hasField(d, 'Payload type (PT)', payloadType('opus')),
    fields: [
      ['rtp-opus-payload-type', 'Payload type (PT)'],
      ['rtp-opus-ssrc', 'SSRC'],
    ],
  },
  {
    alias: 'rtp-vp8',
    datagram: (d) => d.kind === 'rtp' && hasField(d, 'Payload type (PT)', payloadType('VP8')),
    fields: [
      ['rtp-vp8-payload-type', 'Payload type (PT)'],
      ['rtp-vp8-ssrc', 'SSRC'],
      ['rtp-vp8-sequence-number', 'Sequence number'],
      ['rtp-vp8-timestamp', 'Timestamp'],
    ],
  },
  { alias: 'first-rtcp', datagram: (d) => d.kind === 'rtcp' },
  { alias: 'close-notify', datagram: carries('Alert close_notify') },
];

/** Every alias the page should carry (datagrams and fields). */
export const STABLE_ANCHORS: readonly string[] = DATAGRAM_ALIASES.flatMap((a) => [
  a.alias,
  ...(a.fields ?? []).map(([alias]) => alias),
]);

/** Sets `alias` on the first datagram and field each alias names; returns the aliases not found. */
export function assignStableAnchors(whole: readonly DatagramView[]): string[] {
  const missing: string[] = [];
  for (const entry of DATAGRAM_ALIASES) {
    const datagram = whole.find(entry.datagram);
    if (!datagram) {
      missing.push(entry.alias, ...(entry.fields ?? []).map(([alias]) => alias));
      continue;
    }
    datagram.alias = entry.alias;
    for (const [alias, name] of entry.fields ?? []) {
      const field: FieldView | undefined = findField(
        [datagram],
        () => true,
        (f) => f.name === name,
      );
      if (field && !field.alias) field.alias = alias;
      else missing.push(alias);
    }
  }
  return missing;
}
