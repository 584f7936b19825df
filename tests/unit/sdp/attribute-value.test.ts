import { describe, expect, it } from 'vitest';
import { annotateSdp, attributeValue } from '~/lib/sdp/index';
import { readSdpFixture } from './fixture-files';

const SESSION_LEVEL = [
  'v=0',
  'o=- 1 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=ice-ufrag:sess',
  'a=ice-lite',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'a=mid:0',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  'a=mid:1',
  'a=ice-ufrag:own',
  '',
].join('\r\n');

describe('attributeValue', () => {
  it('reads the first value in the description when no section is named', () => {
    const offer = annotateSdp(readSdpFixture('chromium-data-only-offer.sdp'));
    expect(attributeValue(offer, 'ice-ufrag')).toBe('VVZH');
    expect(attributeValue(offer, 'max-message-size')).toBe('262144');
  });

  it("prefers a media section's own line and falls back to the session part", () => {
    const annotation = annotateSdp(SESSION_LEVEL);
    expect(attributeValue(annotation, 'ice-ufrag', 1)).toBe('sess');
    expect(attributeValue(annotation, 'ice-ufrag', 2)).toBe('own');
    expect(attributeValue(annotation, 'ice-ufrag', 0)).toBe('sess');
  });

  it('returns an empty string for a flag and null for an absent attribute or section', () => {
    const annotation = annotateSdp(SESSION_LEVEL);
    expect(attributeValue(annotation, 'ice-lite')).toBe('');
    expect(attributeValue(annotation, 'ice-pwd')).toBeNull();
    expect(attributeValue(annotation, 'mid', 7)).toBeNull();
    expect(attributeValue(annotateSdp(''), 'ice-ufrag')).toBeNull();
  });

  it('sees the new ufrag of an ICE restart in every section', () => {
    const before = annotateSdp(readSdpFixture('firefox-ice-restart-initial-offer.sdp'));
    const after = annotateSdp(readSdpFixture('firefox-ice-restart-offer.sdp'));
    const sections = after.sections.map((_, i) => i).slice(1);
    for (const i of sections) {
      expect(attributeValue(after, 'ice-ufrag', i)).not.toBe(
        attributeValue(before, 'ice-ufrag', i),
      );
    }
  });
});
