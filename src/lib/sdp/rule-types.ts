// The shape of one entry in the SDP rule table (see rules/). The table is the single source the
// parser, the annotator, the views and the tests read: grammar, example, explanation, RFC.
import type { Diagnostic } from '../diagnostic';
import type { SdpField } from './types';

/** An `a=rtpmap` entry of the current media section, looked up by payload type. */
export interface CodecInfo {
  name: string;
  clockRate: string;
  channels: string;
}

/** What a field's meaning may depend on: the media section the line is in. */
export interface AnnotationContext {
  /** `audio`, `video`, `application`... or empty in the session part. */
  media: string;
  proto: string;
  /** Payload type -> codec, from the section's `a=rtpmap` lines. */
  codecs: ReadonlyMap<string, CodecInfo>;
  /** True in the session part. */
  session: boolean;
}

/** A problem found while reading a line: a Diagnostic whose line span the annotator adds. */
export type LineFinding = Diagnostic;

/** A meaning written out, or computed from the value, its section and the fields before it on the line. */
export type FieldMeaning =
  string | ((value: string, context: AnnotationContext, previous: readonly SdpField[]) => string);

/** One placeholder of a grammar: its name and how to explain its value. */
export interface FieldRule {
  name: string;
  meaning: FieldMeaning;
  /** A space-separated list: each item becomes its own field with this name. */
  list?: true;
}

/** What reading a line's value produced. */
export interface FieldReading {
  fields: SdpField[];
  findings: LineFinding[];
}

/** Reads a value that a grammar cannot describe (candidate, fmtp); `offset` is where it starts in the line. */
export type FieldReader = (
  value: string,
  offset: number,
  context: AnnotationContext,
) => FieldReading;

/** Checks the fields once read (ranges, allowed values). */
export type LineCheck = (
  fields: readonly SdpField[],
  context: AnnotationContext,
) => readonly LineFinding[];

/** One entry of the rule table: a line type (`kind: 'line'`) or an attribute (`kind: 'attribute'`). */
export interface SdpRule {
  kind: 'line' | 'attribute';
  /** The type letter, or the attribute name. */
  key: string;
  /** A short human name. */
  title: string;
  /**
   * The value's grammar, after `x=` or after `a=name:`: `<field>` placeholders, `<list...>` for the
   * rest of the line, `[...]` for optional parts, any other character literal. Empty for flags.
   */
  grammar: string;
  fields: readonly FieldRule[];
  /** A real line: captured from a browser, or copied from a named RFC or endpoint (see tests/fixtures/sdp). */
  example: string;
  summary: string;
  explanation: string;
  /** Defining document and section, such as `RFC 8866 §5.14`. */
  rfc: string;
  /** Where the line may appear. */
  scope: 'session' | 'media' | 'both';
  /** Replaces the grammar when the value needs more than a pattern (candidate, fmtp). */
  read?: FieldReader;
  check?: LineCheck;
}
