// An SCTP packet as a data channel sends it inside DTLS (RFC 8261): the 12-byte common header
// (RFC 9260 §3.1) with its CRC32c check, then chunks (RFC 9260 §3.2), DATA carried up to DCEP
// or a message.
import { ByteReader } from './byte-reader';
import { sctpChecksum } from './crc32c';
import { decodeDcep } from './dcep';
import { CHUNK_BODIES, type SctpUserData } from './sctp-chunks';
import { CHUNK_NAMES, PADDING_TEXT } from './sctp-params';
import { newLayer, type WireLayer } from './types';

/** The decoded packet: its layer (DATA payloads as inner layers), the chunk names and whether the checksum holds. */
export interface SctpPacket {
  layer: WireLayer;
  chunks: string[];
  checksumOk: boolean;
}

const FLAG_TEXT: Readonly<Record<number, string>> = {
  0: 'I: SACK at once, U: unordered, B: first piece, E: last piece',
  6: "T: the verification tag is the sender's own (reflected)",
  14: "T: the verification tag is the sender's own (reflected)",
};

/** Decode an SCTP packet; never throws. */
export function decodeSctp(bytes: Uint8Array): SctpPacket {
  const layer = newLayer('sctp', 'SCTP packet', bytes);
  const r = new ByteReader(layer);
  const ref = 'RFC 9260 §3.1';
  r.uint(2, {
    name: 'Source port',
    meaning: 'The a=sctp-port of the sender (5000 by default)',
    ref,
  });
  r.uint(2, { name: 'Destination port', meaning: 'The a=sctp-port of the receiver', ref });
  r.uint(4, {
    name: 'Verification tag',
    meaning:
      'The Initiate Tag the receiver chose (0 on an INIT): proves the packet belongs to this association',
    ref,
  });
  const expected = bytes.length >= 12 ? sctpChecksum(bytes) : -1;
  const stored = r.uint(4, {
    name: 'Checksum',
    meaning: 'CRC32c of the packet with this field zeroed',
    ref: 'RFC 9260 §6.8',
    show: (v) =>
      `0x${v.toString(16).padStart(8, '0')}${v === expected ? ' (correct)' : v === 0 ? ' (zero checksum)' : ` (expected 0x${expected.toString(16)})`}`,
  });
  const checksumOk = stored === expected;
  if (stored !== undefined && !checksumOk)
    layer.problems.push('The CRC32c checksum does not match the packet.');
  const chunks: string[] = [];
  const data: SctpUserData[] = [];
  while (r.left >= 4) {
    const type = r.uint(1, {
      name: 'Chunk type',
      meaning: 'Which chunk follows',
      ref: 'RFC 9260 §3.2',
      show: (v) => `${v} ${CHUNK_NAMES[v] ?? 'unassigned'}`,
    }) as number;
    const name = CHUNK_NAMES[type] ?? `unassigned chunk ${type}`;
    chunks.push(name);
    const flags = r.uint(1, {
      name: 'Chunk flags',
      meaning: FLAG_TEXT[type] ?? 'Unused here: zero',
      ref: 'RFC 9260 §3.2',
      show: (v) => `0x${v.toString(16).padStart(2, '0')}`,
    }) as number;
    const length = r.uint(2, {
      name: 'Chunk length',
      meaning: 'Bytes of type, flags, length and value, without padding',
      ref: 'RFC 9260 §3.2',
    }) as number;
    const end = Math.min(r.end, r.offset + Math.max(0, length - 4));
    const body = new ByteReader(layer, r.offset, end);
    const reader = CHUNK_BODIES[type];
    if (reader) reader(body, flags, [], data);
    else layer.problems.push(`Chunk type ${type} is not one these decoders know.`);
    if (body.left)
      body.bytes(body.left, {
        name: `${name} value`,
        meaning: reader ? "Bytes after the chunk's fields" : 'A chunk these decoders do not read',
        ref: 'RFC 9260 §3.2',
      });
    r.offset = end;
    const pad = Math.min(r.left, (4 - (length % 4)) % 4);
    if (pad) r.bytes(pad, PADDING_TEXT);
  }
  if (r.left)
    r.bytes(r.left, {
      name: 'Trailing bytes',
      meaning: 'Too short for a chunk header',
      ref: 'RFC 9260 §3.2',
    });
  layer.title = `SCTP ${chunks.join(', ') || 'packet'}`;
  for (const d of data)
    layer.inner.push(decodeDcep(bytes.subarray(d.start, d.end), d.ppid, d.stream));
  return { layer, chunks, checksumOk };
}
