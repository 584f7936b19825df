import { describe, expect, it } from 'vitest';
import { isPolite, roleOf } from '~/lib/signaling/politeness';

describe('roleOf', () => {
  it('gives the two peers opposite roles, whichever of them asks', () => {
    expect(roleOf('3fa0c1', 'b71e02')).toBe('polite');
    expect(roleOf('b71e02', '3fa0c1')).toBe('impolite');
  });

  it('compares ids by code units, so every browser reaches the same answer', () => {
    expect(roleOf('Z9', 'a0')).toBe('polite');
    expect(roleOf('10', '9')).toBe('polite');
  });

  it('refuses two equal ids, which cannot be told apart', () => {
    expect(() => roleOf('abc', 'abc')).toThrow(/same id/);
  });
});

describe('isPolite', () => {
  it('is true for exactly one side of every pair', () => {
    const ids = ['0a', '0b', 'ff', '7c1e', 'aa'];
    for (const a of ids) {
      for (const b of ids.filter((id) => id !== a)) {
        expect(isPolite(a, b)).toBe(!isPolite(b, a));
      }
    }
  });
});
