// The section model: the session part, then one media section per m= line (RFC 8866 §5),
// with what later passes need to explain a line: its media type, protocol and codecs.
import type { LexedLine } from './lex-line';
import type { AnnotationContext, CodecInfo } from './rule-types';
import type { MediaSection, SdpGroup, SdpSection, SessionSection } from './types';

const DIRECTIONS = new Set(['sendrecv', 'sendonly', 'recvonly', 'inactive']);

/** Sections, the section index of every line, and one annotation context per section. */
export interface SectionModel {
  sections: SdpSection[];
  sectionOfLine: number[];
  contexts: AnnotationContext[];
}

function emptyContext(session: boolean): AnnotationContext & { codecs: Map<string, CodecInfo> } {
  return { media: '', proto: '', codecs: new Map(), session };
}

function openMedia(line: LexedLine, number: number, index: number): MediaSection {
  const [media = '', portText = '', proto = '', ...formats] = line.value.split(' ');
  const port = /^\d{1,5}/.test(portText) ? Number.parseInt(portText, 10) : null;
  return {
    kind: 'media',
    index,
    firstLine: number,
    lastLine: number,
    media,
    port,
    proto,
    formats: formats.filter(Boolean),
    mid: null,
    direction: '',
    rejected: false,
    bundleOnly: false,
  };
}

/** Build the section model from lexed lines (1-based numbers are index + 1). */
export function buildSections(lines: readonly LexedLine[]): SectionModel {
  const session: SessionSection = {
    kind: 'session',
    firstLine: lines.length ? 1 : 0,
    lastLine: 0,
    groups: [],
  };
  const sections: SdpSection[] = [session];
  const contexts = [emptyContext(true)];
  const sectionOfLine: number[] = [];
  let sessionDirection = 'sendrecv';
  let current: SessionSection | MediaSection = session;
  let context = contexts[0] as ReturnType<typeof emptyContext>;
  lines.forEach((line, i) => {
    const number = i + 1;
    if (line.letter === 'm') {
      current = openMedia(line, number, sections.length - 1);
      context = { ...emptyContext(false), media: current.media, proto: current.proto };
      sections.push(current);
      contexts.push(context);
    }
    current.lastLine = number;
    sectionOfLine.push(sections.length - 1);
    if (line.letter !== 'a') return;
    const { attribute, value } = line;
    if (current.kind === 'session') {
      if (DIRECTIONS.has(attribute)) sessionDirection = attribute;
      if (attribute === 'group') session.groups.push(readGroup(value, number));
      return;
    }
    if (DIRECTIONS.has(attribute)) current.direction = attribute;
    else if (attribute === 'mid') current.mid = value;
    else if (attribute === 'bundle-only') current.bundleOnly = true;
    else if (attribute === 'rtpmap') addCodec(context.codecs, value);
  });
  for (const section of sections) {
    if (section.kind !== 'media') continue;
    section.direction ||= sessionDirection;
    section.rejected = section.port === 0 && !section.bundleOnly;
  }
  return { sections, sectionOfLine, contexts };
}

function readGroup(value: string, line: number): SdpGroup {
  const [semantics = '', ...mids] = value.split(' ').filter(Boolean);
  return { semantics, mids, line };
}

function addCodec(codecs: Map<string, CodecInfo>, value: string): void {
  const match = /^(\d+) ([^/ ]+)\/(\d+)(?:\/(\d+))?/.exec(value);
  if (match?.[1] && match[2] && match[3])
    codecs.set(match[1], { name: match[2], clockRate: match[3], channels: match[4] ?? '' });
}
