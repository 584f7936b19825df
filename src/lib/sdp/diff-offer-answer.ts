// diffOfferAnswer: what an offer/answer exchange decided, section by section, in sentences.
import { describeForNegotiation, type SectionCodec, type SectionFacts } from './description-model';
import { isAllowedAnswerDirection, mediaFlow } from './directions';
import { decideDtlsRoles } from './dtls-roles';
import type { SdpAnnotation } from './types';
import type {
  DataChannelOutcome,
  NegotiationNote,
  NegotiationOutcome,
  SectionOutcome,
} from './negotiation-types';

const DEFAULT_MAX_MESSAGE_SIZE = 65536; // RFC 8841 §6: 64 KiB when the attribute is absent.

const label = (codec: SectionCodec) =>
  `${codec.name}/${codec.clockRate}${codec.parameters ? ` (${codec.parameters})` : ''} as ${codec.payloadType}`;

function compareCodecs(
  offer: SectionFacts,
  answer: SectionFacts,
): Pick<SectionOutcome, 'codecsKept' | 'codecsDropped'> {
  const offered = new Map(offer.codecs.map((c) => [c.payloadType, c]));
  const answered = new Set(answer.section.formats);
  const codecsKept = answer.codecs.filter(
    (c) =>
      answered.has(c.payloadType) &&
      offered.get(c.payloadType)?.name.toLowerCase() === c.name.toLowerCase(),
  );
  const kept = new Set(codecsKept.map((c) => c.payloadType));
  return { codecsKept, codecsDropped: offer.codecs.filter((c) => !kept.has(c.payloadType)) };
}

function sectionOutcome(offer: SectionFacts, answer: SectionFacts | undefined): SectionOutcome {
  const o = offer.section;
  const notes: NegotiationNote[] = [];
  const outcome: SectionOutcome = {
    index: o.index,
    mid: o.mid,
    media: o.media,
    rejected: true,
    offerDirection: o.direction,
    answerDirection: 'inactive',
    offererSends: false,
    answererSends: false,
    codecsKept: [],
    codecsDropped: offer.codecs,
    notes,
  };
  if (!answer) {
    notes.push({
      severity: 'error',
      message: `The answer has no section ${o.index}: an answer has exactly as many m-lines as the offer, in the same order.`,
      rfc: 'RFC 3264 §6',
    });
    return outcome;
  }
  const a = answer.section;
  outcome.answerDirection = a.direction;
  outcome.rejected = o.rejected || a.rejected;
  if (a.rejected) {
    notes.push({
      severity: 'info',
      message: `Section ${o.index} (${o.media}${o.mid === null ? '' : `, mid ${o.mid}`}) was rejected: port 0 in the answer. Nothing flows; the m-line stays and can be reused by a later offer.`,
      rfc: 'RFC 3264 §6',
    });
    return outcome;
  }
  if (a.media !== o.media)
    notes.push({
      severity: 'error',
      message: `The answer's section ${o.index} is ${a.media} but the offer's is ${o.media}.`,
      rfc: 'RFC 3264 §6',
    });
  Object.assign(outcome, mediaFlow(o.direction, a.direction), compareCodecs(offer, answer));
  if (!isAllowedAnswerDirection(o.direction, a.direction)) {
    notes.push({
      severity: 'error',
      message: `An offer of ${o.direction} cannot be answered ${a.direction}.`,
      rfc: 'RFC 3264 §6.1',
    });
  }
  if (o.proto.includes('SCTP')) {
    notes.push({
      severity: 'info',
      message: `Section ${o.index} (${o.media}): the data channel association was accepted; directions do not apply to it.`,
      rfc: 'RFC 8841 §4',
    });
    return outcome;
  }
  const flow =
    outcome.offererSends && outcome.answererSends
      ? 'both ways'
      : outcome.offererSends
        ? 'from the offerer to the answerer only'
        : outcome.answererSends
          ? 'from the answerer to the offerer only'
          : 'in neither direction';
  notes.push({
    severity: 'info',
    message: `Section ${o.index} (${o.media}): offered ${o.direction}, answered ${a.direction}, so media flows ${flow}.`,
    rfc: 'RFC 3264 §6.1',
  });
  if (offer.codecs.length > 0) {
    const kept = outcome.codecsKept.map(label).join(', ') || 'none';
    notes.push({
      severity: outcome.codecsKept.length ? 'info' : 'warning',
      message: `Section ${o.index}: codecs both sides accept: ${kept}. ${outcome.codecsDropped.length} of the offered codecs were dropped${outcome.codecsDropped.length ? ` (${outcome.codecsDropped.map(label).join(', ')})` : ''}. The answer lists them in the order the answerer prefers to receive.`,
      rfc: 'RFC 3264 §6.1',
    });
  }
  return outcome;
}

