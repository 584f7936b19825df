// The SDP rule table: one entry per line type and per attribute, read by the annotator, the
// views and the tests. Types and lookup maps are derived from it, never written by hand.
import type { SdpRule } from '../rule-types';
import { BROADCAST_RULES } from './broadcast';
import { CONFERENCING_RULES } from './conferencing';
import { DATA_CHANNEL_RULES } from './data-channel';
import { ICE_DTLS_RULES } from './ice-dtls';
import { LINE_RULES } from './lines';
import { RTP_RULES } from './rtp';
import { RTSP_RULES } from './rtsp';
import { SDES_RULES } from './sdes';
import { SESSION_ATTRIBUTE_RULES } from './session-attributes';
import { STREAM_RULES } from './streams';
import { TELEPHONY_RULES } from './telephony';
import { VENDOR_RULES } from './vendor';

const ATTRIBUTE_RULE_LIST = [
  ...ICE_DTLS_RULES,
  ...RTP_RULES,
  ...STREAM_RULES,
  ...DATA_CHANNEL_RULES,
  ...SESSION_ATTRIBUTE_RULES,
  ...SDES_RULES,
  ...BROADCAST_RULES,
  ...RTSP_RULES,
  ...CONFERENCING_RULES,
  ...TELEPHONY_RULES,
  ...VENDOR_RULES,
] as const;

/** Every rule: line types first, in RFC 8866 order, then the attributes. */
export const SDP_RULES: readonly SdpRule[] = [...LINE_RULES, ...ATTRIBUTE_RULE_LIST];

/** A line type letter the table knows (v, o, s, ... m). */
export type SdpLineLetter = (typeof LINE_RULES)[number]['key'];

/** An attribute name the table knows (rtpmap, candidate, ...). */
export type SdpAttributeName = (typeof ATTRIBUTE_RULE_LIST)[number]['key'];

/** Line rules by type letter. */
export const LINE_RULES_BY_LETTER: ReadonlyMap<string, SdpRule> = new Map(
  LINE_RULES.map((rule) => [rule.key, rule]),
);

/** Attribute rules by attribute name. */
export const ATTRIBUTE_RULES_BY_NAME: ReadonlyMap<string, SdpRule> = new Map(
  ATTRIBUTE_RULE_LIST.map((rule) => [rule.key, rule]),
);

/** The order of line types RFC 8866 §5 requires in the session part and in a media section. */
export const SESSION_LINE_ORDER = 'vosiuepcbtrzka';
/** See SESSION_LINE_ORDER; `m` opens the section. */
export const MEDIA_LINE_ORDER = 'micbka';
