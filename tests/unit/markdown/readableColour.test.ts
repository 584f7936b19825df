import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, readableOn } from '../../../src/markdown/readableColour';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#e36209', '#e36209')).toBe(1);
  });

  it('matches the published ratio of github-light orange on white (3.5:1)', () => {
    expect(contrastRatio('#e36209', '#fff')).toBeCloseTo(3.49, 2);
  });

  it('reads #rgb like #rrggbb', () => {
    expect(luminance('#fff')).toBe(luminance('#ffffff'));
  });
});

describe('readableOn', () => {
  it('keeps a colour that already reaches 4.5:1', () => {
    expect(readableOn('#24292E', '#fff')).toBe('#24292e');
  });

  it('darkens a colour on a light background until it passes, keeping it close', () => {
    const shown = readableOn('#e36209', '#fff');
    expect(contrastRatio(shown, '#fff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(shown, '#fff')).toBeLessThan(5);
  });

  it('lightens a colour on a dark background until it passes', () => {
    const shown = readableOn('#6a737d', '#24292e');
    expect(luminance(shown)).toBeGreaterThan(luminance('#6a737d'));
    expect(contrastRatio(shown, '#24292e')).toBeGreaterThanOrEqual(4.5);
  });

  it('leaves what is not a hex colour alone', () => {
    expect(readableOn('inherit', '#fff')).toBe('inherit');
  });
});
