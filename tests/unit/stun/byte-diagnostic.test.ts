import { describe, expect, it } from 'vitest';
import { byteDiagnostic, sortBySpan } from '~/lib/stun/byte-diagnostic';

describe('byteDiagnostic', () => {
  it('builds the shared Diagnostic with a byte span', () => {
    expect(byteDiagnostic('error', 'Cut short.', 2, 2)).toEqual({
      severity: 'error',
      message: 'Cut short.',
      span: { unit: 'byte', start: 2, length: 2 },
    });
  });
});

describe('sortBySpan', () => {
  it('orders by start, keeps the order of equal starts, and puts span-less findings first', () => {
    const a = byteDiagnostic('warning', 'a', 24, 4);
    const b = byteDiagnostic('warning', 'b', 24, 2);
    const c = byteDiagnostic('error', 'c', 2, 2);
    const whole = { severity: 'info' as const, message: 'whole' };
    expect(sortBySpan([a, b, c, whole]).map((d) => d.message)).toEqual(['whole', 'c', 'a', 'b']);
  });
});
