// The bodies of the DTLS 1.2 handshake messages a WebRTC connection sends (RFC 5246 §7.4,
// RFC 6347 §4.2.1, RFC 8422 §5.4 and §5.7 for the ECDHE parts).
import { ByteReader, codeName, type FieldText } from './byte-reader';
import { readExtensions } from './dtls-extensions';
import {
  CERTIFICATE_TYPES,
  CIPHER_SUITES,
  NAMED_GROUPS,
  SIGNATURE_SCHEMES,
  VERSIONS,
  hex16,
} from './dtls-codes';

const T = 'RFC 5246';

function vector(read: ByteReader, lengthSize: number, text: FieldText): Uint8Array | undefined {
  const n = read.uint(lengthSize, {
    name: `${text.name} length`,
    meaning: `Bytes of ${text.name.toLowerCase()}`,
    ref: text.ref,
  });
  return n === undefined ? undefined : read.bytes(n, text);
}

function version(read: ByteReader, ref: string): void {
  read.uint(2, {
    name: 'Version',
    meaning: 'The highest version this side speaks (0xfefd: DTLS 1.2)',
    ref,
    show: (v) => `${hex16(v)} ${codeName(VERSIONS, v)}`,
  });
}

function random(read: ByteReader, who: string, ref: string): void {
  read.bytes(32, {
    name: `${who} random`,
    meaning: `32 fresh bytes from the ${who.toLowerCase()}; with the other random they salt every key of the session`,
    ref,
  });
}

function signature(read: ByteReader, ref: string): void {
  read.uint(2, {
    name: 'Signature algorithm',
    meaning: 'Hash and signature used',
    ref: `${T} §7.4.1.4.1`,
    show: (v) => `${hex16(v)} ${codeName(SIGNATURE_SCHEMES, v)}`,
  });
  vector(read, 2, { name: 'Signature', meaning: 'The signature, DER-encoded for ECDSA', ref });
}

const BODIES: Readonly<Record<number, (read: ByteReader, extensions: string[]) => void>> = {
  1: (r, ext) => {
    const ref = `${T} §7.4.1.2`;
    version(r, ref);
    random(r, 'Client', ref);
    vector(r, 1, { name: 'Session ID', meaning: 'Empty: no session to resume', ref });
    vector(r, 1, {
      name: 'Cookie',
      meaning: 'Empty unless the server asked for one with HelloVerifyRequest',
      ref: 'RFC 6347 §4.2.1',
    });
    const n =
      r.uint(2, { name: 'Cipher suites length', meaning: 'Bytes of cipher suites offered', ref }) ??
      0;
    const end = Math.min(r.end, r.offset + n);
    while (r.offset + 2 <= end)
      r.uint(2, {
        name: 'Cipher suite',
        meaning: 'A suite the client offers, in order of preference',
        ref,
        show: (v) => `${hex16(v)} ${codeName(CIPHER_SUITES, v)}`,
      });
    vector(r, 1, {
      name: 'Compression methods',
      meaning: '00: no compression, the only method used',
      ref,
    });
    readExtensions(r, ext);
  },
  2: (r, ext) => {
    const ref = `${T} §7.4.1.3`;
    version(r, ref);
    random(r, 'Server', ref);
    vector(r, 1, { name: 'Session ID', meaning: 'An identifier for resuming this session', ref });
    r.uint(2, {
      name: 'Cipher suite',
      meaning: 'The suite the server chose from the offer',
      ref,
      show: (v) => `${hex16(v)} ${codeName(CIPHER_SUITES, v)}`,
    });
    r.uint(1, { name: 'Compression method', meaning: '0: none', ref });
    readExtensions(r, ext);
  },
  3: (r) => {
    const ref = 'RFC 6347 §4.2.1';
    version(r, ref);
    vector(r, 1, {
      name: 'Cookie',
      meaning: 'The client must echo it, proving it receives at its address',
      ref,
    });
  },
  11: (r) => {
    const ref = `${T} §7.4.2`;
    const total =
      r.uint(3, { name: 'Certificates length', meaning: 'Bytes of the certificate chain', ref }) ??
      0;
    const end = Math.min(r.end, r.offset + total);
    while (r.offset < end)
      vector(r, 3, {
        name: 'Certificate',
        meaning: 'An X.509 certificate in DER; its SHA-256 is the a=fingerprint of the SDP',
        ref,
      });
  },
  12: (r) => {
    const ref = 'RFC 8422 §5.4';
    r.uint(1, {
      name: 'Curve type',
      meaning: '3: a named curve follows',
      ref,
      show: (v) => (v === 3 ? '3 named_curve' : String(v)),
    });
    r.uint(2, {
      name: 'Named curve',
      meaning: 'The curve of the ephemeral key',
      ref,
      show: (v) => `${hex16(v)} ${codeName(NAMED_GROUPS, v)}`,
    });
    vector(r, 1, { name: 'Public key', meaning: "The server's ephemeral ECDH public point", ref });
    signature(r, ref);
  },
  13: (r) => {
    const ref = `${T} §7.4.4`;
    const types = vector(r, 1, {
      name: 'Certificate types',
      meaning: 'Kinds of client certificate accepted',
      ref,
      show: (_, b) => Array.from(b, (v) => codeName(CERTIFICATE_TYPES, v)).join(', '),
    });
    void types;
    const n =
      r.uint(2, {
        name: 'Signature algorithms length',
        meaning: 'Bytes of accepted signature algorithms',
        ref,
      }) ?? 0;
    const end = Math.min(r.end, r.offset + n);
    while (r.offset + 2 <= end)
      r.uint(2, {
        name: 'Signature algorithm',
        meaning: 'A pair the client certificate may be signed with',
        ref,
        show: (v) => `${hex16(v)} ${codeName(SIGNATURE_SCHEMES, v)}`,
      });
    vector(r, 2, {
      name: 'Certificate authorities',
      meaning: 'Empty: any certificate, WebRTC checks the fingerprint instead',
      ref,
    });
  },
  14: () => {},
  15: (r) => signature(r, `${T} §7.4.8`),
  16: (r) =>
    void vector(r, 1, {
      name: 'Public key',
      meaning: "The client's ephemeral ECDH public point",
      ref: 'RFC 8422 §5.7',
    }),
  20: (r) =>
    void r.bytes(r.left, {
      name: 'Verify data',
      meaning:
        'PRF of the master secret over a hash of every handshake message: proves both saw the same handshake',
      ref: `${T} §7.4.9`,
    }),
};

/** Read the body of a handshake message of `type`; unknown types are kept as one raw field. */
export function readHandshakeBody(type: number, read: ByteReader, extensions: string[]): void {
  const body = BODIES[type];
  if (body) body(read, extensions);
  else
    read.bytes(read.left, {
      name: 'Handshake body',
      meaning: 'A message these decoders do not read',
      ref: `${T} §7.4`,
    });
}
