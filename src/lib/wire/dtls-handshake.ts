// DTLS handshake messages (RFC 6347 §4.2.2 header; bodies from RFC 5246 §7.4 and RFC 8422 §5),
// read into the fields of the layer that holds them.
import { ByteReader, codeName } from './byte-reader';
import { readHandshakeBody } from './dtls-handshake-bodies';
import { HANDSHAKE_TYPES } from './dtls-codes';

/** What one handshake message turned out to be. */
export interface HandshakeSummary {
  type: number;
  name: string;
  /** Offsets of the body in the layer's bytes. */
  bodyStart: number;
  bodyEnd: number;
  /** Extension names, for hellos. */
  extensions: string[];
}

const REF = 'RFC 6347 §4.2.2';

/** Read every handshake message from `read.offset` to `read.end`. */
export function readHandshakeMessages(read: ByteReader): HandshakeSummary[] {
  const found: HandshakeSummary[] = [];
  while (read.left > 0) {
    const type = read.uint(1, {
      name: 'Handshake type',
      meaning: 'Which handshake message this is',
      ref: REF,
      show: (v) => `${v} ${codeName(HANDSHAKE_TYPES, v)}`,
    });
    if (type === undefined) break;
    const name = codeName(HANDSHAKE_TYPES, type);
    if (!HANDSHAKE_TYPES[type]) read.layer.problems.push(`Handshake type ${type} is not assigned.`);
    const length = read.uint(3, {
      name: 'Message length',
      meaning: 'Bytes of the whole message body',
      ref: REF,
      show: (v) => `${v} bytes`,
    });
    read.uint(2, {
      name: 'Message sequence',
      meaning:
        'Counts handshake messages from 0, so a receiver can order them and spot retransmissions',
      ref: REF,
    });
    const offset = read.uint(3, {
      name: 'Fragment offset',
      meaning: 'Where this fragment starts in the body (0: from the start)',
      ref: REF,
    });
    const fragmentLength = read.uint(3, {
      name: 'Fragment length',
      meaning: 'Bytes of body in this record (equal to the message length: not fragmented)',
      ref: REF,
      show: (v) => `${v} bytes`,
    });
    if (fragmentLength === undefined || length === undefined) break;
    const bodyStart = read.offset;
    const bodyEnd = Math.min(read.end, bodyStart + fragmentLength);
    const body = new ByteReader(read.layer, bodyStart, bodyEnd);
    const extensions: string[] = [];
    if (offset === 0 && fragmentLength === length) readHandshakeBody(type, body, extensions);
    else
      body.bytes(body.left, {
        name: `${name} fragment`,
        meaning: 'Part of a message split over several records',
        ref: REF,
      });
    if (body.left) {
      read.layer.problems.push(`${body.left} bytes left over in ${name}.`);
      body.bytes(body.left, {
        name: `${name} trailing bytes`,
        meaning: 'Bytes after the fields of the message',
        ref: REF,
      });
    }
    read.offset = bodyEnd;
    found.push({ type, name, bodyStart, bodyEnd, extensions });
  }
  return found;
}
