// Shapes of whole STUN messages: what the encoder takes and what the decoder returns (RFC 8489
// §5, §14). The 14-bit message type field itself is in ./message-type-field.ts.
import type { Diagnostic } from '../diagnostic';
import type { StunAttributeEntry } from './attribute-registry';
import type { StunAttributeValue } from './attribute-value-types';
import type { StunClass } from './message-type-field';

/** An attribute to encode: its type code and its value. */
export interface StunAttribute {
  type: number;
  value: StunAttributeValue;
}

/** A message to encode. MESSAGE-INTEGRITY and FINGERPRINT are added by the encoder's options, not listed here. */
export interface StunMessage {
  method: number;
  messageClass: StunClass;
  /** 12 bytes (96 bits, RFC 8489 §5). */
  transactionId: Uint8Array;
  attributes: StunAttribute[];
}

/** What a run of bytes is, for colouring a hex view. */
export type StunSegmentKind =
  | 'message-type'
  | 'message-length'
  | 'magic-cookie'
  | 'transaction-id'
  | 'attribute-type'
  | 'attribute-length'
  | 'attribute-value'
  | 'value-field'
  | 'reserved'
  | 'padding'
  | 'truncated'
  | 'trailing';

/** A run of bytes `[start, end)` with a name and its decoded value; segments tile the input in order. */
export interface StunByteSegment {
  start: number;
  end: number;
  name: string;
  value: string;
  kind: StunSegmentKind;
  /** The attribute the bytes belong to, when they belong to one. */
  attribute?: string;
}

/** One attribute as found on the wire. */
export interface DecodedStunAttribute {
  type: number;
  name: string;
  entry: StunAttributeEntry | undefined;
  /** Offset of the attribute's 4-byte header in the message. */
  offset: number;
  /** The value length the attribute declares (without padding). */
  length: number;
  /** The value bytes present (fewer than `length` when truncated). */
  raw: Uint8Array;
  /** Undefined when the value could not be decoded (see the diagnostics). */
  value: StunAttributeValue | undefined;
  truncated: boolean;
  /** After MESSAGE-INTEGRITY or FINGERPRINT, receivers ignore it (RFC 8489 §14.5, §14.7). */
  ignored: boolean;
}

/** The header fields of a message (RFC 8489 §5), when all 20 bytes were present. */
export interface StunHeader {
  type: number;
  method: number;
  messageClass: StunClass;
  /** e.g. "Binding success response". */
  description: string;
  /** The attributes' length the header declares. */
  length: number;
  magicCookie: number;
  transactionId: Uint8Array;
}

/** A decoded message header and its attributes. */
export interface DecodedStunMessage extends StunHeader {
  attributes: DecodedStunAttribute[];
}

/** Result of decoding bytes: the message when the header was readable, byte segments and diagnostics (each with a byte span). */
export interface StunDecodeResult {
  message: DecodedStunMessage | undefined;
  segments: StunByteSegment[];
  diagnostics: Diagnostic[];
}
