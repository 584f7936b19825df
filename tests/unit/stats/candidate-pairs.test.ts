import { describe, expect, it } from 'vitest';
import { exactPairPriority, findSelectedCandidatePair, summarizeCandidatePairs } from '~/lib/stats';
import { pairPriority } from '~/lib/ice/priority';
import { loadCapture } from './fixtures';

const mdns = loadCapture('chromium-loopback-mdns');
const raw = loadCapture('chromium-loopback-raw');

describe('summarizeCandidatePairs', () => {
  it('joins every Chromium candidate-pair record with its two candidates', () => {
    const pairs = summarizeCandidatePairs(mdns.before.a);
    const records = mdns.before.a.filter((r) => r.type === 'candidate-pair');
    expect(pairs).toHaveLength(records.length);
    for (const pair of pairs) {
      expect(pair.local?.isRemote).toBe(false);
      expect(pair.remote?.isRemote).toBe(true);
      expect(pair.local?.candidateType).toBe('host');
      expect(pair.remote?.candidateType).toBe('host');
      expect(pair.iceRole).toBe('controlling');
    }
  });

  it('reads state, nomination, checks and the RTT in milliseconds', () => {
    const pair = summarizeCandidatePairs(mdns.before.a).find((p) => p.id === 'CP0CBRnfgn_a3VjYaTy');
    expect(pair).toMatchObject({
      state: 'succeeded',
      nominated: true,
      rttMs: 1,
      requestsSent: 3,
      responsesReceived: 3,
      bytesSent: 2185,
    });
  });

  it('computes the exact pair priority that the reported double only approximates', () => {
    for (const pair of summarizeCandidatePairs(raw.before.a)) {
      const expected = pairPriority(pair.local!.priority!, pair.remote!.priority!);
      expect(pair.priority).toBe(expected);
      // The browser's number is the same value rounded to a double.
      expect(Number(expected)).toBe(pair.reportedPriority);
    }
  });

  it('uses the remote candidate as G on the controlled side (RFC 8445 §6.1.2.3)', () => {
    for (const pair of summarizeCandidatePairs(mdns.before.b)) {
      expect(pair.iceRole).toBe('controlled');
      expect(pair.priority).toBe(pairPriority(pair.remote!.priority!, pair.local!.priority!));
    }
  });

  it('orders pairs from the highest priority down', () => {
    const priorities = summarizeCandidatePairs(mdns.after.a).map((p) => p.priority!);
    const sorted = [...priorities].sort((x, y) => (x > y ? -1 : x < y ? 1 : 0));
    expect(priorities).toEqual(sorted);
  });

  it('keeps the pairs of the old ICE generation after a restart, next to the new ones', () => {
    const pairs = summarizeCandidatePairs(mdns.after.a);
    const ufrags = new Set(pairs.map((p) => p.local?.usernameFragment));
    expect(ufrags.size).toBeGreaterThanOrEqual(2);
    expect(pairs.some((p) => p.state === 'waiting')).toBe(true);
  });

  it('reports a withheld mDNS host address as undefined and a raw one as written', () => {
    const hidden = summarizeCandidatePairs(mdns.before.a)[0]!;
    expect(hidden.local?.address).toBeUndefined();
    const visible = summarizeCandidatePairs(raw.before.a)[0]!;
    expect(visible.local?.address).toMatch(/^[0-9a-f.:]+$/i);
  });

  it('skips junk and reads missing fields as undefined or zero instead of throwing', () => {
    const pairs = summarizeCandidatePairs([
      null,
      42,
      { id: 'x' },
      { id: 'CP1', type: 'candidate-pair', state: 7, localCandidateId: 'nope' },
    ]);
    expect(pairs).toEqual([
      expect.objectContaining({
        id: 'CP1',
        state: undefined,
        nominated: false,
        selected: false,
        priority: undefined,
        requestsSent: 0,
        local: undefined,
      }),
    ]);
  });
});

describe('findSelectedCandidatePair', () => {
  it("follows the transport's selectedCandidatePairId to a succeeded, nominated pair", () => {
    const transport = mdns.before.a.find((r) => r.type === 'transport')!;
    const selected = findSelectedCandidatePair(mdns.before.a);
    expect(selected?.id).toBe(transport['selectedCandidatePairId']);
    expect(selected).toMatchObject({ state: 'succeeded', nominated: true, selected: true });
  });

  it('moves to a pair of the new ufrag after an ICE restart', () => {
    const transport = mdns.after.a.find((r) => r.type === 'transport')!;
    const selected = findSelectedCandidatePair(mdns.after.a);
    expect(selected?.local?.usernameFragment).toBe(transport['iceLocalUsernameFragment']);
    expect(selected?.local?.usernameFragment).not.toBe(
      findSelectedCandidatePair(mdns.before.a)?.local?.usernameFragment,
    );
  });

  it("accepts Firefox's own `selected` flag on the pair", () => {
    const selected = findSelectedCandidatePair([
      { id: 'p1', type: 'candidate-pair', state: 'succeeded', selected: false },
      { id: 'p2', type: 'candidate-pair', state: 'succeeded', selected: true, nominated: true },
    ]);
    expect(selected?.id).toBe('p2');
  });

  it('finds nothing before any pair is selected', () => {
    expect(findSelectedCandidatePair([])).toBeUndefined();
    expect(findSelectedCandidatePair([{ id: 'T', type: 'transport' }])).toBeUndefined();
  });
});

describe('exactPairPriority', () => {
  it('puts the controlling candidate in G and the controlled one in D', () => {
    expect(exactPairPriority(100, 200, 'controlling')).toBe(pairPriority(100, 200));
    expect(exactPairPriority(100, 200, 'controlled')).toBe(pairPriority(200, 100));
  });

  it('gives up when the role or a priority is unknown', () => {
    expect(exactPairPriority(100, 200, undefined)).toBeUndefined();
    expect(exactPairPriority(undefined, 200, 'controlling')).toBeUndefined();
  });
});
