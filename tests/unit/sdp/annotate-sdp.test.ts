import { describe, expect, it } from 'vitest';
import { annotateSdp } from '~/lib/sdp/index';
import {
  readFixtureLines,
  readSdpFixture,
  readSdpFixtures,
  wrapInDescription,
} from './fixture-files';

const fixtures = readSdpFixtures();
const field = (
  line: { fields: { name: string; value: string; meaning: string }[] },
  name: string,
) => line.fields.find((f) => f.name === name);

describe('annotateSdp', () => {
  it('has at least 40 captured fixtures from both browsers', () => {
    expect(fixtures.filter((f) => f.name.startsWith('chromium')).length).toBeGreaterThanOrEqual(20);
    expect(fixtures.filter((f) => f.name.startsWith('firefox')).length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures.map((f) => [f.name, f.text]))(
    'knows every line of %s and finds nothing wrong',
    (_name, text) => {
      const annotation = annotateSdp(text);
      expect(annotation.lines.filter((l) => !l.known).map((l) => l.raw)).toEqual([]);
      expect(annotation.diagnostics).toEqual([]);
      expect(annotation.lines.every((l) => l.summary !== '' && l.rfc !== '')).toBe(true);
    },
  );

  it.each(fixtures.map((f) => [f.name, f.text]))(
    'gives every field of %s a meaning and a position inside the line',
    (_name, text) => {
      for (const line of annotateSdp(text).lines) {
        for (const f of line.fields) {
          expect(f.meaning, `${line.raw} / ${f.name}`).not.toBe('');
          expect(line.raw.slice(f.start, f.end)).toContain(
            f.name === 'type preference' ||
              f.name === 'local preference' ||
              f.name === 'component ID'
              ? ''
              : f.value,
          );
        }
      }
    },
  );

  it('keeps one annotated line per input line with its exact text and number', () => {
    const text = readSdpFixture('chromium-av-data-offer.sdp');
    const lines = annotateSdp(text).lines;
    expect(lines.map((l) => l.raw)).toEqual(text.split('\r\n').slice(0, -1));
    expect(lines.map((l) => l.number)).toEqual(lines.map((_, i) => i + 1));
  });

  it('builds the session part and one section per m-line with index, mid and direction', () => {
    const { sections } = annotateSdp(readSdpFixture('chromium-av-data-offer.sdp'));
    expect(sections[0]).toMatchObject({
      kind: 'session',
      firstLine: 1,
      groups: [{ semantics: 'BUNDLE', mids: ['0', '1', '2'], line: 5 }],
    });
    expect(
      sections
        .slice(1)
        .map((s) => s.kind === 'media' && [s.index, s.media, s.mid, s.direction, s.port, s.proto]),
    ).toEqual([
      [0, 'audio', '0', 'sendrecv', 9, 'UDP/TLS/RTP/SAVPF'],
      [1, 'video', '1', 'sendrecv', 9, 'UDP/TLS/RTP/SAVPF'],
      [2, 'application', '2', 'sendrecv', 9, 'UDP/DTLS/SCTP'],
    ]);
  });

  it('takes the direction of a section from the answer as written, recvonly and inactive included', () => {
    const directions = (name: string) =>
      annotateSdp(readSdpFixture(name)).sections.flatMap((s) =>
        s.kind === 'media' ? [s.direction] : [],
      );
    expect(directions('chromium-recvonly-offer.sdp')).toEqual(['recvonly', 'recvonly']);
    expect(directions('chromium-recvonly-answer.sdp')).toEqual(['inactive', 'inactive']);
    expect(directions('firefox-sendonly-answer.sdp')).toEqual(['recvonly']);
  });

  it('decodes a candidate priority into type preference, local preference and component', () => {
    const line = annotateSdp(readSdpFixture('chromium-raw-gathered-offer.sdp')).lines.find(
      (l) => l.name === 'candidate',
    );
    expect(line && field(line, 'priority')?.value).toBe('2113937151');
    expect(
      line && [
        field(line, 'type preference')?.value,
        field(line, 'local preference')?.value,
        field(line, 'component ID')?.value,
      ],
    ).toEqual(['126', '30', '1']);
    expect(line && field(line, 'priority')?.meaning).toContain('type preference 126');
  });

  it('explains mDNS host names, TCP types and relay candidates from the candidate fixtures', () => {
    const lines = annotateSdp(wrapInDescription(readFixtureLines('candidates.txt'))).lines.filter(
      (l) => l.name === 'candidate',
    );
    expect(lines.length).toBeGreaterThanOrEqual(10);
    expect(lines.every((l) => l.known && l.diagnostics.length === 0)).toBe(true);
    const types = new Set(lines.map((l) => field(l, 'type')?.value));
    expect([...types].sort()).toEqual(['host', 'prflx', 'relay', 'srflx']);
    expect(
      lines
        .map((l) => field(l, 'tcptype')?.value)
        .filter(Boolean)
        .sort(),
    ).toEqual(['active', 'active', 'passive', 'so']);
    const mdns = lines.find((l) => field(l, 'address')?.value.endsWith('.local'));
    expect(mdns && field(mdns, 'address')?.meaning).toContain('mDNS');
  });

  it('explains fmtp parameters with the codec of their payload type, even when fmtp comes before rtpmap', () => {
    const chromium = annotateSdp(readSdpFixture('chromium-av-data-offer.sdp')).lines;
    const h264 = chromium.find(
      (l) =>
        l.raw ===
        'a=fmtp:108 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f',
    );
    expect(h264 && field(h264, 'profile-level-id')?.meaning).toContain(
      'Constrained Baseline profile, level 3.1',
    );
    expect(h264 && field(h264, 'packetization-mode')?.meaning).toContain('non-interleaved');
    const firefox = annotateSdp(readSdpFixture('firefox-av-data-offer.sdp')).lines;
    const opus = firefox.find((l) => l.raw.startsWith('a=fmtp:109 '));
    expect(opus && field(opus, 'useinbandfec')?.meaning).toContain('FEC');
    const rtx = firefox.find((l) => l.raw === 'a=fmtp:124 apt=120');
    expect(rtx && field(rtx, 'apt')?.meaning).toContain('payload type 120');
  });

  it('explains VP9 profiles, AV1 levels and RED redundancy', () => {
    const lines = annotateSdp(readSdpFixture('chromium-codecs-offer.sdp')).lines;
    const meaning = (raw: string, name: string) => {
      const line = lines.find((l) => l.raw === raw);
      return line ? field(line, name)?.meaning : undefined;
    };
    expect(meaning('a=fmtp:100 profile-id=2', 'profile-id')).toContain('10 or 12-bit');
    expect(meaning('a=fmtp:45 level-idx=5;profile=0;tier=0', 'level-idx')).toContain('level 3.1');
    const red = annotateSdp(readSdpFixture('chromium-av-data-offer.sdp')).lines.find(
      (l) => l.raw === 'a=fmtp:63 111/111',
    );
    expect(red && field(red, 'parameters')?.meaning).toContain('RFC 2198');
  });

  it('names every header extension URI and every RTCP feedback type the browsers send', () => {
    for (const { text } of fixtures) {
      for (const line of annotateSdp(text).lines) {
        if (line.name === 'extmap')
          expect(field(line, 'uri')?.meaning, line.raw).not.toContain('does not describe');
        if (line.name === 'rtcp-fb')
          expect(line.fields.map((f) => f.meaning).join(' '), line.raw).not.toMatch(
            /Feedback type "|Subtype "/,
          );
        if (line.name === 'rtpmap')
          expect(field(line, 'encoding name')?.meaning, line.raw).not.toContain(
            'does not describe',
          );
        if (line.name === 'fmtp')
          expect(line.fields.map((f) => f.meaning).join(' '), line.raw).not.toContain(
            'not explained here',
          );
      }
    }
  });

  it('keeps an unknown attribute with known false and its name', () => {
    const line = annotateSdp(wrapInDescription(['a=x-course-unknown:1'])).lines.find((l) =>
      l.raw.startsWith('a=x-course'),
    );
    expect(line).toMatchObject({
      kind: 'a',
      name: 'x-course-unknown',
      known: false,
      fields: [],
      diagnostics: [],
    });
  });

  it('reads { "type", "sdp" } JSON and reports the description type', () => {
    const sdp = readSdpFixture('firefox-data-only-answer.sdp');
    const annotation = annotateSdp(JSON.stringify({ type: 'answer', sdp }));
    expect(annotation.descriptionType).toBe('answer');
    expect(annotation.lines.length).toBe(sdp.split('\r\n').length - 1);
    expect(annotation.lines.every((l) => l.known)).toBe(true);
  });

  it('marks a section with port 0 as rejected unless it is bundle-only', () => {
    const text = readSdpFixture('chromium-av-data-answer.sdp').replace('m=video 9 ', 'm=video 0 ');
    const video = annotateSdp(text).sections.find((s) => s.kind === 'media' && s.media === 'video');
    expect(video).toMatchObject({ port: 0, rejected: true });
    const bundleOnly = annotateSdp(readSdpFixture('firefox-codecs-offer.sdp')).sections.filter(
      (s) => s.kind === 'media' && s.bundleOnly,
    );
    expect(bundleOnly.map((s) => s.kind === 'media' && [s.port, s.rejected])).toEqual([[0, false]]);
  });
});
