// Public entry of the SDP engine: annotation, negotiation diff, rule table and types.
export { annotateSdp } from './annotate';
export { splitSdpLines, type SdpTextLine } from './split-lines';
export { MAX_SDP_BYTES } from './limits';
export {
  SDP_RULES,
  LINE_RULES_BY_LETTER,
  ATTRIBUTE_RULES_BY_NAME,
  type SdpAttributeName,
  type SdpLineLetter,
} from './rules/index';
export type * from './types';
export { lineDiagnostic, diagnosticLine } from './line-diagnostic';
export { attributeValue } from './attribute-value';
export type { SdpRule, FieldRule } from './rule-types';
export { diffOfferAnswer } from './diff-offer-answer';
export { diffOffers } from './diff-offers';
export type * from './negotiation-types';
export type { SectionCodec } from './description-model';
export { formatAnnotationText } from './format-text';
export { redactSdpAddresses } from './redact-addresses';
export {
  SDP_EDITS,
  removePreferredCodec,
  addUnknownAttribute,
  removeFingerprint,
  changeFingerprint,
  changeUfrag,
  breakRtpmap,
  type SdpEdit,
  type SdpEditId,
} from './sdp-edits';
export { changedLines, withCrlf, type LineChanges } from './line-changes';
