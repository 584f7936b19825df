// The shapes the SDP annotator returns. Plain data only, so the result can be JSON-encoded as is.
// Findings use the course's one Diagnostic type, with a `line` span (see line-diagnostic.ts).
import type { Diagnostic } from '../diagnostic';

/** One named part of a line: its text, what it means, and where it sits in `raw` (`end` exclusive). */
export interface SdpField {
  name: string;
  value: string;
  meaning: string;
  start: number;
  end: number;
}

/** Every input line, explained. */
export interface AnnotatedLine {
  /** 1-based line number in the input. */
  number: number;
  /** The exact text of the line, without its line break. */
  raw: string;
  /** The type letter (`v`, `o`, `m`, `a`...), lower-cased; empty when the line has none. */
  kind: string;
  /** The attribute name for `a=` lines, else the rule's name for the letter. */
  name: string;
  /** Whether the rule table has an entry for this line type or attribute. */
  known: boolean;
  summary: string;
  /** The defining document and section, such as `RFC 8839 §5.1`; empty when unknown. */
  rfc: string;
  fields: SdpField[];
  /** Findings about this line, each with its `line` span. */
  diagnostics: Diagnostic[];
  /** Index into `sections` of the part this line belongs to (0 is the session part). */
  section: number;
}

/** A grouping of media sections by mid (RFC 5888), such as BUNDLE (RFC 9143). */
export interface SdpGroup {
  semantics: string;
  mids: string[];
  line: number;
}

/** The session part: everything before the first `m=` line. */
export interface SessionSection {
  kind: 'session';
  firstLine: number;
  lastLine: number;
  groups: SdpGroup[];
}

/** One media section: from its `m=` line to the line before the next one. */
export interface MediaSection {
  kind: 'media';
  /** 0-based position among the media sections (the m-line index of JSEP). */
  index: number;
  firstLine: number;
  lastLine: number;
  media: string;
  port: number | null;
  proto: string;
  formats: string[];
  mid: string | null;
  /** sendrecv, sendonly, recvonly or inactive: the media-level attribute, else the session one, else sendrecv. */
  direction: string;
  /** Port 0 in an m-line rejects (or disables) the section (RFC 3264 §6; bundle-only is the exception). */
  rejected: boolean;
  bundleOnly: boolean;
}

/** The session part first, then one entry per media section. */
export type SdpSection = SessionSection | MediaSection;

/** The whole result of `annotateSdp`. */
export interface SdpAnnotation {
  lines: AnnotatedLine[];
  sections: SdpSection[];
  /** Every diagnostic, line-level ones included, in line order (whole-description ones first). */
  diagnostics: Diagnostic[];
  /** The `type` of a `{ "type", "sdp" }` JSON input (offer, answer, pranswer, rollback), else null. */
  descriptionType: string | null;
}
