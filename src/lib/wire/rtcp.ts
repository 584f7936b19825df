// RTCP packets (RFC 3550 §6.4-6.6, RFC 4585 §6 feedback, RFC 3611 XR): the first 8 bytes of an
// SRTCP packet are in clear (RFC 3711 §3.4), the rest of the compound packet after decryption.
import { ByteReader } from './byte-reader';
import { newLayer, type WireLayer } from './types';

const TYPES: Readonly<Record<number, { name: string; ref: string }>> = {
  200: { name: 'Sender Report', ref: 'RFC 3550 §6.4.1' },
  201: { name: 'Receiver Report', ref: 'RFC 3550 §6.4.2' },
  202: { name: 'Source Description', ref: 'RFC 3550 §6.5' },
  203: { name: 'Goodbye', ref: 'RFC 3550 §6.6' },
  204: { name: 'Application-defined', ref: 'RFC 3550 §6.7' },
  205: { name: 'Transport-layer feedback', ref: 'RFC 4585 §6.2' },
  206: { name: 'Payload-specific feedback', ref: 'RFC 4585 §6.3' },
  207: { name: 'Extended Report', ref: 'RFC 3611 §3' },
};

const FEEDBACK: Readonly<Record<string, string>> = {
  '205/1': 'Generic NACK: asks for lost packets again',
  '205/15': 'Transport-wide congestion control feedback: arrival times of every packet',
  '206/1': 'Picture Loss Indication: asks for a key frame',
  '206/4': 'Full Intra Request',
  '206/15': 'Application layer feedback (REMB: an estimate of the available bitrate)',
};

/** Read the 8 clear bytes of an RTCP packet (header and first SSRC) into `r`; returns the packet type. */
export function readRtcpHead(r: ByteReader): number {
  const at = r.offset;
  const b0 = r.layer.bytes[at] ?? 0;
  const pt = r.layer.bytes[at + 1] ?? 0;
  const type = TYPES[pt];
  const ref = type?.ref ?? 'RFC 3550 §6.4.1';
  if (r.left >= 2) {
    r.note(
      at,
      at + 1,
      {
        name: 'Version, padding, count',
        meaning:
          'Version 2, padding bit, then a 5-bit count (reports, chunks) or feedback type (FMT)',
        ref,
      },
      `V=${b0 >> 6} P=${(b0 >> 5) & 1} ${pt === 205 || pt === 206 ? 'FMT' : 'RC'}=${b0 & 31}`,
    );
    r.note(
      at + 1,
      at + 2,
      {
        name: 'Packet type',
        meaning: '192-223 is RTCP: how it is told apart from RTP on the same port (RFC 5761 §4)',
        ref,
      },
      `${pt} ${type?.name ?? 'unassigned'}`,
    );
    r.offset += 2;
  }
  if (!type) r.layer.problems.push(`RTCP packet type ${pt} is not one these decoders know.`);
  r.uint(2, { name: 'Length', meaning: 'Length in 32-bit words minus one', ref });
  r.uint(4, {
    name: 'SSRC of sender',
    meaning: 'The stream (or receiver) this report comes from',
    ref,
  });
  return pt;
}

/** Decode a plaintext compound RTCP packet, one inner layer per packet. Never throws. */
export function decodeRtcpCompound(bytes: Uint8Array): WireLayer[] {
  const layers: WireLayer[] = [];
  let at = 0;
  while (at + 4 <= bytes.length) {
    const words = ((bytes[at + 2]! << 8) | bytes[at + 3]!) + 1;
    const end = Math.min(bytes.length, at + words * 4);
    const layer = newLayer('rtcp', 'RTCP', bytes.subarray(at, end));
    const r = new ByteReader(layer);
    const pt = readRtcpHead(r);
    const fmt = bytes[at]! & 31;
    const type = TYPES[pt];
    layer.title = `RTCP ${type?.name ?? pt}`;
    const ref = type?.ref ?? 'RFC 3550 §6';
    if (pt === 200) {
      r.bytes(8, { name: 'NTP timestamp', meaning: 'Wall-clock time of this report', ref });
      r.uint(4, {
        name: 'RTP timestamp',
        meaning: 'The same instant on the media clock: lip sync maps one to the other',
        ref,
      });
      r.uint(4, { name: "Sender's packet count", meaning: 'Packets sent so far', ref });
      r.uint(4, { name: "Sender's octet count", meaning: 'Payload bytes sent so far', ref });
    }
    if (pt === 205 || pt === 206) {
      r.uint(4, {
        name: 'SSRC of media source',
        meaning: 'The stream the feedback is about',
        ref: 'RFC 4585 §6.1',
      });
      const what = FEEDBACK[`${pt}/${fmt}`];
      if (r.left)
        r.bytes(r.left, {
          name: 'Feedback control information',
          meaning: what ?? 'Feedback these decoders do not name',
          ref: 'RFC 4585 §6.1',
        });
      else if (what) layer.title = `RTCP ${what.split(':')[0]}`;
    }
    while ((pt === 200 || pt === 201) && r.left >= 24) {
      r.uint(4, {
        name: 'Report block SSRC',
        meaning: 'The stream this block reports on',
        ref: 'RFC 3550 §6.4.1',
      });
      r.bytes(4, {
        name: 'Fraction lost, cumulative lost',
        meaning: 'Loss since the last report (1/256 units) and in total',
        ref: 'RFC 3550 §6.4.1',
      });
      r.uint(4, {
        name: 'Highest sequence number received',
        meaning: 'With the cycle count in the top 16 bits',
        ref: 'RFC 3550 §6.4.1',
      });
      r.uint(4, {
        name: 'Interarrival jitter',
        meaning: 'Variation of transit time, in timestamp units',
        ref: 'RFC 3550 §6.4.1',
      });
      r.uint(4, {
        name: 'Last SR',
        meaning: 'Middle 32 bits of the last SR timestamp: for the round-trip time',
        ref: 'RFC 3550 §6.4.1',
      });
      r.uint(4, {
        name: 'Delay since last SR',
        meaning: 'In 1/65536 s: the sender subtracts it to get the round-trip time',
        ref: 'RFC 3550 §6.4.1',
      });
    }
    if (r.left)
      r.bytes(r.left, {
        name: pt === 202 ? 'SDES items' : pt === 207 ? 'Report blocks' : 'Packet body',
        meaning:
          pt === 202
            ? 'CNAME and other items, as a=ssrc cname in the SDP'
            : type
              ? `The rest of the ${type.name}`
              : 'Unread',
        ref,
      });
    layers.push(layer);
    at = end;
  }
  return layers;
}
