import { describe, expect, it } from 'vitest';
import { splitSdpLines } from '~/lib/sdp/split-lines';

describe('splitSdpLines', () => {
  it('splits CRLF-terminated text into numbered lines without their line breaks', () => {
    const lines = splitSdpLines('v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n');
    expect(lines).toEqual([
      { number: 1, raw: 'v=0', ending: '\r\n' },
      { number: 2, raw: 'o=- 1 2 IN IP4 127.0.0.1', ending: '\r\n' },
    ]);
  });

  it('accepts bare LF and a missing final line break', () => {
    expect(splitSdpLines('v=0\ns=-').map((l) => [l.raw, l.ending])).toEqual([
      ['v=0', '\n'],
      ['s=-', ''],
    ]);
  });

  it('keeps empty lines in the middle as lines of their own', () => {
    expect(splitSdpLines('v=0\r\n\r\ns=-\r\n').map((l) => l.raw)).toEqual(['v=0', '', 's=-']);
  });

  it('keeps a lone carriage return inside the line it appears in', () => {
    expect(splitSdpLines('v=0\rs=-\n').map((l) => l.raw)).toEqual(['v=0\rs=-']);
  });

  it('gives back the exact input when every line is joined with its ending', () => {
    const text = 'v=0\r\na=x\n\r\n\nlast';
    expect(
      splitSdpLines(text)
        .map((l) => l.raw + l.ending)
        .join(''),
    ).toBe(text);
  });

  it('returns no line for empty input', () => {
    expect(splitSdpLines('')).toEqual([]);
  });
});
