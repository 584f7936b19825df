// The values of the SCTP chunks a data channel uses (RFC 9260 §3.3, RFC 6525 §3.1 RE-CONFIG,
// RFC 3758 §3.2 FORWARD TSN), read after each chunk's type, flags and length.
import { ByteReader } from './byte-reader';
import { readSctpParams } from './sctp-params';

/** What a DATA chunk delivered, for the layer above. */
export interface SctpUserData {
  stream: number;
  ppid: number;
  /** Offsets of the user data in the SCTP layer's bytes. */
  start: number;
  end: number;
}

const R = 'RFC 9260';

function init(r: ByteReader, names: string[], ack: boolean): void {
  const ref = `${R} §3.3.${ack ? 3 : 2}`;
  r.uint(4, {
    name: 'Initiate tag',
    meaning: 'The verification tag the peer must put on every packet it sends back',
    ref,
  });
  r.uint(4, {
    name: 'Advertised receiver window credit',
    meaning: 'Bytes of buffer this side offers',
    ref,
    show: (v) => `${v} bytes`,
  });
  r.uint(2, {
    name: 'Number of outbound streams',
    meaning: 'Streams this side wants to send on (each data channel is one stream id)',
    ref,
  });
  r.uint(2, { name: 'Number of inbound streams', meaning: 'Streams this side accepts', ref });
  r.uint(4, {
    name: 'Initial TSN',
    meaning: 'The first transmission sequence number this side will use',
    ref,
  });
  readSctpParams(r, names, ref);
}

type ChunkBody = (r: ByteReader, flags: number, names: string[], data: SctpUserData[]) => void;

/** Chunk value readers by chunk type. */
export const CHUNK_BODIES: Readonly<Record<number, ChunkBody>> = {
  0: (r, _f, _n, data) => {
    const ref = `${R} §3.3.1`;
    r.uint(4, {
      name: 'TSN',
      meaning: 'Transmission sequence number: what SACKs acknowledge',
      ref,
    });
    const stream = r.uint(2, { name: 'Stream identifier', meaning: 'The data channel id', ref });
    r.uint(2, {
      name: 'Stream sequence number',
      meaning: 'Order of the message within its stream',
      ref,
    });
    const ppid = r.uint(4, {
      name: 'Payload protocol identifier',
      meaning: 'What the bytes are: 50 DCEP (RFC 8832), 51 string, 53 binary, 56/57 empty',
      ref: 'RFC 8831',
      show: (v) => `${v} ${PPIDS[v] ?? 'unassigned'}`,
    });
    data.push({ stream: stream ?? 0, ppid: ppid ?? 0, start: r.offset, end: r.end });
    r.bytes(r.left, { name: 'User data', meaning: 'The message, or a piece of it', ref });
  },
  1: (r, _f, names) => init(r, names, false),
  2: (r, _f, names) => init(r, names, true),
  3: (r) => {
    const ref = `${R} §3.3.4`;
    r.uint(4, { name: 'Cumulative TSN ack', meaning: 'Every TSN up to this one has arrived', ref });
    r.uint(4, {
      name: 'Advertised receiver window credit',
      meaning: 'Buffer space left',
      ref,
      show: (v) => `${v} bytes`,
    });
    const gaps =
      r.uint(2, {
        name: 'Number of gap ack blocks',
        meaning: 'Ranges received beyond a hole',
        ref,
      }) ?? 0;
    const dups =
      r.uint(2, {
        name: 'Number of duplicate TSNs',
        meaning: 'TSNs received more than once',
        ref,
      }) ?? 0;
    for (let i = 0; i < gaps && r.left >= 4; i += 1) {
      r.uint(2, {
        name: 'Gap ack block start',
        meaning: 'Offset from the cumulative TSN ack',
        ref,
      });
      r.uint(2, { name: 'Gap ack block end', meaning: 'Offset from the cumulative TSN ack', ref });
    }
    for (let i = 0; i < dups && r.left >= 4; i += 1)
      r.uint(4, { name: 'Duplicate TSN', meaning: 'Received twice', ref });
  },
  4: (r, _f, names) => readSctpParams(r, names, `${R} §3.3.5`),
  5: (r, _f, names) => readSctpParams(r, names, `${R} §3.3.6`),
  6: (r) => readCauses(r, `${R} §3.3.7`),
  7: (r) =>
    void r.uint(4, {
      name: 'Cumulative TSN ack',
      meaning: 'Last TSN received in order before shutting down',
      ref: `${R} §3.3.8`,
    }),
  8: () => {},
  9: (r) => readCauses(r, `${R} §3.3.10`),
  10: (r) =>
    void r.bytes(r.left, {
      name: 'Cookie',
      meaning: 'The State Cookie of the INIT ACK, echoed back unchanged',
      ref: `${R} §3.3.11`,
    }),
  11: () => {},
  14: () => {},
  130: (r, _f, names) => readSctpParams(r, names, 'RFC 6525 §3.1'),
  192: (r) => {
    const ref = 'RFC 3758 §3.2';
    r.uint(4, {
      name: 'New cumulative TSN',
      meaning: 'The receiver should act as if every TSN up to here arrived (abandoned messages)',
      ref,
    });
    while (r.left >= 4) {
      r.uint(2, { name: 'Stream', meaning: 'A stream with skipped messages', ref });
      r.uint(2, { name: 'Stream sequence', meaning: 'The last skipped message on it', ref });
    }
  },
};

/** Payload protocol identifiers of WebRTC (RFC 8831; 50, DCEP, is RFC 8832's). */
export const PPIDS: Readonly<Record<number, string>> = {
  50: 'WebRTC DCEP',
  51: 'WebRTC String',
  53: 'WebRTC Binary',
  56: 'WebRTC String Empty',
  57: 'WebRTC Binary Empty',
};

const CAUSES: Readonly<Record<number, string>> = {
  1: 'Invalid Stream Identifier',
  2: 'Missing Mandatory Parameter',
  3: 'Stale Cookie Error',
  4: 'Out of Resource',
  5: 'Unresolvable Address',
  6: 'Unrecognized Chunk Type',
  7: 'Invalid Mandatory Parameter',
  8: 'Unrecognized Parameters',
  9: 'No User Data',
  10: 'Cookie Received While Shutting Down',
  11: 'Restart of an Association with New Addresses',
  12: 'User-Initiated Abort',
  13: 'Protocol Violation',
};

function readCauses(r: ByteReader, ref: string): void {
  while (r.left >= 4) {
    r.uint(2, {
      name: 'Cause code',
      meaning: 'Why',
      ref: `${R} §3.3.10`,
      show: (v) => `${v} ${CAUSES[v] ?? 'unassigned'}`,
    });
    const length =
      r.uint(2, {
        name: 'Cause length',
        meaning: 'Bytes of code, length and information',
        ref: `${R} §3.3.10`,
      }) ?? 4;
    const n = Math.min(r.left, Math.max(0, length - 4));
    if (n) r.bytes(n, { name: 'Cause information', meaning: 'Details of the cause', ref });
    const pad = Math.min(r.left, (4 - (length % 4)) % 4);
    if (pad)
      r.bytes(pad, {
        name: 'Padding',
        meaning: 'Zero bytes up to a multiple of 4',
        ref: `${R} §3.2`,
      });
  }
  if (r.left)
    r.bytes(r.left, { name: 'Trailing bytes', meaning: 'Too short for an error cause', ref });
}
