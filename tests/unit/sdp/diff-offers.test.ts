import { describe, expect, it } from 'vitest';
import { annotateSdp, diffOffers } from '~/lib/sdp/index';
import { readSdpFixture } from './fixture-files';

const diffTexts = (before: string, after: string) =>
  diffOffers(annotateSdp(before), annotateSdp(after));
const change = (browser: string, scenario: string) =>
  diffTexts(
    readSdpFixture(`${browser}-${scenario}-initial-offer.sdp`),
    readSdpFixture(`${browser}-${scenario}-offer.sdp`),
  );

describe('diffOffers', () => {
  it.each(['chromium', 'firefox'])(
    'recognises the %s ICE restart by its new ufrag and password',
    (browser) => {
      const result = change(browser, 'ice-restart');
      expect(result.kind).toBe('ice-restart');
      expect(result.iceRestart).toBe(true);
      expect(result.notes.map((n) => n.message).join()).toContain(
        'new ice-ufrag and ice-pwd in every section',
      );
    },
  );

  it.each(['chromium', 'firefox'])(
    'recognises the %s renegotiation that added a transceiver, without an ICE restart',
    (browser) => {
      const result = change(browser, 'renegotiation');
      expect(result).toMatchObject({ kind: 'renegotiation', iceRestart: false, sectionsAdded: 1 });
    },
  );

  it('reports the session version going up', () => {
    expect(change('chromium', 'ice-restart').sessionVersion).toEqual({ before: '2', after: '3' });
  });

  it('says unchanged for the same offer twice', () => {
    const offer = readSdpFixture('chromium-av-data-offer.sdp');
    expect(diffTexts(offer, offer)).toMatchObject({ kind: 'unchanged', notes: [] });
  });

  it('tells offers of two different connections apart by their session id', () => {
    const result = diffTexts(
      readSdpFixture('chromium-data-only-offer.sdp'),
      readSdpFixture('chromium-av-data-offer.sdp'),
    );
    expect(result.kind).toBe('different-session');
  });

  it('reports a direction change and a stopped section', () => {
    const before = readSdpFixture('chromium-av-data-offer.sdp');
    const after = before.replace('a=sendrecv', 'a=sendonly').replace('m=video 9 ', 'm=video 0 ');
    const messages = diffTexts(before, after)
      .notes.map((n) => n.message)
      .join('\n');
    expect(messages).toContain('direction sendrecv → sendonly');
    expect(messages).toContain('now has port 0');
  });
});
