// The ICE explorer's candidate log, fed by two stand-in peers that fire the browser's events.
import { describe, expect, it } from 'vitest';
import { GatheredCandidates } from '~/components/labs/ice-explorer/gatheredCandidates.svelte';
import type { Loopback } from '~/rtc/loopback';

const HOST = 'candidate:1 1 udp 2122260223 f3a1.local 50000 typ host generation 0 ufrag abcd';
const SRFLX =
  'candidate:2 1 udp 1686052607 203.0.113.45 58922 typ srflx raddr 0.0.0.0 rport 0 ufrag abcd';

/** A peer that only fires events, with the gathering state the log reads. */
class FakePeer extends EventTarget {
  iceGatheringState: RTCIceGatheringState = 'new';

  candidate(line: string | null): void {
    const event = Object.assign(new Event('icecandidate'), {
      candidate: line === null ? null : { candidate: line },
    });
    this.dispatchEvent(event);
  }

  complete(): void {
    this.iceGatheringState = 'complete';
    this.dispatchEvent(new Event('icegatheringstatechange'));
  }
}

/** Two fake peers behind the part of the Loopback interface the log uses. */
function fakeLoopback() {
  const a = new FakePeer();
  const b = new FakePeer();
  const closers: (() => void)[] = [];
  const loopback = { a, b, adopt: (close: () => void) => closers.push(close) };
  return {
    a,
    b,
    loopback: loopback as unknown as Loopback,
    close: () => closers.forEach((close) => close()),
  };
}

describe('GatheredCandidates', () => {
  it('adds a row per candidate of either peer and selects the first one', () => {
    const log = new GatheredCandidates();
    const pair = fakeLoopback();
    log.watch(pair.loopback);
    pair.a.candidate(HOST);
    pair.b.candidate(SRFLX);
    pair.a.candidate(null);
    expect(log.rows.map((row) => [row.key, row.type])).toEqual([
      ['A-0-0', 'host'],
      ['B-0-1', 'srflx'],
    ]);
    expect(log.selected?.key).toBe('A-0-0');
  });

  it('times each candidate from its own peer’s setLocalDescription', () => {
    const log = new GatheredCandidates();
    const pair = fakeLoopback();
    log.watch(pair.loopback);
    log.onStep('A', 'setLocalDescription', performance.now() - 1000);
    log.onStep('B', 'createAnswer', performance.now() - 5000);
    pair.a.candidate(HOST);
    expect(log.rows[0]!.ms).toBeGreaterThanOrEqual(1000);
    expect(log.rows[0]!.ms).toBeLessThan(5000);
  });

  it('records how long the first gathering took, and not a restart’s', () => {
    const log = new GatheredCandidates();
    const pair = fakeLoopback();
    log.watch(pair.loopback);
    log.onStep('A', 'setLocalDescription', performance.now() - 250);
    pair.a.complete();
    const first = log.gatheringMs.A;
    expect(first).toBeGreaterThanOrEqual(250);
    log.nextRound();
    log.onStep('A', 'setLocalDescription', performance.now() - 9000);
    pair.a.complete();
    expect(log.gatheringMs.A).toBe(first);
  });

  it('keys a restart’s candidates by their new round', () => {
    const log = new GatheredCandidates();
    const pair = fakeLoopback();
    log.watch(pair.loopback);
    pair.a.candidate(HOST);
    log.nextRound();
    pair.a.candidate(HOST);
    expect(log.rows.map((row) => row.round)).toEqual([0, 1]);
  });

  it('stops listening when the pair closes, and forgets everything on clear', () => {
    const log = new GatheredCandidates();
    const pair = fakeLoopback();
    log.watch(pair.loopback);
    pair.a.candidate(HOST);
    pair.close();
    pair.a.candidate(SRFLX);
    expect(log.rows).toHaveLength(1);
    log.clear();
    expect([log.rows, log.selectedKey, log.mdns]).toEqual([[], null, null]);
  });
});
