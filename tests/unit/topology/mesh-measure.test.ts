import { describe, expect, it } from 'vitest';
import { explainMesh } from '~/lib/topology/meshExplain';
import {
  compareRate,
  dominantLimitation,
  sumOutboundVideo,
  uploadKbps,
} from '~/lib/topology/meshMeasure';

describe('mesh measurement', () => {
  it('turns 375,000 bytes over 3 s into 1000 kbit/s', () => {
    expect(uploadKbps({ at: 1000, bytesSent: 0 }, { at: 4000, bytesSent: 375_000 })).toBe(1000);
  });

  it('gives no rate when time stands still or a counter goes back', () => {
    expect(uploadKbps({ at: 5, bytesSent: 0 }, { at: 5, bytesSent: 10 })).toBeNull();
    expect(uploadKbps({ at: 0, bytesSent: 10 }, { at: 5, bytesSent: 5 })).toBeNull();
  });

  it('sums only outbound video records, reading kind or the older mediaType', () => {
    const records = [
      {
        type: 'outbound-rtp',
        kind: 'video',
        bytesSent: 100,
        framesEncoded: 10,
        qualityLimitationReason: 'cpu',
      },
      { type: 'outbound-rtp', mediaType: 'video', bytesSent: 50, framesEncoded: 5 },
      { type: 'outbound-rtp', kind: 'audio', bytesSent: 999 },
      { type: 'inbound-rtp', kind: 'video', bytesSent: 999 },
    ];
    expect(sumOutboundVideo(records)).toEqual({
      bytesSent: 150,
      framesEncoded: 15,
      limitations: ['cpu', undefined],
    });
  });

  it('agrees within 25 %, otherwise says below or above', () => {
    expect(compareRate(1000, 800)).toBe('agrees');
    expect(compareRate(1000, 1240)).toBe('agrees');
    expect(compareRate(1000, 700)).toBe('below');
    expect(compareRate(1000, 1300)).toBe('above');
  });

  it('reports a limitation when any sender has one, none when all are free, null without the field', () => {
    expect(dominantLimitation(['none', 'cpu', 'cpu', 'bandwidth'])).toBe('cpu');
    expect(dominantLimitation(['none', 'none'])).toBe('none');
    expect(dominantLimitation([undefined, undefined])).toBeNull();
  });
});

describe('mesh explanation', () => {
  it('blames the CPU when the encoders say so', () => {
    expect(explainMesh({ n: 8, agreement: 'below', limitation: 'cpu' })).toMatch(
      /CPU limitation.*56 encoders/,
    );
  });

  it('says when the browser reports no limitation field', () => {
    expect(explainMesh({ n: 3, agreement: 'agrees', limitation: null })).toMatch(
      /2 copies.*no qualityLimitationReason/,
    );
  });

  it('names bandwidth and ramp-up when the estimate held the encoders back', () => {
    expect(explainMesh({ n: 4, agreement: 'below', limitation: 'bandwidth' })).toMatch(
      /bandwidth limitation/,
    );
  });
});
