// The DTLS record layer (RFC 6347 §4.1): a datagram holds one or more records, each a 13-byte
// header (type, version, epoch, 48-bit sequence number, length) and its fragment.
import { ByteReader, codeName } from './byte-reader';
import { CONTENT_TYPES, VERSIONS, hex16 } from './dtls-codes';
import { newLayer, type WireLayer } from './types';

/** One record as found: its layer (header fields, fragment field) and the numbers to decrypt it. */
export interface DtlsRecord {
  layer: WireLayer;
  contentType: number;
  version: number;
  epoch: number;
  /** The 48-bit sequence number (exact: below 2^53). */
  sequence: number;
  /** The fragment bytes present (shorter than declared when truncated). */
  fragment: Uint8Array;
  /** Offset of the fragment in the record's bytes (13). */
  fragmentOffset: number;
}

const HEADER = 13;

/** Split a datagram into its DTLS records; never throws, the last record may be truncated. */
export function decodeDtlsRecords(datagram: Uint8Array): DtlsRecord[] {
  const records: DtlsRecord[] = [];
  let at = 0;
  while (at < datagram.length) {
    const declared =
      datagram.length - at >= HEADER ? (datagram[at + 11]! << 8) | datagram[at + 12]! : 0;
    const end = Math.min(datagram.length, at + HEADER + declared);
    const bytes = datagram.subarray(at, end);
    const type = bytes[0] ?? 0;
    const layer = newLayer('dtls', `DTLS ${codeName(CONTENT_TYPES, type)} record`, bytes);
    const read = new ByteReader(layer);
    read.uint(1, {
      name: 'Content type',
      meaning: 'What the record carries; the first byte also tells DTLS apart from STUN and SRTP',
      ref: 'RFC 6347 §4.1',
      show: (v) => `${v} ${codeName(CONTENT_TYPES, v)}`,
    });
    const version = read.uint(2, {
      name: 'Version',
      meaning: 'DTLS versions count down from 0xfeff: 0xfefd is DTLS 1.2',
      ref: 'RFC 6347 §4.1',
      show: (v) => `${hex16(v)} ${codeName(VERSIONS, v)}`,
    });
    const epoch = read.uint(2, {
      name: 'Epoch',
      meaning:
        'Counts cipher state changes: 0 before ChangeCipherSpec (plaintext), 1 after (encrypted)',
      ref: 'RFC 6347 §4.1',
    });
    const sequence = read.uint(6, {
      name: 'Sequence number',
      meaning:
        'Explicit per-record counter within the epoch, used for replay detection and the AEAD nonce',
      ref: 'RFC 6347 §4.1',
    });
    const length = read.uint(2, {
      name: 'Length',
      meaning: 'Bytes of fragment that follow this 13-byte header',
      ref: 'RFC 6347 §4.1',
      show: (v) => `${v} bytes`,
    });
    const fragmentOffset = read.offset;
    const fragment = bytes.subarray(fragmentOffset);
    if (length !== undefined && fragment.length < length)
      layer.problems.push(
        `Truncated: the record declares ${length} bytes, ${fragment.length} present.`,
      );
    if (type < 20 || type > 63)
      layer.problems.push(`Content type ${type} is outside the DTLS range 20-63 (RFC 7983).`);
    records.push({
      layer,
      contentType: type,
      version: version ?? 0,
      epoch: epoch ?? 0,
      sequence: sequence ?? 0,
      fragment,
      fragmentOffset,
    });
    at = end === at ? datagram.length : end;
  }
  return records;
}
