// The content of a DTLS record, plaintext (epoch 0) or decrypted: handshake messages,
// ChangeCipherSpec (RFC 5246 §7.1), alerts (RFC 5246 §7.2) or application data (SCTP, RFC 8261).
import { ByteReader, codeName } from './byte-reader';
import { ALERT_DESCRIPTIONS, ALERT_LEVELS } from './dtls-codes';
import { readHandshakeMessages } from './dtls-handshake';
import { decodeSctp } from './sctp';
import type { WireLayer } from './types';

/** Names of what the content held, e.g. ["ClientHello"] or ["SCTP INIT"]. */
export type ContentNames = string[];

/** Read `contentType` content from `read.offset` on into the layer; application data becomes an inner SCTP layer. */
export function readDtlsContent(read: ByteReader, contentType: number): ContentNames {
  const layer: WireLayer = read.layer;
  if (contentType === 22) {
    const messages = readHandshakeMessages(read);
    return messages.map((m) => m.name);
  }
  if (contentType === 20) {
    read.uint(1, {
      name: 'Change cipher spec',
      meaning: 'Always 1: records from this side are encrypted from the next one on',
      ref: 'RFC 5246 §7.1',
    });
    if (read.left)
      read.bytes(read.left, {
        name: 'Trailing bytes',
        meaning: 'ChangeCipherSpec is one byte',
        ref: 'RFC 5246 §7.1',
      });
    return ['ChangeCipherSpec'];
  }
  if (contentType === 21) {
    read.uint(1, {
      name: 'Alert level',
      meaning: '1 warning, 2 fatal',
      ref: 'RFC 5246 §7.2',
      show: (v) => `${v} ${codeName(ALERT_LEVELS, v)}`,
    });
    const description = read.uint(1, {
      name: 'Alert description',
      meaning: 'What happened; close_notify says the sender is closing',
      ref: 'RFC 5246 §7.2',
      show: (v) => `${v} ${codeName(ALERT_DESCRIPTIONS, v)}`,
    });
    if (read.left)
      read.bytes(read.left, {
        name: 'Trailing bytes',
        meaning: 'An alert is two bytes',
        ref: 'RFC 5246 §7.2',
      });
    return [`Alert ${codeName(ALERT_DESCRIPTIONS, description ?? -1)}`];
  }
  if (contentType === 23) {
    const bytes = layer.bytes.subarray(read.offset, read.end);
    read.bytes(read.left, {
      name: 'Application data',
      meaning: 'An SCTP packet: DTLS carries the data channels',
      ref: 'RFC 8261',
    });
    const sctp = decodeSctp(bytes);
    layer.inner.push(sctp.layer);
    const carried = sctp.layer.inner.map((inner) => inner.title);
    return [carried.length ? `${sctp.layer.title}: ${carried.join(', ')}` : sctp.layer.title];
  }
  read.bytes(read.left, {
    name: 'Record content',
    meaning: 'A content type these decoders do not read',
    ref: 'RFC 6347 §4.1',
  });
  layer.problems.push(`Content type ${contentType} is not one these decoders know.`);
  return [`content type ${contentType}`];
}
