import { describe, expect, it } from 'vitest';
import { videoPayloadOrder } from '~/components/labs/media-lab/offerPayloads';
import { appendPoint, emptySeries, SERIES_LENGTH } from '~/components/labs/media-lab/mediaSeries';
import { MediaSettings } from '~/components/labs/media-lab/mediaSettings.svelte';
import { loadMediaCapture } from '../../stats/media-fixtures';

describe('videoPayloadOrder', () => {
  it('lists the m=video payload types of a real Chromium offer in order, with their encodings', () => {
    const order = videoPayloadOrder(loadMediaCapture('chromium-media').offer);
    expect(order[0]).toEqual({ payloadType: 96, encoding: 'VP8/90000' });
    expect(order[1]).toEqual({ payloadType: 97, encoding: 'rtx/90000' });
    expect(order.length).toBeGreaterThan(10);
  });

  it('reads Firefox’s offer, whose VP8 is payload type 120', () => {
    const order = videoPayloadOrder(loadMediaCapture('firefox-media').offer);
    expect(order.map((p) => p.encoding)).toContain('VP8/90000');
    expect(order.find((p) => p.encoding === 'VP8/90000')?.payloadType).toBe(120);
  });

  it('gives an empty list for an offer without video, and keeps a type without rtpmap', () => {
    expect(videoPayloadOrder('v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n')).toEqual([]);
    expect(videoPayloadOrder('v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 45\r\n')).toEqual([
      { payloadType: 45, encoding: '' },
    ]);
  });
});

describe('appendPoint', () => {
  it('keeps the last minute of points, oldest dropped, a missing value as a gap', () => {
    let series = emptySeries();
    for (let t = 0; t < SERIES_LENGTH + 5; t += 1) {
      series = appendPoint(series, t, {
        sentKbps: t,
        receivedKbps: t,
        estimateKbps: undefined,
        fps: 30,
        lost: 0,
        nacks: 0,
        plis: 0,
        rttMs: 1,
        jitterMs: 2,
      });
    }
    expect(series.times).toHaveLength(SERIES_LENGTH);
    expect(series.times[0]).toBe(5);
    expect(series.values.sentKbps.at(-1)).toBe(SERIES_LENGTH + 4);
    expect(series.values.estimateKbps.every((v) => v === null)).toBe(true);
  });
});

describe('MediaSettings.preset', () => {
  it('applies the codec, cap, scale, scalability mode and relay of an instructor’s link', () => {
    const settings = new MediaSettings();
    settings.preset(
      new URLSearchParams(
        'codec=vp9&maxBitrate=300&scale=2&scalability=L1T3&relay=1&url=turn:127.0.0.1:40000?transport=udp&username=u&credential=p',
      ),
    );
    expect(settings.codec).toBe('VP9');
    expect(settings.limits()).toEqual({ maxBitrateKbps: 300, scale: 2, scalabilityMode: 'L1T3' });
    expect(settings.relay).toBe(true);
    expect(settings.relaySettings()).toEqual({
      url: 'turn:127.0.0.1:40000?transport=udp',
      username: 'u',
      credential: 'p',
    });
  });

  it('ignores values it does not offer', () => {
    const settings = new MediaSettings();
    settings.preset(
      new URLSearchParams('codec=<b>&maxBitrate=-5&scale=3&scalability=L9T9&url=http://x'),
    );
    expect(settings.codec).toBe('');
    expect(settings.limits()).toEqual({ maxBitrateKbps: null, scale: 1, scalabilityMode: '' });
    expect(settings.turnUrl).toBe('turn:127.0.0.1:3478?transport=udp');
  });
});
