import { describe, expect, it } from 'vitest';
import { changedLines, withCrlf } from '~/lib/sdp/index';

describe('changedLines', () => {
  it('lists the lines removed and added, whatever their order', () => {
    const before = 'v=0\r\na=one\r\na=two\r\n';
    const after = 'v=0\r\na=three\r\na=one\r\n';
    expect(changedLines(before, after)).toEqual({ removed: ['a=two'], added: ['a=three'] });
  });

  it('counts repeated lines, so removing one of two identical lines shows', () => {
    expect(changedLines('a=x\na=x\n', 'a=x\n')).toEqual({ removed: ['a=x'], added: [] });
  });

  it('sees no change between CRLF and LF endings, nor in blank lines', () => {
    expect(changedLines('v=0\r\ns=-\r\n', 'v=0\n\ns=-')).toEqual({ removed: [], added: [] });
  });
});

describe('withCrlf', () => {
  it('turns bare LF and CR into CRLF and ends the text with one', () => {
    expect(withCrlf('v=0\ns=-\rt=0 0')).toBe('v=0\r\ns=-\r\nt=0 0\r\n');
  });

  it('leaves text that already ends its lines with CRLF unchanged', () => {
    expect(withCrlf('v=0\r\ns=-\r\n')).toBe('v=0\r\ns=-\r\n');
  });
});
