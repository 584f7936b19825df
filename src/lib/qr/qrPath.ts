// A QR code's dark modules as one SVG path: each horizontal run of dark modules is one rectangle,
// drawn inside a quiet zone of 4 modules (ISO/IEC 18004 §6.3.8), so the code needs no <rect> per
// module, no innerHTML and no inline style.

/** The quiet zone around a QR code, in modules. */
export const QR_QUIET_ZONE = 4;

/** The SVG path `d` of the dark modules of a `count`×`count` code, offset by the quiet zone. */
export function qrPath(count: number, isDark: (row: number, column: number) => boolean): string {
  const parts: string[] = [];
  for (let row = 0; row < count; row++) {
    let column = 0;
    while (column < count) {
      if (!isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < count && isDark(row, column)) column++;
      parts.push(
        `M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${column - start}v1h${start - column}z`,
      );
    }
  }
  return parts.join('');
}

/** The most bytes a QR code holds in byte mode (version 40), by error-correction level. */
export const QR_BYTE_CAPACITY = { L: 2953, M: 2331, Q: 1663, H: 1273 } as const;

/** An error-correction level and the share of damaged modules it recovers. */
export type QrLevel = keyof typeof QR_BYTE_CAPACITY;

/** How much of the code each level can lose and still be read (ISO/IEC 18004 §6.5.1). */
export const QR_RECOVERY: Record<QrLevel, string> = { L: '7%', M: '15%', Q: '25%', H: '30%' };

/** The sturdiest of M and L that holds `bytes` (M reads better off a screen), or null. */
export function qrLevelFor(bytes: number): QrLevel | null {
  if (bytes <= QR_BYTE_CAPACITY.M) return 'M';
  if (bytes <= QR_BYTE_CAPACITY.L) return 'L';
  return null;
}
