// A cursor over a layer's bytes that records each field as it reads it and never throws: a read
// past the end records what is there as a truncated field, notes a problem and returns undefined.
import { bytesToHex } from '../hex';
import type { WireLayer } from './types';

/** What a field says about itself, besides its bytes. */
export interface FieldText {
  name: string;
  meaning: string;
  ref: string;
  /** Shows the value; defaults to the number or the hex. */
  show?: (value: number, bytes: Uint8Array) => string;
}

/** Reads fields into `layer` from `offset` on. */
export class ByteReader {
  constructor(
    readonly layer: WireLayer,
    public offset = 0,
    readonly end = layer.bytes.length,
  ) {}

  /** Bytes left before `end`. */
  get left(): number {
    return Math.max(0, this.end - this.offset);
  }

  /** An unsigned big-endian integer of 1 to 6 bytes, recorded as a field. */
  uint(size: number, text: FieldText): number | undefined {
    const bytes = this.take(size, text);
    if (!bytes) return undefined;
    let value = 0;
    for (const byte of bytes) value = value * 256 + byte;
    this.record(bytes, text, value, String(value));
    return value;
  }

  /** `size` bytes, recorded as one field shown as hex unless `show` says otherwise. */
  bytes(size: number, text: FieldText): Uint8Array | undefined {
    const bytes = this.take(size, text);
    if (!bytes) return undefined;
    this.record(bytes, text, bytes.length, size === 0 ? '(empty)' : bytesToHex(bytes));
    return bytes;
  }

  /** A field over bytes that were already read in parts (a bit field): no cursor move. */
  note(start: number, end: number, text: FieldText, value: string): void {
    this.layer.fields.push({
      name: text.name,
      start,
      end,
      value,
      meaning: text.meaning,
      ref: text.ref,
    });
  }

  private take(size: number, text: FieldText): Uint8Array | undefined {
    const available = Math.min(size, this.left);
    if (available === size) return this.layer.bytes.subarray(this.offset, this.offset + size);
    const start = this.offset;
    this.offset = this.end;
    if (available > 0)
      this.layer.fields.push({
        name: `${text.name} (truncated)`,
        start,
        end: start + available,
        value: bytesToHex(this.layer.bytes.subarray(start, start + available)),
        meaning: text.meaning,
        ref: text.ref,
      });
    this.layer.problems.push(`Truncated: ${text.name} needs ${size} bytes, ${available} left.`);
    return undefined;
  }

  private record(bytes: Uint8Array, text: FieldText, value: number, fallback: string): void {
    const start = this.offset;
    this.offset += bytes.length;
    const shown = text.show ? text.show(value, bytes) : fallback;
    this.note(start, this.offset, text, shown);
  }
}

/** Name of a code from a table, or "unassigned (N)". */
export function codeName(table: Readonly<Record<number, string>>, code: number): string {
  return table[code] ?? `unassigned (${code})`;
}
