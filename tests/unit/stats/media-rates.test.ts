import { describe, expect, it } from 'vitest';
import { kbpsBetween, mediaRatesBetween, perSecondBetween } from '~/lib/stats/media-rates';
import { readReceiveSnapshot, readSendSnapshot } from '~/lib/stats/media-stats';
import { loadMediaCapture } from './media-fixtures';

describe('kbpsBetween', () => {
  it('turns 125 000 bytes in one second into 1000 kbit/s', () => {
    expect(kbpsBetween(0, 125_000, 1000)).toBe(1000);
  });

  it('gives nothing when no time passed or the counter went back (a new stream)', () => {
    expect(kbpsBetween(10, 20, 0)).toBeUndefined();
    expect(kbpsBetween(500, 20, 1000)).toBeUndefined();
  });
});

describe('perSecondBetween', () => {
  it('scales a counter’s growth to one second', () => {
    expect(perSecondBetween(3, 8, 500)).toBe(10);
  });

  it('gives nothing when either value is missing', () => {
    expect(perSecondBetween(undefined, 8, 500)).toBeUndefined();
    expect(perSecondBetween(3, undefined, 500)).toBeUndefined();
  });
});

describe('mediaRatesBetween', () => {
  for (const name of ['chromium-media', 'firefox-media'] as const) {
    it(`gives a plausible bitrate and frame rate for the ${name} capture`, () => {
      const capture = loadMediaCapture(name);
      const rates = mediaRatesBetween(
        [readSendSnapshot(capture.first.a), readSendSnapshot(capture.second.a)],
        [readReceiveSnapshot(capture.first.b), readReceiveSnapshot(capture.second.b)],
      );
      // A 320x180 canvas at up to 30 fps: tens to a few thousand kbit/s, some frames each second.
      expect(rates.sentKbps).toBeGreaterThan(10);
      expect(rates.sentKbps).toBeLessThan(5000);
      expect(rates.receivedKbps).toBeGreaterThan(10);
      expect(rates.fps).toBeGreaterThan(5);
      expect(rates.fps).toBeLessThanOrEqual(61);
      expect(rates.lostPerSecond).toBe(0);
      expect(rates.nacksPerSecond).toBe(0);
    });
  }

  it('computes the rates from the counters and the records’ own timestamps', () => {
    const send = (at: number, bytesSent: number) => ({ ...readSendSnapshot([]), at, bytesSent });
    const receive = (at: number, bytesReceived: number, framesDecoded: number) => ({
      ...readReceiveSnapshot([]),
      at,
      bytesReceived,
      framesDecoded,
      packetsLost: framesDecoded / 10,
    });
    const rates = mediaRatesBetween(
      [send(1000, 0), send(3000, 250_000)],
      [receive(1000, 0, 0), receive(2000, 100_000, 30)],
    );
    expect(rates.sentKbps).toBe(1000);
    expect(rates.receivedKbps).toBe(800);
    expect(rates.fps).toBe(30);
    expect(rates.lostPerSecond).toBe(3);
    expect(rates.nacksPerSecond).toBeUndefined();
  });
});
