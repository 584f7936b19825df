import { describe, expect, it } from 'vitest';
import {
  SDP_EDITS,
  addUnknownAttribute,
  annotateSdp,
  attributeValue,
  breakRtpmap,
  changeFingerprint,
  changeUfrag,
  removeFingerprint,
  removePreferredCodec,
} from '~/lib/sdp/index';
import { readSdpFixture } from './fixture-files';

const offer = readSdpFixture('chromium-av-data-offer.sdp');
const dataOnly = readSdpFixture('chromium-data-only-offer.sdp');
const lines = (sdp: string) => sdp.split('\r\n');
const mediaFormats = (sdp: string) =>
  annotateSdp(sdp).sections.flatMap((s) => (s.kind === 'media' ? [s.formats.join(' ')] : []));

describe('removePreferredCodec', () => {
  it('takes Opus out of the audio m-line with its rtpmap and fmtp, and the RED entry built on it', () => {
    const edited = removePreferredCodec(offer) ?? '';
    expect(lines(edited)).toContain('m=audio 9 UDP/TLS/RTP/SAVPF 9 0 8 13 110 126');
    expect(edited).not.toMatch(/^a=(rtpmap|fmtp|rtcp-fb):(111|63) /m);
  });

  it('leaves the other sections and the line ends as they were', () => {
    const edited = removePreferredCodec(offer) ?? '';
    expect(mediaFormats(edited).slice(1)).toEqual(mediaFormats(offer).slice(1));
    expect(edited).not.toMatch(/[^\r]\n/);
    expect(edited.endsWith('\r\n')).toBe(true);
  });

  it('drops RTX entries that name the removed codec with apt=', () => {
    const videoFirst = offer.replace(/m=audio[\s\S]*?(?=m=video)/, '');
    const edited = removePreferredCodec(videoFirst) ?? '';
    expect(edited).not.toMatch(/^a=rtpmap:(96|97) /m);
    expect(edited).toMatch(/^a=rtpmap:102 /m);
  });

  it('returns null for an SDP without an RTP section', () => {
    expect(removePreferredCodec(dataOnly)).toBeNull();
  });
});

describe('addUnknownAttribute', () => {
  it('adds a line the rule table does not know right after the first a=mid', () => {
    const edited = lines(addUnknownAttribute(offer) ?? '');
    const at = edited.indexOf('a=mid:0');
    expect(edited[at + 1]).toBe('a=x-course-note:added by hand');
    const line = annotateSdp(edited.join('\r\n')).lines[at + 1];
    expect(line).toMatchObject({ name: 'x-course-note', known: false });
  });

  it('returns null when there is no a=mid line', () => {
    expect(addUnknownAttribute('v=0\r\n')).toBeNull();
  });
});

describe('removeFingerprint', () => {
  it('deletes every a=fingerprint line and nothing else', () => {
    const edited = removeFingerprint(offer) ?? '';
    expect(edited).not.toContain('a=fingerprint:');
    expect(lines(offer).length - lines(edited).length).toBe(3);
  });

  it('returns null when there is no fingerprint', () => {
    expect(removeFingerprint(removeFingerprint(offer) ?? '')).toBeNull();
  });
});

describe('changeFingerprint', () => {
  it('changes the first byte of every hash the same way and keeps the hash length', () => {
    const edited = changeFingerprint(offer) ?? '';
    const before = annotateSdp(offer);
    const after = annotateSdp(edited);
    expect(attributeValue(after, 'fingerprint')).toBe(
      attributeValue(before, 'fingerprint')?.replace('sha-256 4C', 'sha-256 00'),
    );
    expect(new Set(edited.match(/^a=fingerprint:.*$/gm)).size).toBe(1);
  });

  it('writes FF where the first byte was 00, so the edit always changes something', () => {
    const zero = offer.replace(/sha-256 4C/g, 'sha-256 00');
    expect(changeFingerprint(zero)).toContain('a=fingerprint:sha-256 FF:FF:57');
  });

  it('returns null when there is no fingerprint', () => {
    expect(changeFingerprint('v=0\r\n')).toBeNull();
  });
});

describe('changeUfrag', () => {
  it('replaces the ufrag of every section with Edit', () => {
    const after = annotateSdp(changeUfrag(offer) ?? '');
    for (const i of [1, 2, 3]) expect(attributeValue(after, 'ice-ufrag', i)).toBe('Edit');
  });

  it('returns null when there is no ufrag', () => {
    expect(changeUfrag('v=0\r\n')).toBeNull();
  });
});

describe('breakRtpmap', () => {
  it('cuts the clock rate off the first rtpmap only, which the annotator then flags', () => {
    const edited = breakRtpmap(offer) ?? '';
    expect(lines(edited)).toContain('a=rtpmap:111 opus');
    expect(lines(edited)).toContain('a=rtpmap:63 red/48000/2');
    const broken = annotateSdp(edited).lines.find((l) => l.raw === 'a=rtpmap:111 opus');
    expect(broken?.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('returns null when no rtpmap has a clock rate to cut', () => {
    expect(breakRtpmap(dataOnly)).toBeNull();
  });
});

describe('SDP_EDITS', () => {
  it('has one entry per id, each changing a browser offer with audio, video and data', () => {
    expect(new Set(SDP_EDITS.map((e) => e.id)).size).toBe(SDP_EDITS.length);
    for (const edit of SDP_EDITS) {
      const edited = edit.apply(offer);
      expect(edited, edit.id).not.toBeNull();
      expect(edited, edit.id).not.toBe(offer);
    }
  });
});
