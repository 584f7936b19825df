import { describe, expect, it } from 'vitest';
import {
  indexStats,
  isStatsRecord,
  summarizeCandidateStats,
  summarizeTransports,
} from '~/lib/stats';
import { loadCapture } from './fixtures';

const mdns = loadCapture('chromium-loopback-mdns');

describe('summarizeTransports', () => {
  it('reads the ICE role of each side of a Chromium loopback pair', () => {
    expect(summarizeTransports(mdns.before.a)[0]?.iceRole).toBe('controlling');
    expect(summarizeTransports(mdns.before.b)[0]?.iceRole).toBe('controlled');
  });

  it('shows a new local ufrag and one more selected-pair change after an ICE restart', () => {
    const [before] = summarizeTransports(mdns.before.a);
    const [after] = summarizeTransports(mdns.after.a);
    expect(before?.iceLocalUsernameFragment).toMatch(/^\S{4,}$/);
    expect(after?.iceLocalUsernameFragment).not.toBe(before?.iceLocalUsernameFragment);
    expect(after!.selectedCandidatePairChanges!).toBeGreaterThan(
      before!.selectedCandidatePairChanges!,
    );
  });
});

describe('summarizeCandidateStats', () => {
  it('reads a TCP candidate with its tcptype', () => {
    const tcp = mdns.after.a.find((r) => r['protocol'] === 'tcp');
    expect(summarizeCandidateStats(tcp)).toMatchObject({
      protocol: 'tcp',
      tcpType: 'active',
      port: 9,
    });
  });

  it('ignores records of other types', () => {
    expect(summarizeCandidateStats({ id: 'T01', type: 'transport' })).toBeUndefined();
    expect(summarizeCandidateStats(undefined)).toBeUndefined();
  });
});

describe('indexStats', () => {
  it('indexes records by id and skips values that are not records', () => {
    const byId = indexStats([...mdns.before.a, null, 'x', { id: 1, type: 'x' }]);
    expect(byId.size).toBe(mdns.before.a.length);
    expect(isStatsRecord({ id: 'a', type: 'b' })).toBe(true);
  });
});
