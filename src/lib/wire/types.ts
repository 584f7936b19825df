// The shapes every wire decoder returns: named byte fields grouped into protocol layers, so a view
// can colour each byte and say what it is, and a layer can hold the layers it carries.

/** A run of bytes `[start, end)` of its layer's `bytes`, with its name, value, meaning and source. */
export interface WireField {
  name: string;
  start: number;
  end: number;
  value: string;
  meaning: string;
  /** Where it is defined, e.g. "RFC 6347 §4.1". */
  ref: string;
}

/** The protocols the decoders know. */
export type WireProtocol =
  | 'stun'
  | 'dtls'
  | 'dtls-handshake'
  | 'sctp'
  | 'sctp-chunk'
  | 'dcep'
  | 'message'
  | 'rtp'
  | 'rtcp'
  | 'raw';

/** One protocol unit: its own bytes (fields index into them), fields, problems and inner layers. */
export interface WireLayer {
  protocol: WireProtocol;
  /** A short title, e.g. "ClientHello" or "SCTP DATA". */
  title: string;
  bytes: Uint8Array;
  fields: WireField[];
  /** Deviations found while decoding (truncation, bad checksum, unknown codes). */
  problems: string[];
  /** Layers carried inside this one (decrypted or nested), each with its own bytes. */
  inner: WireLayer[];
}

/** A new empty layer over `bytes`. */
export function newLayer(protocol: WireProtocol, title: string, bytes: Uint8Array): WireLayer {
  return { protocol, title, bytes, fields: [], problems: [], inner: [] };
}
