// Reading `a=candidate` with src/lib/ice's parser, and naming each of its fields for learners.
// The priority is decoded with src/lib/ice/priority.ts, the one place that does that arithmetic.
import { parseCandidate } from '../../ice/candidate';
import { decodeCandidatePriority } from '../../ice/priority';
import type { FieldReading } from '../rule-types';
import type { SdpField } from '../types';

const TYPES: Readonly<Record<string, string>> = {
  host: "host: an address of one of this machine's own interfaces (RFC 8445 §5.1.1.1).",
  srflx:
    'srflx, server reflexive: the public address a NAT gave this machine, learned from a STUN server (RFC 8445 §5.1.1.2).',
  prflx:
    'prflx, peer reflexive: an address learned from a connectivity check of the other peer, not gathered (RFC 8445 §7.3.1.3).',
  relay:
    'relay: an address allocated on a TURN server, which relays the traffic (RFC 8445 §5.1.1.2, RFC 8656).',
};

const TCP_TYPES: Readonly<Record<string, string>> = {
  active:
    'active: this side opens the TCP connection and accepts none, so the port is 9, meaningless (RFC 6544 §4.5).',
  passive: 'passive: this side listens and waits for the other to connect (RFC 6544 §4.5).',
  so: 'so, simultaneous open: both sides try to connect at once through their NATs (RFC 6544 §4.5).',
};

function explainAddress(value: string): string {
  if (value.toLowerCase().endsWith('.local'))
    return `${value}: an mDNS name that hides the real address; only a peer on the same local network can resolve it (draft-ietf-mmusic-mdns-ice-candidates).`;
  return `${value}: the address to send connectivity checks to.`;
}

function explainPriority(value: string): string {
  const n = Number(value);
  if (!/^\d+$/.test(value)) return 'Should be a number.';
  const { typePreference, localPreference, componentId } = decodeCandidatePriority(n);
  return `${n} = 2^24 × ${typePreference} + 2^8 × ${localPreference} + (256 − ${componentId}): type preference ${typePreference}, local preference ${localPreference}, component ${componentId}. Higher wins when pairs are formed (RFC 8445 §5.1.2.1).`;
}

const MEANINGS: Readonly<Record<string, (value: string) => string>> = {
  foundation: () =>
    'Foundation: candidates of the same type, from the same interface and server, share it; used to freeze and unfreeze checks together (RFC 8445 §5.1.1.3).',
  component: (v) =>
    v === '1'
      ? 'Component 1: RTP, or everything when RTP and RTCP are multiplexed (always, in browsers).'
      : v === '2'
        ? 'Component 2: RTCP on its own port, only without rtcp-mux.'
        : `Component ${v}.`,
  transport: (v) =>
    v.toLowerCase() === 'udp'
      ? 'UDP.'
      : v.toLowerCase() === 'tcp'
        ? 'TCP, per RFC 6544 (ICE-TCP).'
        : `Transport "${v}".`,
  priority: explainPriority,
  address: explainAddress,
  port: (v) =>
    v === '9'
      ? 'Port 9, the discard port: nothing listens here (TCP active candidates).'
      : `Port ${v}.`,
  type: (v) => TYPES[v] ?? `Candidate type "${v}".`,
  raddr: (v) =>
    v === '0.0.0.0' || v === '::'
      ? `${v}: the related address, hidden by the browser to avoid revealing a local address.`
      : `${v}: related address, the base this candidate was derived from (RFC 8839 §5.1).`,
  rport: (v) => (v === '0' ? 'Related port 0: hidden.' : `Related port ${v}.`),
  tcptype: (v) => TCP_TYPES[v] ?? `TCP type "${v}".`,
  generation: (v) =>
    `libwebrtc extension: ICE generation ${v}, the count of ICE restarts this candidate belongs to.`,
  ufrag: (v) =>
    `libwebrtc extension: the ICE username fragment ${v} this candidate belongs to (useful when candidates trickle during a restart).`,
  'network-id': (v) =>
    `libwebrtc extension: interface number ${v}, to tell candidates on the same network apart.`,
  'network-cost': (v) =>
    `libwebrtc extension: cost ${v} that libwebrtc gives the interface, low for wired and Wi-Fi, high for cellular, up to 999 (its maximum); lower cost is preferred when pairs are chosen.`,
  extension: () =>
    'An extension attribute this parser does not interpret; RFC 8839 §5.1 says to ignore unknown ones.',
};

/** Read `a=candidate` through src/lib/ice's parser; `offset` is where the value starts in the line. */
export function readCandidate(value: string, offset: number): FieldReading {
  const parsed = parseCandidate(value);
  const fields: SdpField[] = [];
  for (const field of parsed.fields) {
    const meaning = MEANINGS[field.name]?.(field.value) ?? '';
    const name = field.name === 'extension' ? (field.keyword ?? 'extension') : field.name;
    fields.push({
      name,
      value: field.value,
      meaning,
      start: offset + field.start,
      end: offset + field.end,
    });
    if (field.name === 'priority' && /^\d+$/.test(field.value)) {
      const parts = decodeCandidatePriority(Number(field.value));
      const at = { start: offset + field.start, end: offset + field.end };
      fields.push({
        name: 'type preference',
        value: String(parts.typePreference),
        meaning:
          'The top 8 bits: how much the agent prefers this kind of candidate (RFC 8445 recommends 126 host, 110 prflx, 100 srflx, 0 relay; browsers pick their own).',
        ...at,
      });
      fields.push({
        name: 'local preference',
        value: String(parts.localPreference),
        meaning:
          "The middle 16 bits: ranks this machine's interfaces and address families against each other.",
        ...at,
      });
      fields.push({
        name: 'component ID',
        value: String(parts.componentId),
        meaning: 'The low 8 bits hold 256 minus the component ID.',
        ...at,
      });
    }
  }
  const findings = parsed.diagnostics.map((d) => ({ severity: d.severity, message: d.message }));
  return { fields, findings };
}
