// The priority formula the ICE explorer writes out, checked against RFC 8445 §5.1.2.1 with
// priorities browsers really send.
import { describe, expect, it } from 'vitest';
import { explainCandidatePriority } from '~/lib/ice/priority-explanation';
import {
  priorityFormulaSentence,
  priorityTerms,
} from '~/components/labs/ice-explorer/priorityTerms';

describe('priorityTerms', () => {
  it('splits a Chromium host priority into 2^24 × 126, 2^8 × 32542 and 256 − 1', () => {
    const terms = priorityTerms(explainCandidatePriority(2122260223, 'host'));
    expect(terms).toEqual({ type: 126 * 2 ** 24, local: 32_542 * 2 ** 8, component: 255 });
  });

  it('gives terms that add up to the priority for every candidate type', () => {
    for (const [priority, type] of [
      [2122260223, 'host'],
      [1686052607, 'srflx'],
      [1518280447, 'host'],
      [41885439, 'relay'],
      [2122194686, 'host'],
    ] as const) {
      const terms = priorityTerms(explainCandidatePriority(priority, type));
      expect(terms.type + terms.local + terms.component, `${type} ${priority}`).toBe(priority);
    }
  });

  it('makes component 2 (a separate RTCP port) rank one below component 1', () => {
    const rtp = priorityTerms(explainCandidatePriority(2122260223, 'host'));
    const rtcp = priorityTerms(explainCandidatePriority(2122260222, 'host'));
    expect(rtp.component - rtcp.component).toBe(1);
  });
});

describe('priorityFormulaSentence', () => {
  it('reads the formula with the candidate’s own numbers and its priority', () => {
    expect(priorityFormulaSentence(explainCandidatePriority(1686052607, 'srflx'))).toBe(
      'priority equals 2 to the 24 times 100, plus 2 to the 8 times 32542, plus 256 minus 1, ' +
        'which is 1686052607',
    );
  });
});
