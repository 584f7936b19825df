// Draws a text as a QR code with `qrcode-generator`, imported only when a learner asks for a code
// (a dynamic import: the library stays out of the page's first download).
import { QR_BYTE_CAPACITY, qrLevelFor, qrPath, QR_QUIET_ZONE, type QrLevel } from '~/lib/qr/qrPath';

/** A QR code ready to draw, or why there is none. */
export type QrDrawing =
  | { ok: true; path: string; size: number; version: number; level: QrLevel; bytes: number }
  | { ok: false; bytes: number; message: string };

/** The QR code of `text` (byte mode, level M or L), loading the library on first use. */
export async function drawQr(text: string): Promise<QrDrawing> {
  const bytes = new TextEncoder().encode(text).length;
  const level = qrLevelFor(bytes);
  if (!level) {
    return {
      ok: false,
      bytes,
      message: `Too long for a QR code: ${bytes.toLocaleString('en')} bytes, and the largest code (version 40, error correction L) holds ${QR_BYTE_CAPACITY.L.toLocaleString('en')}. Copy the text instead.`,
    };
  }
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, level);
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  return {
    ok: true,
    path: qrPath(count, (row, column) => qr.isDark(row, column)),
    size: count + 2 * QR_QUIET_ZONE,
    version: (count - 17) / 4,
    level,
    bytes,
  };
}