function dataChannelOutcome(
  offer: SectionFacts[],
  answer: SectionFacts[],
): DataChannelOutcome | null {
  const i = offer.findIndex((s) => s.section.proto.includes('SCTP'));
  const o = offer[i];
  const a = answer[i];
  if (!o || !a || a.section.rejected) return null;
  const size = (value: string | null) =>
    value === null
      ? DEFAULT_MAX_MESSAGE_SIZE
      : Number(value) === 0
        ? Number.POSITIVE_INFINITY
        : Number(value);
  return {
    mid: o.section.mid,
    sctpPort: { offer: o.sctpPort, answer: a.sctpPort },
    offererMaySend: size(a.maxMessageSize),
    answererMaySend: size(o.maxMessageSize),
  };
}

/** Explain what an offer and its answer (both annotated) decided: codecs, directions, DTLS roles, rejections, BUNDLE, data channel. */
export function diffOfferAnswer(
  offerAnnotation: SdpAnnotation,
  answerAnnotation: SdpAnnotation,
): NegotiationOutcome {
  const offer = describeForNegotiation(offerAnnotation);
  const answer = describeForNegotiation(answerAnnotation);
  const notes: NegotiationNote[] = [];
  const sections = offer.sections.map((s, i) => sectionOutcome(s, answer.sections[i]));
  if (answer.sections.length > offer.sections.length)
    notes.push({
      severity: 'error',
      message: 'The answer has more m-lines than the offer; an answer can never add one.',
      rfc: 'RFC 3264 §6',
    });
  const firstActive = offer.sections.findIndex(
    (s, i) => !s.section.rejected && answer.sections[i] && !answer.sections[i]?.section.rejected,
  );
  const dtls = decideDtlsRoles(
    offer.sections[firstActive]?.setup ?? null,
    answer.sections[firstActive]?.setup ?? null,
    notes,
  );
  let bundle: NegotiationOutcome['bundle'] = null;
  if (offer.bundle) {
    const accepted = answer.bundle ?? [];
    bundle = { offered: offer.bundle, accepted, tagged: accepted[0] ?? null };
    notes.push(
      accepted.length
        ? {
            severity: 'info',
            message: `BUNDLE: ${accepted.length} section(s) (mids ${accepted.join(', ')}) share one ICE and DTLS transport, the one of mid ${accepted[0]}, the first in the answer's group.`,
            rfc: 'RFC 9143 §7',
          }
        : {
            severity: 'warning',
            message:
              'The offer proposed BUNDLE and the answer did not accept it: each section gets its own transport.',
            rfc: 'RFC 9143 §7',
          },
    );
  }
  const dataChannel = dataChannelOutcome(offer.sections, answer.sections);
  if (dataChannel) {
    const fmt = (n: number) => (n === Number.POSITIVE_INFINITY ? 'any size' : `${n} bytes`);
    notes.push({
      severity: 'info',
      message: `Data channels: SCTP port ${dataChannel.sctpPort.offer ?? '5000'} / ${dataChannel.sctpPort.answer ?? '5000'}; the offerer may send messages up to ${fmt(dataChannel.offererMaySend)}, the answerer up to ${fmt(dataChannel.answererMaySend)} (each side's limit is the other's max-message-size).`,
      rfc: 'RFC 8841 §6',
    });
  }
  if (answer.iceLite)
    notes.push({
      severity: 'info',
      message:
        'The answerer is ICE lite: the offerer will be the controlling agent and nominate the pair.',
      rfc: 'RFC 8445 §6.1.1',
    });
  return {
    sections,
    dtls,
    bundle,
    dataChannel,
    notes: [...notes, ...sections.flatMap((s) => s.notes)],
  };
}
