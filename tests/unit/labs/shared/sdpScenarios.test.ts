import { describe, expect, it } from 'vitest';
import { SDP_SCENARIOS, isScenarioId, scenarioById } from '~/components/labs/shared/sdpScenarios';
import { SDP_SCENARIO_IDS } from '~/rtc/scenarioPair';

describe('SDP_SCENARIOS', () => {
  it('describes every scenario src/rtc can set up, in the same order', () => {
    expect(SDP_SCENARIOS.map((s) => s.id)).toEqual([...SDP_SCENARIO_IDS]);
    for (const s of SDP_SCENARIOS) expect(s.label.length * s.does.length).toBeGreaterThan(0);
  });
});

describe('isScenarioId', () => {
  it('accepts the ids of the scenario= preset and refuses anything else', () => {
    expect(isScenarioId('reject-video')).toBe(true);
    expect(isScenarioId('Reject-Video')).toBe(false);
    expect(isScenarioId(null)).toBe(false);
  });
});

describe('scenarioById', () => {
  it('finds the scenario of an id', () => {
    expect(scenarioById('simulcast').label).toBe('Simulcast video + data');
  });
});
