import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex, parseHex } from '~/lib/hex';

describe('parseHex', () => {
  it('reads spaced, continuous, 0x-prefixed, colon and newline separated hex alike', () => {
    const expected = [0x00, 0x01, 0x21, 0x12];
    for (const text of [
      '00 01 21 12',
      '00012112',
      '0x00 0x01 0x21 0x12',
      '00:01:21:12',
      '0001\n2112\r\n',
      '0x0001, 0x2112',
    ]) {
      const { bytes, diagnostics } = parseHex(text);
      expect(Array.from(bytes), text).toEqual(expected);
      expect(diagnostics, text).toEqual([]);
    }
  });

  it('skips stray characters and reports them with their offsets', () => {
    const { bytes, diagnostics } = parseHex('00 zz 01');
    expect(Array.from(bytes)).toEqual([0, 1]);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        message: 'Not hex: "zz" was skipped.',
        span: { unit: 'char', start: 3, length: 2 },
      },
    ]);
  });

  it('drops a final odd digit and says so', () => {
    const { bytes, diagnostics } = parseHex('00 1');
    expect(Array.from(bytes)).toEqual([0]);
    expect(diagnostics[0]).toMatchObject({ span: { unit: 'char', start: 3, length: 1 } });
  });

  it('never throws and reads back what bytesToHex wrote', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseHex(text);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        expect(parseHex(bytesToHex(bytes, ' ')).bytes).toEqual(bytes);
      }),
    );
  });
});

describe('bytesToHex', () => {
  it('writes two lower-case digits per byte, with no separator unless one is given', () => {
    expect(bytesToHex(new Uint8Array([0x21, 0xa4, 0x05]))).toBe('21a405');
    expect(bytesToHex(new Uint8Array([0x21, 0xa4]), ' ')).toBe('21 a4');
    expect(bytesToHex([0, 255], ':')).toBe('00:ff');
    expect(bytesToHex(new Uint8Array(0))).toBe('');
  });
});
