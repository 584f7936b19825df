// One row per media section for the sdp-diff table: what the answer decided, in words and as
// the machine-readable values of the lab contract (data-mid, data-direction, data-codecs...).
import type { NegotiationOutcome, SdpAnnotation, SectionCodec } from '~/lib/sdp';

/** One media section's outcome, ready to display. */
export interface SectionRow {
  index: number;
  mid: string;
  media: string;
  rejected: boolean;
  offerDirection: string;
  answerDirection: string;
  /** Which way media flows, in words. */
  flow: string;
  /** Kept codecs as `name/pt` tokens, or the answer's formats for a data section. */
  codecs: string[];
  dropped: number;
  /** Set for the data channel section. */
  data: {
    sctpPort: string;
    maxMessageSize: number;
    offererMaySend: string;
    answererMaySend: string;
  } | null;
}

const codecToken = (c: SectionCodec) => `${c.name}/${c.payloadType}`;
const size = (n: number) => (n === Number.POSITIVE_INFINITY ? 'any size' : `${n} bytes`);

/** Turns the negotiation outcome into table rows; `answer` gives each section's formats. */
export function describeSectionOutcomes(
  outcome: NegotiationOutcome,
  answer: SdpAnnotation,
): SectionRow[] {
  const answerSections = answer.sections.filter((s) => s.kind === 'media');
  return outcome.sections.map((s) => {
    const formats = answerSections[s.index]?.formats ?? [];
    const isData = s.media === 'application';
    const dc = isData && outcome.dataChannel && !s.rejected ? outcome.dataChannel : null;
    const flow = s.rejected
      ? 'nothing: the section is rejected'
      : isData
        ? 'both ways (data channels have no direction)'
        : s.offererSends && s.answererSends
          ? 'both ways, A ⇄ B'
          : s.offererSends
            ? 'A → B only'
            : s.answererSends
              ? 'B → A only'
              : 'neither way';
    return {
      index: s.index,
      mid: s.mid ?? '',
      media: s.media,
      rejected: s.rejected,
      offerDirection: s.offerDirection,
      answerDirection: s.rejected ? 'inactive' : s.answerDirection,
      flow,
      codecs: isData ? formats : s.codecsKept.map(codecToken),
      dropped: s.codecsDropped.length,
      data: dc
        ? {
            sctpPort: dc.sctpPort.answer ?? '5000',
            maxMessageSize: dc.offererMaySend,
            offererMaySend: size(dc.offererMaySend),
            answererMaySend: size(dc.answererMaySend),
          }
        : null,
    };
  });
}
