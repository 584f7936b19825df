import { describe, expect, it } from 'vitest';
import { csvField, csvTable, parseCsv } from '~/lib/instructors/csv';

describe('CSV for a learning platform', () => {
  it('leaves a plain field as it is', () => {
    expect(csvField('nat-simulator')).toBe('nat-simulator');
    expect(csvField(3)).toBe('3');
  });

  it('quotes a field with a comma, a quote or a line break and doubles its quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('the “by hand” mode')).toBe('the “by hand” mode');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('v=0\r\ns=-')).toBe('"v=0\r\ns=-"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('ends every line with CRLF, the header first', () => {
    expect(csvTable(['a', 'b'], [['1', 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('reads back exactly the fields it wrote, however awkward', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"'],
      ['line\r\nbreak', '', 'end'],
    ];
    expect(parseCsv(csvTable(['x', 'y', 'z'], rows))).toEqual([['x', 'y', 'z'], ...rows]);
  });
});
