// The RTCP feedback messages browsers negotiate with `a=rtcp-fb` (RFC 4585 §4.2), by type and subtype.

/** Feedback types and `type subtype` pairs, with what each asks for and where it is defined. */
export const RTCP_FEEDBACK: Readonly<Record<string, string>> = {
  nack: 'Generic NACK: the receiver reports lost packets by sequence number so the sender can retransmit them, over RTX when negotiated (RFC 4585 §6.2.1).',
  'nack pli':
    'Picture Loss Indication: the receiver lost part of a picture and asks for a new keyframe (RFC 4585 §6.3.1).',
  'nack sli':
    'Slice Loss Indication: the receiver lost some macroblocks of a picture (RFC 4585 §6.3.2).',
  'nack rpsi':
    'Reference Picture Selection Indication: tells the encoder which reference picture to use (RFC 4585 §6.3.3).',
  ccm: 'Codec Control Messages (RFC 5104 §7.1).',
  'ccm fir':
    'Full Intra Request: the receiver asks for a full keyframe, for example when a new participant joins (RFC 5104 §3.5.1).',
  'ccm tmmbr':
    "Temporary Maximum Media Stream Bit Rate Request: the receiver caps the sender's bitrate (RFC 5104 §3.5.4).",
  'goog-remb':
    'Receiver Estimated Maximum Bitrate: the receiver estimates the available bandwidth and tells the sender (libwebrtc; draft-alvestrand-rmcat-remb). Older than transport-cc; kept for compatibility.',
  'transport-cc':
    'Transport-wide congestion control: the receiver reports the arrival time of every packet, and the sender estimates the bandwidth itself (draft-holmer-rmcat-transport-wide-cc-extensions-01 §3.1). Needs the transport-wide sequence number header extension.',
  ack: 'Positive acknowledgements (RFC 4585 §4.2).',
  'trr-int': 'Minimum interval between regular RTCP reports, in milliseconds (RFC 4585 §4.2).',
};

/** Explain a feedback type, or a `type subtype` pair; `undefined` when neither is in the table. */
export function explainRtcpFeedback(type: string, subtype: string | undefined): string | undefined {
  return subtype === undefined ? RTCP_FEEDBACK[type] : RTCP_FEEDBACK[`${type} ${subtype}`];
}
