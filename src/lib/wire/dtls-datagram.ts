// A DTLS datagram end to end: its records, plaintext content read in place, encrypted records
// shown as nonce, ciphertext and tag and, given the keys, opened into an inner plaintext layer.
import { ByteReader } from './byte-reader';
import { readDtlsContent } from './dtls-content';
import { openDtlsRecord } from './dtls-decrypt';
import { decodeDtlsRecords } from './dtls-record';
import type { RecordKeys } from './tls-keys';
import { newLayer, type WireLayer } from './types';

/** Decoded records with the names of what they carry; `opened` counts records decrypted, `sealed` those that did not open. */
export interface DtlsDatagram {
  records: WireLayer[];
  names: string[];
  opened: number;
  sealed: number;
}

/** Decode a DTLS datagram; `keys` and `fromClient` let it open encrypted records. Never throws. */
export async function decodeDtlsDatagram(
  bytes: Uint8Array,
  keys?: RecordKeys,
  fromClient = false,
): Promise<DtlsDatagram> {
  const result: DtlsDatagram = { records: [], names: [], opened: 0, sealed: 0 };
  for (const record of decodeDtlsRecords(bytes)) {
    const layer = record.layer;
    result.records.push(layer);
    const read = new ByteReader(layer, record.fragmentOffset);
    if (record.epoch === 0) {
      const names = readDtlsContent(read, record.contentType);
      result.names.push(...names);
      if (record.contentType === 22) layer.title = `DTLS handshake: ${names.join(', ')}`;
      continue;
    }
    const ref = 'RFC 5288 §3';
    if (read.left < 24) {
      read.bytes(read.left, {
        name: 'Encrypted fragment (short)',
        meaning: 'Too short for an AES-GCM record',
        ref,
      });
      result.sealed += 1;
      continue;
    }
    read.bytes(8, {
      name: 'Explicit nonce',
      meaning: 'The per-record half of the AES-GCM nonce, sent in clear',
      ref,
    });
    read.bytes(read.left - 16, {
      name: 'Ciphertext',
      meaning: 'The content, AES-128-GCM encrypted',
      ref,
    });
    read.bytes(16, {
      name: 'Authentication tag',
      meaning: 'GCM tag over the ciphertext and the record header',
      ref,
    });
    const opened = keys ? await openDtlsRecord(record, keys, fromClient) : undefined;
    if (!opened) {
      result.sealed += 1;
      result.names.push('encrypted');
      continue;
    }
    result.opened += 1;
    const plain = newLayer('dtls', 'Decrypted content', opened.plaintext);
    const names = readDtlsContent(new ByteReader(plain), record.contentType);
    plain.title = `Decrypted: ${names.join(', ')}`;
    layer.inner.push(plain);
    result.names.push(...names);
  }
  return result;
}
