import { describe, expect, it } from 'vitest';
import { signalRow, signalType, utf8Length } from '~/lib/signaling/signalRow';

describe('utf8Length', () => {
  it('counts one byte for ASCII and more for other characters', () => {
    expect(utf8Length('v=0')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('→')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
  });

  it('agrees with TextEncoder on a mixed text', () => {
    const text = 'a=fingerprint:sha-256 AB:CD “quoted” 😀';
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe('signalType', () => {
  it('names a description by its own type', () => {
    const offer = { kind: 'description', description: { type: 'offer' } } as const;
    const answer = { kind: 'description', description: { type: 'answer' } } as const;
    expect(signalType(offer)).toBe('offer');
    expect(signalType(answer)).toBe('answer');
  });

  it('calls a null candidate the end of candidates', () => {
    expect(signalType({ kind: 'candidate', candidate: null })).toBe('end-of-candidates');
    expect(signalType({ kind: 'candidate', candidate: { candidate: 'candidate:1 1 udp' } })).toBe(
      'candidate',
    );
  });

  it('tells the glare requests from a plain hello', () => {
    expect(signalType({ kind: 'hello' })).toBe('hello');
    expect(signalType({ kind: 'hello', glare: 'start' })).toBe('glare-start');
    expect(signalType({ kind: 'hello', glare: 'ready' })).toBe('glare-ready');
    expect(signalType({ kind: 'bye' })).toBe('bye');
  });
});

describe('signalRow', () => {
  it('measures the JSON the transport carries, in UTF-8 bytes', () => {
    const message = { kind: 'bye', peer: 'a1b2c3' } as const;
    expect(signalRow(message, 'out')).toEqual({
      type: 'bye',
      direction: 'out',
      bytes: JSON.stringify(message).length,
    });
  });
});
