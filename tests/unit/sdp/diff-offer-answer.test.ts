import { describe, expect, it } from 'vitest';
import { annotateSdp, diffOfferAnswer } from '~/lib/sdp/index';
import { readSdpFixture } from './fixture-files';

const diffTexts = (offer: string, answer: string) =>
  diffOfferAnswer(annotateSdp(offer), annotateSdp(answer));
const pair = (browser: string, scenario: string) =>
  diffTexts(
    readSdpFixture(`${browser}-${scenario}-offer.sdp`),
    readSdpFixture(`${browser}-${scenario}-answer.sdp`),
  );

describe('diffOfferAnswer', () => {
  it.each(['chromium', 'firefox'])(
    'finds that the %s answerer became DTLS client after an actpass offer',
    (browser) => {
      const outcome = pair(browser, 'av-data');
      expect(outcome.dtls).toEqual({
        offerSetup: 'actpass',
        answerSetup: 'active',
        offerer: 'server',
        answerer: 'client',
      });
      expect(outcome.notes.map((n) => n.message).join()).toContain('answerer is the DTLS client');
    },
  );

  it.each(['chromium', 'firefox'])(
    'reports the accepted BUNDLE group of %s and the tagged section',
    (browser) => {
      expect(pair(browser, 'av-data').bundle).toEqual({
        offered: ['0', '1', '2'],
        accepted: ['0', '1', '2'],
        tagged: '0',
      });
    },
  );

  it('explains two-way media for an audio+video+data exchange, and the data channel limits', () => {
    const outcome = pair('chromium', 'av-data');
    expect(
      outcome.sections.map((s) => [s.media, s.offererSends, s.answererSends, s.rejected]),
    ).toEqual([
      ['audio', true, true, false],
      ['video', true, true, false],
      ['application', true, true, false],
    ]);
    expect(outcome.dataChannel).toEqual({
      mid: '2',
      sctpPort: { offer: '5000', answer: '5000' },
      offererMaySend: 262144,
      answererMaySend: 262144,
    });
  });

  it('finds that recvonly transceivers with nothing to send are answered inactive', () => {
    const outcome = pair('firefox', 'recvonly');
    expect(
      outcome.sections.map((s) => [
        s.offerDirection,
        s.answerDirection,
        s.offererSends,
        s.answererSends,
      ]),
    ).toEqual([
      ['recvonly', 'inactive', false, false],
      ['recvonly', 'inactive', false, false],
    ]);
  });

  it('finds media flowing one way for a sendonly offer answered recvonly', () => {
    const [section] = pair('chromium', 'sendonly').sections;
    expect(section).toMatchObject({
      offerDirection: 'sendonly',
      answerDirection: 'recvonly',
      offererSends: true,
      answererSends: false,
    });
  });

  it('lists the codecs kept per section when the offer was restricted to AV1, VP9 and H.264', () => {
    const outcome = pair('chromium', 'codecs');
    const names = outcome.sections.map((s) => [
      ...new Set(s.codecsKept.map((c) => c.name).filter((n) => n !== 'rtx')),
    ]);
    expect(names).toEqual([['AV1'], ['VP9'], ['H264']]);
    expect(outcome.sections.every((s) => s.codecsKept.every((c) => c.payloadType !== ''))).toBe(
      true,
    );
  });

  it('reports a section the answer rejected with port 0, and the codecs it dropped', () => {
    const answer = readSdpFixture('chromium-av-data-answer.sdp').replace(
      'm=video 9 ',
      'm=video 0 ',
    );
    const outcome = diffTexts(readSdpFixture('chromium-av-data-offer.sdp'), answer);
    const video = outcome.sections[1];
    expect(video).toMatchObject({ rejected: true, offererSends: false, codecsKept: [] });
    expect(video?.codecsDropped.length).toBeGreaterThan(10);
    expect(video?.notes[0]?.message).toContain('rejected: port 0');
  });

  it('reports an answer direction that RFC 3264 does not allow', () => {
    const answer = readSdpFixture('chromium-sendonly-answer.sdp').replace(
      'a=recvonly',
      'a=sendonly',
    );
    const notes = diffTexts(readSdpFixture('chromium-sendonly-offer.sdp'), answer).notes;
    expect(notes.find((n) => n.severity === 'error')?.message).toContain(
      'cannot be answered sendonly',
    );
  });

  it('reports an answer that says actpass, which must pick a role', () => {
    const answer = readSdpFixture('chromium-data-only-answer.sdp').replace(
      'a=setup:active',
      'a=setup:actpass',
    );
    const outcome = diffTexts(readSdpFixture('chromium-data-only-offer.sdp'), answer);
    expect(outcome.dtls.answerer).toBe('unknown');
    expect(
      outcome.notes.some(
        (n) => n.severity === 'error' && n.message.includes('must pick active or passive'),
      ),
    ).toBe(true);
  });

  it('uses 64 KiB for a side that sends no max-message-size', () => {
    const answer = readSdpFixture('chromium-data-only-answer.sdp').replace(
      'a=max-message-size:262144\r\n',
      '',
    );
    expect(
      diffTexts(readSdpFixture('chromium-data-only-offer.sdp'), answer).dataChannel?.offererMaySend,
    ).toBe(65536);
  });

  it('never throws on garbage', () => {
    expect(() => diffTexts('', 'm=audio\r\n\u0000')).not.toThrow();
    expect(diffTexts('', '').sections).toEqual([]);
  });
});
