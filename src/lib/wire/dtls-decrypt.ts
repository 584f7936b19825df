// Opening a DTLS 1.2 AES-128-GCM record (RFC 5288 §3, RFC 5246 §6.2.3.3): the fragment is an
// 8-byte explicit nonce, the ciphertext and a 16-byte tag; the additional data is the record's
// epoch and sequence number (RFC 6347 §4.1.2.1), type, version and plaintext length.
import type { DtlsRecord } from './dtls-record';
import { aesGcmOpen, concatBytes } from './subtle';
import type { RecordKeys } from './tls-keys';

/** The decrypted fragment of a record with the values that opened it. */
export interface OpenedRecord {
  plaintext: Uint8Array;
  nonce: Uint8Array;
  additionalData: Uint8Array;
}

/** Decrypt an epoch-1 record sent by the client (`fromClient`) or server; undefined when it does not open. */
export async function openDtlsRecord(
  record: DtlsRecord,
  keys: RecordKeys,
  fromClient: boolean,
): Promise<OpenedRecord | undefined> {
  const fragment = record.fragment;
  if (fragment.length < 8 + 16) return undefined;
  const nonce = concatBytes(fromClient ? keys.clientIv : keys.serverIv, fragment.subarray(0, 8));
  const plainLength = fragment.length - 8 - 16;
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint16(0, record.epoch);
  view.setUint16(2, Math.floor(record.sequence / 2 ** 32));
  view.setUint32(4, record.sequence % 2 ** 32);
  header[8] = record.contentType;
  view.setUint16(9, record.version);
  view.setUint16(11, plainLength);
  const plaintext = await aesGcmOpen(
    fromClient ? keys.clientKey : keys.serverKey,
    nonce,
    header,
    fragment.subarray(8),
  );
  return plaintext && { plaintext, nonce, additionalData: header };
}
