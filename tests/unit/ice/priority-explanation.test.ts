import { describe, expect, it } from 'vitest';
import { explainCandidatePriority } from '~/lib/ice/priority-explanation';

describe('explainCandidatePriority', () => {
  it('writes the formula with the numbers of a captured Chromium host candidate', () => {
    const explanation = explainCandidatePriority(2113937151, 'host');
    expect(explanation.formula).toBe('2^24 × 126 + 2^8 × 30 + (256 − 1) = 2113937151');
    expect(explanation.followsRecommendation).toBe(true);
  });

  it('says when a browser departs from the recommended preference, as Chromium does for relays', () => {
    const explanation = explainCandidatePriority(50339839, 'relay');
    expect(explanation).toMatchObject({
      typePreference: 3,
      recommendedTypePreference: 0,
      followsRecommendation: false,
    });
  });

  it('has no recommendation for an unknown type', () => {
    expect(explainCandidatePriority(1, 'weird').recommendedTypePreference).toBeUndefined();
  });
});
