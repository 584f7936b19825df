// What the offer/answer diff returns: per section what was decided, and sentences explaining it.
import type { Diagnostic } from '../diagnostic';
import type { SectionCodec } from './description-model';

/** One sentence of explanation: a Diagnostic (about a section, so without a line span) and the rule behind it. */
export interface NegotiationNote extends Diagnostic {
  rfc: string;
}

/** The outcome for one media section (matched by position, as RFC 3264 §6 requires). */
export interface SectionOutcome {
  index: number;
  mid: string | null;
  media: string;
  rejected: boolean;
  offerDirection: string;
  answerDirection: string;
  /** Whether media flows from the offerer to the answerer, and back. */
  offererSends: boolean;
  answererSends: boolean;
  /** Codecs in the answer that the offer also had, in the answer's order of preference. */
  codecsKept: SectionCodec[];
  /** Codecs the offer had and the answer left out. */
  codecsDropped: SectionCodec[];
  notes: NegotiationNote[];
}

/** Which side ended up DTLS client and server, from a=setup (RFC 4145 §4, RFC 8842 §5). */
export interface DtlsRoles {
  offerSetup: string | null;
  answerSetup: string | null;
  offerer: 'client' | 'server' | 'unknown';
  answerer: 'client' | 'server' | 'unknown';
}

/** The data channel section's outcome (RFC 8841). */
export interface DataChannelOutcome {
  mid: string | null;
  sctpPort: { offer: string | null; answer: string | null };
  /** The largest message each side may send: the other side's max-message-size, 65536 when absent. */
  offererMaySend: number;
  answererMaySend: number;
}

/** Everything `diffOfferAnswer` explains. */
export interface NegotiationOutcome {
  sections: SectionOutcome[];
  dtls: DtlsRoles;
  bundle: { offered: string[]; accepted: string[]; tagged: string | null } | null;
  dataChannel: DataChannelOutcome | null;
  notes: NegotiationNote[];
}

/** How two offers (or two answers) of the same connection differ. */
export interface DescriptionChange {
  kind: 'ice-restart' | 'renegotiation' | 'unchanged' | 'different-session';
  iceRestart: boolean;
  sessionVersion: { before: string | null; after: string | null };
  sectionsAdded: number;
  notes: NegotiationNote[];
}
