import { describe, expect, it } from 'vitest';
import { annotateSdp, diagnosticLine, lineDiagnostic } from '~/lib/sdp/index';

describe('lineDiagnostic', () => {
  it('puts the finding on one line through a line span', () => {
    expect(lineDiagnostic('warning', 'suspicious', 7)).toEqual({
      severity: 'warning',
      message: 'suspicious',
      span: { unit: 'line', start: 7, length: 1 },
    });
  });
});

describe('diagnosticLine', () => {
  it('reads the 1-based line of a line span, and null for a finding about the whole description', () => {
    expect(diagnosticLine(lineDiagnostic('error', 'x', 3))).toBe(3);
    expect(diagnosticLine({ severity: 'error', message: 'x' })).toBeNull();
    expect(
      diagnosticLine({
        severity: 'error',
        message: 'x',
        span: { unit: 'byte', start: 3, length: 2 },
      }),
    ).toBeNull();
  });

  it('finds every line diagnostic of an annotation on the line that lists it', () => {
    const annotation = annotateSdp('v=0\r\ns=-\r\no=- 1 2 IN IP4 127.0.0.1\r\nA=x\r\n');
    for (const line of annotation.lines) {
      for (const d of line.diagnostics) expect(diagnosticLine(d)).toBe(line.number);
    }
    expect(annotation.diagnostics.some((d) => diagnosticLine(d) === null)).toBe(true);
    expect(annotation.diagnostics.some((d) => diagnosticLine(d) === 3)).toBe(true);
  });
});
