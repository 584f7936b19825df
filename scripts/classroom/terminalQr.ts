/**
 * A QR code for the terminal, two module rows per text line with Unicode half blocks
 * (▀ ▄ █ and space), around a quiet zone of two modules. In a terminal the code is drawn dark on
 * a light background (ANSI colours), whatever the terminal's own colours, so phones read it.
 */
import qrcode from 'qrcode-generator';

const QUIET = 2;

/** The lines of a QR code of `text` (error correction M); `colour` adds ANSI black-on-white. */
export function terminalQr(text: string, colour: boolean): string[] {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  const dark = (row: number, col: number) =>
    row >= 0 && col >= 0 && row < size && col < size && qr.isDark(row, col);
  const lines: string[] = [];
  for (let row = -QUIET; row < size + QUIET; row += 2) {
    let line = '';
    for (let col = -QUIET; col < size + QUIET; col += 1) {
      const top = dark(row, col);
      const bottom = dark(row + 1, col);
      line += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
    }
    lines.push(colour ? `\x1b[30;107m${line}\x1b[0m` : line);
  }
  return lines;
}
