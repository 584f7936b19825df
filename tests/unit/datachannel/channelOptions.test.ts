import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHOICE,
  channelInit,
  channelTypeByte,
  choiceFromParams,
  describeChoice,
} from '../../../src/lib/datachannel/channelOptions';

const params = (query: string) => {
  const search = new URLSearchParams(query);
  return (name: string) => search.get(name);
};

describe('channelInit', () => {
  it('passes only ordered for a reliable channel opened through DCEP', () => {
    expect(channelInit(DEFAULT_CHOICE)).toEqual({ ordered: true });
  });

  it('passes both limits for “both”, for the browser to refuse', () => {
    const init = channelInit({ ...DEFAULT_CHOICE, reliability: 'both' });
    expect(init).toMatchObject({ maxRetransmits: 0, maxPacketLifeTime: 500 });
  });

  it('passes negotiated and the id', () => {
    expect(channelInit({ ...DEFAULT_CHOICE, negotiated: true, id: 6 })).toEqual({
      ordered: true,
      negotiated: true,
      id: 6,
    });
  });
});

describe('channelTypeByte', () => {
  it('matches RFC 8832’s channel types', () => {
    expect(channelTypeByte(DEFAULT_CHOICE)).toBe(0x00);
    expect(channelTypeByte({ ...DEFAULT_CHOICE, ordered: false })).toBe(0x80);
    expect(channelTypeByte({ ...DEFAULT_CHOICE, reliability: 'retransmits' })).toBe(0x01);
    expect(channelTypeByte({ ...DEFAULT_CHOICE, ordered: false, reliability: 'lifetime' })).toBe(
      0x82,
    );
    expect(channelTypeByte({ ...DEFAULT_CHOICE, reliability: 'both' })).toBeNull();
  });
});

describe('describeChoice', () => {
  it('writes the retransmission limit in words', () => {
    expect(describeChoice({ ...DEFAULT_CHOICE, ordered: false, reliability: 'retransmits' })).toBe(
      'unordered, at most 0 retransmissions',
    );
  });
});

describe('choiceFromParams', () => {
  it('reads the unordered, never-retransmit preset', () => {
    expect(choiceFromParams(params('mode=unordered&maxRetransmits=0'))).toMatchObject({
      ordered: false,
      reliability: 'retransmits',
      maxRetransmits: 0,
    });
  });

  it('reads both limits as “both”', () => {
    expect(choiceFromParams(params('maxRetransmits=2&maxPacketLifeTime=500')).reliability).toBe(
      'both',
    );
  });

  it('reads a negotiated id and clamps it to the streams browsers open', () => {
    expect(choiceFromParams(params('negotiated=1&id=5000'))).toMatchObject({
      negotiated: true,
      id: 1023,
    });
  });

  it('ignores malformed values', () => {
    expect(choiceFromParams(params('mode=sideways&id=-3&maxRetransmits=x'))).toMatchObject({
      ordered: true,
      id: DEFAULT_CHOICE.id,
      maxRetransmits: DEFAULT_CHOICE.maxRetransmits,
    });
  });
});
