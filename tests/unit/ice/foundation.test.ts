import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCandidate } from '~/lib/ice/candidate';
import type { IceCandidate } from '~/lib/ice/candidate-types';
import {
  groupCandidatesByFoundation,
  isInconsistentFoundationGroup,
  pairFoundation,
} from '~/lib/ice/foundation';

function load(name: string): IceCandidate[] {
  const data = JSON.parse(
    readFileSync(new URL(`../../fixtures/candidates/${name}`, import.meta.url), 'utf8'),
  ) as {
    candidates: string[];
  };
  return data.candidates.flatMap((line) => parseCandidate(line).candidate ?? []);
}

describe('groupCandidatesByFoundation', () => {
  it('puts Chromium candidates of the same interface in one group across media sections', () => {
    const groups = groupCandidatesByFoundation(load('chromium-raw.json'));
    expect(groups).toHaveLength(2);
    expect(groups.map((g) => g.candidates.map((c) => c.address))).toEqual([
      ['192.0.2.2', '192.0.2.2'],
      ['fd00::2', 'fd00::2'],
    ]);
  });

  it('gives host, srflx and relay candidates from the same base different foundations', () => {
    const groups = groupCandidatesByFoundation(load('chromium-turn.json'));
    expect(groups.map((g) => g.types)).toEqual([['host'], ['host'], ['srflx'], ['relay']]);
    expect(groups.every((g) => !isInconsistentFoundationGroup(g))).toBe(true);
  });

  it('returns no group for no candidates', () => {
    expect(groupCandidatesByFoundation([])).toEqual([]);
  });
});

describe('isInconsistentFoundationGroup', () => {
  it('flags a foundation shared by a UDP and a TCP candidate', () => {
    const udp = parseCandidate('candidate:7 1 udp 1 10.0.0.1 1 typ host').candidate;
    const tcp = parseCandidate('candidate:7 1 tcp 1 10.0.0.1 9 typ host tcptype active').candidate;
    if (!udp || !tcp) throw new Error('fixture lines must parse');
    const [group] = groupCandidatesByFoundation([udp, tcp]);
    expect(group && isInconsistentFoundationGroup(group)).toBe(true);
  });
});

describe('pairFoundation', () => {
  it('joins the local and the remote foundation', () => {
    expect(pairFoundation({ foundation: '1' }, { foundation: '2' })).toBe('1:2');
  });
});
