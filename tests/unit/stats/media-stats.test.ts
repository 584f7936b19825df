import { describe, expect, it } from 'vitest';
import { readReceiveSnapshot, readSendSnapshot } from '~/lib/stats/media-stats';
import { loadMediaCapture } from './media-fixtures';

const chromium = loadMediaCapture('chromium-media');
const firefox = loadMediaCapture('firefox-media');

describe('readSendSnapshot', () => {
  it('reads the codecs, counters and estimate Chromium reports for the sender', () => {
    const sent = readSendSnapshot(chromium.second.a);
    expect(sent.videoCodec).toBe('VP8');
    expect(sent.audioCodec).toBe('opus');
    expect(sent.videoPayloadType).toBe(96);
    expect(sent.bytesSent).toBe(177_721);
    expect(sent.nackCount).toBe(0);
    expect(sent.pliCount).toBe(0);
    expect(sent.qualityLimitation).toBe('none');
    expect(sent.scalabilityMode).toBe('L1T1');
    expect(sent.frameWidth).toBe(320);
    // remote-inbound-rtp roundTripTime 0.001282 s, from RTCP rather than the ICE pair.
    expect(sent.rttMs).toBeCloseTo(1.282, 3);
    // The selected pair's estimate (1 268 705 bit/s), not the unselected pair's missing one.
    expect(sent.availableOutgoingKbps).toBeCloseTo(1268.705, 3);
  });

  it('reads Firefox, which reports no quality limitation and no bandwidth estimate', () => {
    const sent = readSendSnapshot(firefox.second.a);
    expect(sent.videoCodec).toBe('VP8');
    expect(sent.audioCodec).toBe('opus');
    expect(sent.videoPayloadType).toBe(120);
    expect(sent.bytesSent).toBe(130_898);
    expect(sent.qualityLimitation).toBeUndefined();
    expect(sent.availableOutgoingKbps).toBeUndefined();
    expect(sent.rttMs).toBeCloseTo(1.755, 3);
  });

  it('gives empty figures for a report with no media', () => {
    const sent = readSendSnapshot([{ id: 'x', type: 'transport' }, 'not a record', null]);
    expect(sent).toMatchObject({ at: 0, bytesSent: 0, videoCodec: undefined, rttMs: undefined });
  });
});

describe('readReceiveSnapshot', () => {
  it('reads what Chromium counts at the receiver', () => {
    const received = readReceiveSnapshot(chromium.second.b);
    expect(received.videoCodec).toBe('VP8');
    expect(received.audioCodec).toBe('opus');
    expect(received.bytesReceived).toBe(177_721);
    expect(received.framesDecoded).toBe(145);
    expect(received.keyFramesDecoded).toBe(1);
    expect(received.packetsLost).toBe(0);
    expect(received.jitterMs).toBeCloseTo(1, 6);
  });

  it('reads what Firefox counts at the receiver, with its own payload type for VP8', () => {
    const received = readReceiveSnapshot(firefox.second.b);
    expect(received.videoCodec).toBe('VP8');
    expect(received.framesDecoded).toBe(97);
    expect(received.framesPerSecond).toBe(18);
    expect(received.nackCount).toBe(0);
    expect(received.pliCount).toBe(0);
    expect(received.jitterMs).toBeCloseTo(2.0222, 3);
  });
});
