// A compact view of an annotated description for comparing two of them: per media section the
// values that negotiation decides (codecs, direction, ICE credentials, DTLS role, SCTP limits).
import { attributeValue } from './attribute-value';
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

const field = (line: AnnotatedLine, name: string): string | null =>
  line.fields.find((f: SdpField) => f.name === name)?.value ?? null;

/** The facts of the media section at `index` in `annotation.sections`; codecs are added later. */
function sectionFacts(
  annotation: SdpAnnotation,
  section: MediaSection,
  index: number,
): SectionFacts {
  // A session-level value applies to every section that has none of its own (attributeValue).
  const value = (name: string) => attributeValue(annotation, name, index);
  return {
    section,
    codecs: [],
    iceUfrag: value('ice-ufrag'),
    icePwd: value('ice-pwd'),
    setup: value('setup'),
    fingerprint: value('fingerprint'),
    sctpPort: value('sctp-port'),
    maxMessageSize: value('max-message-size'),
  };
}

/** Collect the facts negotiation works with from an annotation. */
export function describeForNegotiation(annotation: SdpAnnotation): DescriptionFacts {
  const facts: DescriptionFacts = {
    sessionId: null,
    sessionVersion: null,
    iceLite: attributeValue(annotation, 'ice-lite') !== null,
    bundle: null,
    sections: [],
  };
  const bySection = new Map<number, SectionFacts>();
  annotation.sections.forEach((section, index) => {
    if (section.kind === 'media') {
      const entry = sectionFacts(annotation, section, index);
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
    if (media && line.name === 'rtpmap') {
      media.codecs.push({
        payloadType: field(line, 'payload type') ?? '',
        name: field(line, 'encoding name') ?? '',
        clockRate: field(line, 'clock rate') ?? '',
        channels: field(line, 'channels') ?? '',
        parameters: '',
      });
    } else if (line.name === 'fmtp') {
      const value = line.raw.slice(line.raw.indexOf(':') + 1).trim();
      const space = value.indexOf(' ');
      if (space > 0)
        parameters.set(`${line.section} ${value.slice(0, space)}`, value.slice(space + 1));
    }
  }
  for (const [index, entry] of bySection) {
    for (const codec of entry.codecs)
      codec.parameters = parameters.get(`${index} ${codec.payloadType}`) ?? '';
  }
  return facts;
}
