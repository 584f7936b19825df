// SCTP parameters: type-length-value with 4-byte padding (RFC 9260 §3.2.1), the ones INIT,
// INIT ACK, HEARTBEAT and RE-CONFIG carry in a WebRTC association.
import { ByteReader, type FieldText } from './byte-reader';

interface ParamEntry {
  name: string;
  meaning: string;
  ref: string;
  body?: (read: ByteReader) => void;
}

const n4 = (r: ByteReader, name: string, meaning: string, ref: string) =>
  r.uint(4, { name, meaning, ref });

/** Parameter types (IANA SCTP Parameter Types). */
export const SCTP_PARAMS: Readonly<Record<number, ParamEntry>> = {
  1: {
    name: 'Heartbeat Info',
    meaning: 'Opaque to the receiver, echoed back in the HEARTBEAT ACK',
    ref: 'RFC 9260 §3.3.5',
  },
  7: {
    name: 'State Cookie',
    meaning:
      'Everything the server needs to build the association, signed by it and echoed back: no state kept until COOKIE ECHO',
    ref: 'RFC 9260 §3.3.3',
  },
  13: {
    name: 'Outgoing SSN Reset Request',
    meaning: 'Resets outgoing streams: how a data channel is closed',
    ref: 'RFC 6525 §4.1',
    body: (r) => {
      const ref = 'RFC 6525 §4.1';
      n4(r, 'Re-configuration request sequence number', 'Identifies this request', ref);
      n4(
        r,
        'Re-configuration response sequence number',
        'The request of the peer this one answers, if any',
        ref,
      );
      n4(r, "Sender's last assigned TSN", 'The reset happens after this TSN is delivered', ref);
      while (r.left >= 2)
        r.uint(2, { name: 'Stream number', meaning: 'A stream (data channel id) to reset', ref });
    },
  },
  14: {
    name: 'Incoming SSN Reset Request',
    meaning: 'Asks the peer to reset its outgoing streams',
    ref: 'RFC 6525 §4.2',
    body: (r) => {
      n4(r, 'Re-configuration request sequence number', 'Identifies this request', 'RFC 6525 §4.2');
      while (r.left >= 2)
        r.uint(2, { name: 'Stream number', meaning: 'A stream to reset', ref: 'RFC 6525 §4.2' });
    },
  },
  16: {
    name: 'Re-configuration Response',
    meaning: 'The answer to a reset request',
    ref: 'RFC 6525 §4.4',
    body: (r) => {
      const ref = 'RFC 6525 §4.4';
      n4(r, 'Re-configuration response sequence number', 'The request this answers', ref);
      r.uint(4, {
        name: 'Result',
        meaning: 'Outcome of the request',
        ref,
        show: (v) =>
          `${v} ${['Success - Nothing to do', 'Success - Performed', 'Denied', 'Error - Wrong SSN', 'Error - Request already in progress', 'Error - Bad Sequence Number', 'In progress'][v] ?? 'unassigned'}`,
      });
      if (r.left >= 8) {
        n4(r, "Sender's next TSN", 'Next TSN the sender will use', ref);
        n4(r, "Receiver's next TSN", 'Next TSN the receiver expects', ref);
      }
    },
  },
  0x8000: {
    name: 'ECN Capable (reserved)',
    meaning: 'Explicit congestion notification support',
    ref: 'RFC 9260 §3.3.2.1',
  },
  0x8001: {
    name: 'Zero Checksum Acceptable',
    meaning:
      'This side accepts packets with a zero checksum when a lower layer (DTLS) already protects them',
    ref: 'RFC 9653',
  },
  0x8008: {
    name: 'Supported Extensions',
    meaning: 'The chunk types this side understands beyond the base protocol',
    ref: 'RFC 5061 §4.2.7',
    body: (r) => {
      while (r.left)
        r.uint(1, {
          name: 'Chunk type',
          meaning: 'An extension chunk this side supports',
          ref: 'RFC 5061 §4.2.7',
          show: (v) => `${v} ${CHUNK_NAMES[v] ?? 'unassigned'}`,
        });
    },
  },
  0xc000: {
    name: 'Forward-TSN-Supported',
    meaning: 'Partial reliability: unreliable data channels need it',
    ref: 'RFC 3758 §3.1',
  },
};

/** Chunk type names (IANA SCTP Chunk Types), shared with the chunk decoder. */
export const CHUNK_NAMES: Readonly<Record<number, string>> = {
  0: 'DATA',
  1: 'INIT',
  2: 'INIT ACK',
  3: 'SACK',
  4: 'HEARTBEAT',
  5: 'HEARTBEAT ACK',
  6: 'ABORT',
  7: 'SHUTDOWN',
  8: 'SHUTDOWN ACK',
  9: 'ERROR',
  10: 'COOKIE ECHO',
  11: 'COOKIE ACK',
  14: 'SHUTDOWN COMPLETE',
  64: 'I-DATA',
  128: 'ASCONF-ACK',
  130: 'RE-CONFIG',
  192: 'FORWARD TSN',
  193: 'ASCONF',
  194: 'I-FORWARD-TSN',
};

const PAD: FieldText = {
  name: 'Padding',
  meaning: 'Zero bytes up to a multiple of 4',
  ref: 'RFC 9260 §3.2',
};

/** Read TLV parameters from `read.offset` to `read.end`; names found go to `names`. */
export function readSctpParams(read: ByteReader, names: string[], ref: string): void {
  while (read.left >= 4) {
    const type = read.uint(2, {
      name: 'Parameter type',
      meaning: 'Which parameter follows',
      ref,
      show: (v) => `0x${v.toString(16).padStart(4, '0')} ${SCTP_PARAMS[v]?.name ?? 'unassigned'}`,
    }) as number;
    const entry = SCTP_PARAMS[type];
    names.push(entry?.name ?? `unassigned parameter ${type}`);
    if (!entry)
      read.layer.problems.push(
        `SCTP parameter 0x${type.toString(16)} is not one these decoders know.`,
      );
    const length = read.uint(2, {
      name: 'Parameter length',
      meaning: 'Bytes of type, length and value, without padding',
      ref,
    }) as number;
    const end = Math.min(read.end, read.offset + Math.max(0, length - 4));
    const body = new ByteReader(read.layer, read.offset, end);
    entry?.body?.(body);
    if (body.left)
      body.bytes(body.left, {
        name: entry?.name ?? 'Parameter value',
        meaning: entry?.meaning ?? 'A value these decoders do not read',
        ref: entry?.ref ?? ref,
      });
    read.offset = end;
    const padding = Math.min(read.left, (4 - (length % 4)) % 4);
    if (padding) read.bytes(padding, PAD);
  }
  if (read.left)
    read.bytes(read.left, { name: 'Trailing bytes', meaning: 'Too short for a parameter', ref });
}

/** Field text for chunk padding. */
export const PADDING_TEXT = PAD;
