import { describe, expect, it } from 'vitest';
import { drawQr } from '../../../src/components/labs/shared/qrDrawing';

describe('drawQr', () => {
  it('draws a compact offer at level M with its byte count and version', async () => {
    const drawing = await drawQr(`offer:${'A'.repeat(363)}`);
    expect(drawing).toMatchObject({ ok: true, level: 'M', bytes: 369 });
    if (drawing.ok) expect(drawing.size).toBe(drawing.version * 4 + 17 + 8);
  });

  it('fits the largest texts each level holds at version 40', async () => {
    expect(await drawQr('x'.repeat(2331))).toMatchObject({ ok: true, level: 'M', version: 40 });
    expect(await drawQr('x'.repeat(2953))).toMatchObject({ ok: true, level: 'L', version: 40 });
  });

  it('says plainly when the text is too long for any QR code', async () => {
    const drawing = await drawQr('x'.repeat(3000));
    expect(drawing).toEqual({
      ok: false,
      bytes: 3000,
      message:
        'Too long for a QR code: 3,000 bytes, and the largest code (version 40, error correction L) holds 2,953. Copy the text instead.',
    });
  });
});
