// The walkthrough's source cut into what the two-windows lab shows and the chapter's snippets.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutRegions, region, topLevelVariables } from '~/lib/walkthrough/regions';
import { WINDOW_STEPS } from '~/lib/walkthrough/walkthroughSteps';

const SOURCE = readFileSync(
  resolve(import.meta.dirname, '../../../src/rtc/walkthrough/steps.ts'),
  'utf8',
);

describe('cutRegions', () => {
  it('keeps the text between the markers, dedented, without the markers', () => {
    const text = [
      'function f() {',
      '  // #region one',
      '  a();',
      '    b();',
      '  // #endregion',
      '}',
    ];
    expect(cutRegions(text.join('\n')).get('one')).toBe('a();\n  b();');
  });

  it('refuses a region that is never closed or appears twice', () => {
    expect(() => cutRegions('// #region x\nA')).toThrow(/not closed/);
    expect(() => cutRegions('// #region x\n// #endregion\n// #region x\n// #endregion')).toThrow(
      /twice/,
    );
  });

  it('finds a region for every step of both windows in the walkthrough’s source', () => {
    const regions = cutRegions(SOURCE);
    for (const step of [...WINDOW_STEPS.a, ...WINDOW_STEPS.b]) {
      expect(region(regions, step.id)).not.toBe('');
    }
  });

  it('leaves no TypeScript in the shown code, so a DevTools console accepts it', () => {
    for (const [name, text] of cutRegions(SOURCE)) {
      expect(text, name).not.toMatch(/!\.|\bas [A-Z]|: (RTC|string|number)\b|<[A-Z]\w*>\(/);
    }
  });
});

describe('region', () => {
  it('names the regions there are when the one asked for is missing', () => {
    expect(() => region(new Map([['a', 'x']]), 'b')).toThrow('no region "b" (there are: a)');
  });
});

describe('topLevelVariables', () => {
  it('reads the connection and the channel the walkthrough keeps', () => {
    expect(topLevelVariables(SOURCE)).toEqual(['pc', 'channel']);
  });
});
