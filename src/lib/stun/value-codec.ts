// The shape every attribute value codec has: read bytes (never throwing), write a value, render it
// for people, and a typical value that the tests round-trip. The attribute table names one codec
// per attribute type, and the encoder and decoder only ever go through it.
import type { StunValueField, StunValueKind, StunValueOf } from './attribute-value-types';

/** A decoded value and its sub-fields, or why the bytes could not be decoded. */
export type ValueDecoding<K extends StunValueKind = StunValueKind> =
  { value: StunValueOf<K>; fields: StunValueField[]; warning?: string } | { error: string };

/** Reads and writes one kind of attribute value (layouts from RFC 8489 §14, RFC 8656 §18, RFC 8445 §7.1). */
export interface StunValueCodec<K extends StunValueKind = StunValueKind> {
  readonly kind: K;
  /** Read a value from its bytes (without padding); the transaction ID is for XOR addresses. Never throws. */
  decode(bytes: Uint8Array, transactionId: Uint8Array): ValueDecoding<K>;
  /** Write a value's bytes (without padding). Throws RangeError on a value that cannot be written. */
  encode(value: StunValueOf<K>, transactionId: Uint8Array): Uint8Array;
  /** A short rendering for people: byte-segment labels and tables. */
  format(value: StunValueOf<K>): string;
  /** A typical value; every codec must write and read it back unchanged. */
  readonly example: StunValueOf<K>;
}

/** The error text when `bytes` is not exactly `size` long, else undefined. */
export function wrongLength(bytes: Uint8Array, size: number, what: string): string | undefined {
  return bytes.length === size
    ? undefined
    : `${what} is ${size} bytes long, found ${bytes.length}.`;
}

/** A zeroed buffer of `size` bytes, filled in through a DataView. */
export function fixedBytes(
  size: number,
  fill: (view: DataView, bytes: Uint8Array) => void,
): Uint8Array {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer), bytes);
  return bytes;
}

/** A DataView over exactly these bytes. */
export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
