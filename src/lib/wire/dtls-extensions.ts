// TLS hello extensions (RFC 5246 §7.4.1.4) as a DTLS 1.2 WebRTC handshake carries them, with
// use_srtp (RFC 5764 §4.1.1) the one that makes DTLS-SRTP.
import { ByteReader, codeName } from './byte-reader';
import { NAMED_GROUPS, SIGNATURE_SCHEMES, SRTP_PROFILES, hex16 } from './dtls-codes';

interface ExtensionEntry {
  name: string;
  meaning: string;
  ref: string;
  body?: (read: ByteReader) => void;
}

function list(
  read: ByteReader,
  lengthSize: number,
  itemSize: number,
  item: (r: ByteReader) => void,
  name: string,
  ref: string,
): void {
  const length = read.uint(lengthSize, {
    name: `${name} length`,
    meaning: `Bytes of ${name.toLowerCase()} that follow`,
    ref,
  });
  if (length === undefined) return;
  const end = Math.min(read.end, read.offset + length);
  const inner = new ByteReader(read.layer, read.offset, end);
  while (inner.left >= itemSize) item(inner);
  if (inner.left)
    inner.bytes(inner.left, {
      name: `${name} (odd bytes)`,
      meaning: 'Bytes that do not make a whole entry',
      ref,
    });
  read.offset = end;
}

const code16 =
  (table: Readonly<Record<number, string>>, name: string, meaning: string, ref: string) =>
  (r: ByteReader) =>
    void r.uint(2, { name, meaning, ref, show: (v) => `${hex16(v)} ${codeName(table, v)}` });

/** Extensions by type code (IANA TLS ExtensionType Values). */
export const EXTENSIONS: Readonly<Record<number, ExtensionEntry>> = {
  10: {
    name: 'supported_groups',
    meaning: 'The elliptic curves this side can do ECDHE on',
    ref: 'RFC 8422 §5.1.1',
    body: (r) =>
      list(
        r,
        2,
        2,
        code16(NAMED_GROUPS, 'Named group', 'A curve for the key exchange', 'RFC 8422 §5.1.1'),
        'Named group list',
        'RFC 8422 §5.1.1',
      ),
  },
  11: {
    name: 'ec_point_formats',
    meaning: 'How curve points may be encoded (0 = uncompressed)',
    ref: 'RFC 8422 §5.1.2',
    body: (r) =>
      list(
        r,
        1,
        1,
        (i) =>
          void i.uint(1, {
            name: 'Point format',
            meaning: '0 is uncompressed, the only one still allowed',
            ref: 'RFC 8422 §5.1.2',
            show: (v) => (v === 0 ? '0 uncompressed' : String(v)),
          }),
        'Point format list',
        'RFC 8422 §5.1.2',
      ),
  },
  13: {
    name: 'signature_algorithms',
    meaning: 'The signature and hash pairs this side accepts',
    ref: 'RFC 5246 §7.4.1.4.1',
    body: (r) =>
      list(
        r,
        2,
        2,
        code16(
          SIGNATURE_SCHEMES,
          'Signature algorithm',
          'A hash and signature pair',
          'RFC 5246 §7.4.1.4.1',
        ),
        'Signature algorithm list',
        'RFC 5246 §7.4.1.4.1',
      ),
  },
  14: {
    name: 'use_srtp',
    meaning: 'Asks that the handshake also key SRTP for the media: this is what makes DTLS-SRTP',
    ref: 'RFC 5764 §4.1.1',
    body: (r) => {
      list(
        r,
        2,
        2,
        code16(
          SRTP_PROFILES,
          'SRTP protection profile',
          'A cipher and authentication pair for SRTP',
          'RFC 5764 §4.1.2',
        ),
        'Protection profile list',
        'RFC 5764 §4.1.1',
      );
      const mki = r.uint(1, {
        name: 'MKI length',
        meaning: 'Length of the SRTP master key identifier; 0 in WebRTC',
        ref: 'RFC 5764 §4.1.1',
      });
      if (mki)
        r.bytes(mki, {
          name: 'MKI',
          meaning: 'SRTP master key identifier',
          ref: 'RFC 5764 §4.1.1',
        });
    },
  },
  16: {
    name: 'application_layer_protocol_negotiation',
    meaning: 'ALPN protocol names',
    ref: 'RFC 7301 §3.1',
  },
  23: {
    name: 'extended_master_secret',
    meaning:
      'The master secret will hash the whole handshake, binding it to this session (empty body)',
    ref: 'RFC 7627 §5.1',
  },
  35: {
    name: 'session_ticket',
    meaning: 'Session resumption ticket (empty: none yet)',
    ref: 'RFC 5077 §3.2',
  },
  43: {
    name: 'supported_versions',
    meaning: 'Protocol versions offered (TLS 1.3 style)',
    ref: 'RFC 8446 §4.2.1',
  },
  0xff01: {
    name: 'renegotiation_info',
    meaning: 'Secure renegotiation: empty on a first handshake',
    ref: 'RFC 5746 §3.2',
    body: (r) => {
      const n = r.uint(1, {
        name: 'Renegotiated connection length',
        meaning: '0 on the first handshake',
        ref: 'RFC 5746 §3.2',
      });
      if (n)
        r.bytes(n, {
          name: 'Renegotiated connection',
          meaning: 'Finished data of the previous handshake',
          ref: 'RFC 5746 §3.2',
        });
    },
  },
};

/** Read an extensions block (2-byte length, then type, length, data each) up to `read.end`. */
export function readExtensions(read: ByteReader, names: string[]): void {
  if (read.left === 0) return;
  const ref = 'RFC 5246 §7.4.1.4';
  const total = read.uint(2, {
    name: 'Extensions length',
    meaning: 'Bytes of extensions that follow',
    ref,
  });
  if (total === undefined) return;
  const end = Math.min(read.end, read.offset + total);
  while (read.offset < end) {
    const type = read.uint(2, {
      name: 'Extension type',
      meaning: 'Which extension follows',
      ref,
      show: (v) => `${hex16(v)} ${EXTENSIONS[v]?.name ?? 'unassigned'}`,
    });
    if (type === undefined) break;
    const entry = EXTENSIONS[type];
    names.push(entry?.name ?? `unassigned ${hex16(type)}`);
    if (!entry)
      read.layer.problems.push(`Extension ${hex16(type)} is not one these decoders know.`);
    const length = read.uint(2, {
      name: 'Extension length',
      meaning: `Bytes of ${entry?.name ?? 'extension'} data`,
      ref,
    });
    if (length === undefined) break;
    const bodyEnd = Math.min(end, read.offset + length);
    const body = new ByteReader(read.layer, read.offset, bodyEnd);
    if (entry?.body) entry.body(body);
    if (body.left)
      body.bytes(body.left, {
        name: `${entry?.name ?? 'unknown extension'} data`,
        meaning: entry?.meaning ?? 'Extension data these decoders do not read',
        ref: entry?.ref ?? ref,
      });
    read.offset = bodyEnd;
  }
}
