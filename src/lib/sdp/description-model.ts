// A compact view of an annotated description for comparing two of them: per media section the
// values that negotiation decides (codecs, direction, ICE credentials, DTLS role, SCTP limits).
import type { AnnotatedLine, MediaSection, SdpAnnotation, SdpField } from './types';

/** One codec offered or accepted in a section: payload type, name and parameters. */
export interface SectionCodec {
  payloadType: string;
  name: string;
  clockRate: string;
  channels: string;
  parameters: string;
}

/** What negotiation needs to know about one media section. */
export interface SectionFacts {
  section: MediaSection;
  codecs: SectionCodec[];
  iceUfrag: string | null;
  icePwd: string | null;
  setup: string | null;
  fingerprint: string | null;
  sctpPort: string | null;
  maxMessageSize: string | null;
}

/** The description's origin, BUNDLE groups and sections, ready to compare. */
export interface DescriptionFacts {
  sessionId: string | null;
  sessionVersion: string | null;
  iceLite: boolean;
  bundle: string[] | null;
  sections: SectionFacts[];
}

const field = (line: AnnotatedLine, name: string): string | null => line.fields.find((f: SdpField) => f.name === name)?.value ?? null;
const rawValue = (line: AnnotatedLine): string => line.raw.slice(line.raw.indexOf(':') + 1).trim();

/** Collect the facts negotiation works with from an annotation. */
export function describeForNegotiation(annotation: SdpAnnotation): DescriptionFacts {
  const session = { iceUfrag: null as string | null, icePwd: null as string | null, setup: null as string | null, fingerprint: null as string | null };
  const facts: DescriptionFacts = { sessionId: null, sessionVersion: null, iceLite: false, bundle: null, sections: [] };
  const bySection = new Map<number, SectionFacts>();
  annotation.sections.forEach((section, index) => {
    if (section.kind === 'media') {
      const entry: SectionFacts = { section, codecs: [], iceUfrag: null, icePwd: null, setup: null, fingerprint: null, sctpPort: null, maxMessageSize: null };
      bySection.set(index, entry);
      facts.sections.push(entry);
    } else {
      facts.bundle = section.groups.find((g) => g.semantics === 'BUNDLE')?.mids ?? null;
    }
  });
  const parameters = new Map<string, string>();
  for (const line of annotation.lines) {
    if (line.kind === 'o') {
      facts.sessionId = field(line, 'session id');
      facts.sessionVersion = field(line, 'session version');
    }
    if (line.kind !== 'a') continue;
    const media = bySection.get(line.section);
    const target = media ?? session;
    const value = rawValue(line);
    if (line.name === 'ice-ufrag') target.iceUfrag = value;
    else if (line.name === 'ice-pwd') target.icePwd = value;
    else if (line.name === 'setup') target.setup = value;
    else if (line.name === 'fingerprint') target.fingerprint = value;
    else if (line.name === 'ice-lite') facts.iceLite = true;
    else if (media && line.name === 'sctp-port') media.sctpPort = value;
    else if (media && line.name === 'max-message-size') media.maxMessageSize = value;
    else if (media && line.name === 'rtpmap') {
      media.codecs.push({ payloadType: field(line, 'payload type') ?? '', name: field(line, 'encoding name') ?? '', clockRate: field(line, 'clock rate') ?? '', channels: field(line, 'channels') ?? '', parameters: '' });
    } else if (line.name === 'fmtp') {
      const space = value.indexOf(' ');
      if (space > 0) parameters.set(`${line.section} ${value.slice(0, space)}`, value.slice(space + 1));
    }
  }
  facts.sections.forEach((entry, i) => {
    entry.iceUfrag ??= session.iceUfrag;
    entry.icePwd ??= session.icePwd;
    entry.setup ??= session.setup;
    entry.fingerprint ??= session.fingerprint;
    const sectionIndex = i + 1;
    for (const codec of entry.codecs) codec.parameters = parameters.get(`${sectionIndex} ${codec.payloadType}`) ?? '';
  });
  return facts;
}
