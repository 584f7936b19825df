import { describe, expect, it } from 'vitest';
import { explainTamper } from '~/lib/dtls';

const base = { dtlsState: 'connecting', connectionState: 'connecting', waitedSeconds: 10 };

describe('explainTamper', () => {
  it('quotes the browser’s own error when it refused the answer', () => {
    const outcome = explainTamper({ ...base, refusal: 'Failed to set remote answer sdp: bad' });
    expect(outcome.verdict).toBe('refused');
    expect(outcome.explanation).toContain('“Failed to set remote answer sdp: bad”');
  });

  it('explains a handshake that failed after the answer was accepted', () => {
    const outcome = explainTamper({ ...base, dtlsState: 'failed', connectionState: 'failed' });
    expect(outcome.verdict).toBe('failed');
    expect(outcome.explanation).toContain('A accepted the answer');
    expect(outcome.explanation).toContain('“failed”');
  });

  it('counts a failed connection as failed when the DTLS state is not reported', () => {
    const outcome = explainTamper({ ...base, dtlsState: undefined, connectionState: 'failed' });
    expect(outcome.verdict).toBe('failed');
  });

  it('warns when the browser connected despite the wrong fingerprint', () => {
    expect(explainTamper({ ...base, dtlsState: 'connected' }).verdict).toBe('connected');
  });

  it('says how long it waited when the handshake neither finished nor failed', () => {
    const outcome = explainTamper(base);
    expect(outcome.verdict).toBe('stalled');
    expect(outcome.explanation).toContain('After 10 s');
  });
});
