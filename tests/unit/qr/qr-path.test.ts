import { describe, expect, it } from 'vitest';
import qrcode from 'qrcode-generator';
import { qrLevelFor, qrPath, QR_QUIET_ZONE } from '../../../src/lib/qr/qrPath';

/** The dark modules a path draws, read back from its `M x y h n v1 h -n z` runs. */
function modulesOf(path: string): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(n); i++)
      dark.add(`${Number(y) - QR_QUIET_ZONE},${Number(x) + i - QR_QUIET_ZONE}`);
  }
  return dark;
}

describe('qrPath', () => {
  it('draws exactly the dark modules of a real code, row by row, inside the quiet zone', () => {
    const qr = qrcode(0, 'M');
    qr.addData('offer:E03MPUsDQRCHcURQWQRFsbBQt5eNO7Mz', 'Byte');
    qr.make();
    const count = qr.getModuleCount();
    const expected = new Set<string>();
    for (let r = 0; r < count; r++)
      for (let c = 0; c < count; c++) if (qr.isDark(r, c)) expected.add(`${r},${c}`);
    expect(modulesOf(qrPath(count, (r, c) => qr.isDark(r, c)))).toEqual(expected);
  });

  it('joins a row of dark modules into one run', () => {
    expect(qrPath(3, (row) => row === 1)).toBe('M4 5h3v1h-3z');
  });
});

describe('qrLevelFor', () => {
  it('prefers M, falls back to L, and gives up past version 40 at level L', () => {
    expect(qrLevelFor(400)).toBe('M');
    expect(qrLevelFor(2500)).toBe('L');
    expect(qrLevelFor(2953)).toBe('L');
    expect(qrLevelFor(2954)).toBeNull();
  });
});
