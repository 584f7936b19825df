// The RTP header (RFC 3550 §5.1) with its header extensions (RFC 8285 §4), the part of an SRTP
// packet that stays in clear; the payload and the 10-byte tag follow (RFC 3711 §3.1).
import { ByteReader } from './byte-reader';
import { newLayer, type WireLayer } from './types';

/** The header values the SRTP step and the summaries need. */
export interface RtpHeader {
  layer: WireLayer;
  headerLength: number;
  payloadType: number;
  sequence: number;
  ssrc: number;
  timestamp: number;
  marker: boolean;
}

const R = 'RFC 3550 §5.1';

function bits(
  r: ByteReader,
  at: number,
  name: string,
  value: string,
  meaning: string,
  ref = R,
): void {
  r.note(at, at + 1, { name, meaning, ref }, value);
}

/** Decode the header of an RTP packet; `extensionNames` maps a=extmap ids to URIs. Never throws. */
export function decodeRtpHeader(
  bytes: Uint8Array,
  extensionNames: Readonly<Record<number, string>> = {},
): RtpHeader {
  const layer = newLayer('rtp', 'RTP', bytes);
  const r = new ByteReader(layer);
  const b0 = bytes[0] ?? 0;
  const b1 = bytes[1] ?? 0;
  if (bytes.length >= 2) {
    bits(
      r,
      0,
      'Version (V)',
      String(b0 >> 6),
      'Always 2; with the first-byte range 128-191 it tells RTP apart from STUN and DTLS',
    );
    bits(r, 0, 'Padding (P)', String((b0 >> 5) & 1), 'Whether padding bytes end the payload');
    bits(
      r,
      0,
      'Extension (X)',
      String((b0 >> 4) & 1),
      'Whether a header extension follows the CSRCs',
    );
    bits(
      r,
      0,
      'CSRC count (CC)',
      String(b0 & 15),
      'Contributing sources listed (0 unless a mixer made the packet)',
    );
    bits(r, 1, 'Marker (M)', String(b1 >> 7), 'For video: the last packet of a frame');
    bits(
      r,
      1,
      'Payload type (PT)',
      String(b1 & 127),
      'The codec, by the a=rtpmap number in the SDP',
    );
    r.offset = 2;
  } else layer.problems.push('Truncated: an RTP header is at least 12 bytes.');
  const sequence =
    r.uint(2, {
      name: 'Sequence number',
      meaning:
        'Counts packets from a random start: loss and reordering show here; SRTP uses it in the packet index',
      ref: R,
    }) ?? 0;
  const timestamp =
    r.uint(4, {
      name: 'Timestamp',
      meaning: 'Sampling instant in codec clock units (48000/s for Opus, 90000/s for video)',
      ref: R,
    }) ?? 0;
  const ssrc =
    r.uint(4, {
      name: 'SSRC',
      meaning: 'Synchronisation source: names this stream, as a=ssrc in the SDP does',
      ref: R,
      show: (v) => `${v} (0x${v.toString(16).padStart(8, '0')})`,
    }) ?? 0;
  for (let i = 0; i < (b0 & 15); i += 1)
    r.uint(4, { name: 'CSRC', meaning: 'A contributing source', ref: R });
  if ((b0 >> 4) & 1) readExtension(r, extensionNames);
  layer.title = `RTP PT ${b1 & 127} seq ${sequence}`;
  return {
    layer,
    headerLength: r.offset,
    payloadType: b1 & 127,
    sequence,
    ssrc,
    timestamp,
    marker: b1 >> 7 === 1,
  };
}

function readExtension(r: ByteReader, names: Readonly<Record<number, string>>): void {
  const ref = 'RFC 8285 §4.2';
  const profile =
    r.uint(2, {
      name: 'Extension profile',
      meaning: '0xbede: one-byte element headers; 0x100x: two-byte',
      ref: 'RFC 3550 §5.3.1',
      show: (v) => `0x${v.toString(16)}`,
    }) ?? 0;
  const words =
    r.uint(2, {
      name: 'Extension length',
      meaning: 'Length of the extension in 32-bit words',
      ref: 'RFC 3550 §5.3.1',
    }) ?? 0;
  const end = Math.min(r.end, r.offset + words * 4);
  const inner = new ByteReader(r.layer, r.offset, end);
  const twoByte = (profile & 0xfff0) === 0x1000;
  while (inner.left > 0) {
    const at = inner.offset;
    const head = r.layer.bytes[at]!;
    if (!twoByte && head === 0) {
      inner.bytes(1, { name: 'Padding', meaning: 'A zero byte between or after elements', ref });
      continue;
    }
    const id = twoByte ? head : head >> 4;
    const length = twoByte ? (r.layer.bytes[at + 1] ?? 0) : (head & 15) + 1;
    const uri = names[id] ?? 'not in the SDP';
    inner.bytes(twoByte ? 2 : 1, {
      name: 'Element ID and length',
      meaning: 'An a=extmap id and the data length',
      ref: twoByte ? 'RFC 8285 §4.3' : ref,
      show: () => `id ${id}, ${length} bytes`,
    });
    if (!twoByte && id === 15) break;
    inner.bytes(length, { name: `Extension ${id} data`, meaning: `The value of ${uri}`, ref });
  }
  if (inner.left)
    inner.bytes(inner.left, {
      name: 'Extension rest',
      meaning: 'Bytes after the last element',
      ref,
    });
  r.offset = end;
}
