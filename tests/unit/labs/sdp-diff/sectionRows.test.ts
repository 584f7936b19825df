import { describe, expect, it } from 'vitest';
import { describeSectionOutcomes } from '~/components/labs/sdp-diff/sectionRows';
import { annotateSdp, diffOfferAnswer } from '~/lib/sdp';
import { readSdpFixture } from '../../sdp/fixture-files';

/** The rows for an offer and answer given as text, each annotated once. */
function rowsFor(offerText: string, answerText: string) {
  const offer = annotateSdp(offerText);
  const answer = annotateSdp(answerText);
  return describeSectionOutcomes(diffOfferAnswer(offer, answer), answer);
}

const avOffer = readSdpFixture('chromium-av-data-offer.sdp');
const avAnswer = readSdpFixture('chromium-av-data-answer.sdp');

describe('describeSectionOutcomes', () => {
  it('gives one row per media section with its mid, kind and both directions', () => {
    const rows = rowsFor(avOffer, avAnswer);
    expect(rows.map((r) => [r.index, r.mid, r.media, r.offerDirection, r.answerDirection])).toEqual(
      [
        [0, '0', 'audio', 'sendrecv', 'sendrecv'],
        [1, '1', 'video', 'sendrecv', 'sendrecv'],
        [2, '2', 'application', 'sendrecv', 'sendrecv'],
      ],
    );
    expect(rows[0]?.flow).toBe('both ways, A ⇄ B');
  });

  it('lists the kept codecs as name/payload-type tokens in the answer’s order', () => {
    const audio = rowsFor(avOffer, avAnswer)[0];
    expect(audio?.codecs[0]).toBe('opus/111');
    expect(audio?.codecs).toContain('red/63');
    expect(audio?.dropped).toBe(0);
  });

  it('gives the data section its formats and the message limits of both sides', () => {
    const data = rowsFor(avOffer, avAnswer)[2];
    expect(data?.codecs).toEqual(['webrtc-datachannel']);
    expect(data?.flow).toBe('both ways (data channels have no direction)');
    expect(data?.data).toEqual({
      sctpPort: '5000',
      maxMessageSize: 262144,
      offererMaySend: '262144 bytes',
      answererMaySend: '262144 bytes',
    });
  });

  it('marks a section rejected with port 0 as inactive, with nothing flowing and every codec dropped', () => {
    const video = rowsFor(avOffer, avAnswer.replace('m=video 9 ', 'm=video 0 '))[1];
    expect(video).toMatchObject({
      rejected: true,
      answerDirection: 'inactive',
      flow: 'nothing: the section is rejected',
      codecs: [],
    });
    expect(video?.dropped).toBeGreaterThan(10);
  });

  it('says which way media flows for one-way and inactive answers', () => {
    const recvonly = rowsFor(
      readSdpFixture('chromium-recvonly-offer.sdp'),
      readSdpFixture('chromium-recvonly-answer.sdp'),
    );
    expect(recvonly[0]).toMatchObject({ offerDirection: 'recvonly', answerDirection: 'inactive' });
    expect(recvonly[0]?.flow).toBe('neither way');
    const oneWay = rowsFor(avOffer, avAnswer.replace('a=sendrecv', 'a=recvonly'))[0];
    expect(oneWay?.flow).toBe('A → B only');
  });

  it('writes "any size" for a max-message-size of 0, which means no limit', () => {
    const answer = avAnswer.replace('a=max-message-size:262144', 'a=max-message-size:0');
    expect(rowsFor(avOffer, answer)[2]?.data?.offererMaySend).toBe('any size');
  });

  it('gives no rows when nothing was offered', () => {
    expect(rowsFor('', '')).toEqual([]);
  });
});
