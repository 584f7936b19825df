/**
 * WCAG 2.2 contrast for code colours: some tokens of the stock shiki themes (github-light's orange
 * #e36209, github-dark's comment grey #6a737d) fall below 4.5:1 on their own background. The
 * stylesheet of token classes writes a nearby colour that passes instead, so every code block
 * meets WCAG 2.2 AA (1.4.3) in both themes while keeping each theme's hues.
 */

/** Relative luminance of a `#rrggbb` colour (WCAG 2.2, "relative luminance"). */
export function luminance(hex: string): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = channels(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * `fg` if it reaches `min` contrast on `bg`, else the first colour on the way from `fg` towards
 * black (light background) or white (dark background) that does, in steps of 2%.
 */
export function readableOn(fg: string, bg: string, min = 4.5): string {
  if (!/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(fg) || !/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(bg))
    return fg;
  const target = luminance(bg) > 0.18 ? 0 : 255;
  const from = channels(fg);
  for (let step = 0; step <= 50; step += 1) {
    const mixed = from.map((c) => Math.round(c + ((target - c) * step) / 50));
    const hex = `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    if (contrastRatio(hex, bg) >= min) return step === 0 ? fg.toLowerCase() : hex;
  }
  return target === 0 ? '#000000' : '#ffffff';
}

/** The three 0–255 channels of `#rgb` or `#rrggbb`. */
function channels(hex: string): [number, number, number] {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}
