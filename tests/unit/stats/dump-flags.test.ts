// The explorer's flags on real evidence: the debug cases' captures (tests/fixtures/debug-cases,
// written by npm run capture:cases) become dump connections, as a webrtc-internals dump would.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagsOf, HIGH_LOSS_SHARE } from '~/lib/stats/dump-flags';
import { frozenVideo } from '~/lib/stats/frozen-video';
import type { DumpConnection, StatsSample } from '~/lib/stats/stats-dump';
import type { StatsRecord } from '~/lib/stats/stats-record';

interface StateChange {
  at: number;
  peer: 'A' | 'B';
  what: string;
  value: string;
}

function captured(name: string): Record<string, unknown> {
  const path = resolve(import.meta.dirname, '../../fixtures/debug-cases', `${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** Peer `peer`'s connection, its state changes named as webrtc-internals names its events. */
function connection(
  samples: StatsSample[],
  states: StateChange[],
  peer: 'A' | 'B',
): DumpConnection {
  const events = states
    .filter((s) => s.peer === peer)
    .map((s) => ({
      at: s.at,
      type: `${s.what.replace(/State$/, '').toLowerCase()}statechange`,
      value: s.value,
    }));
  return { id: peer, url: undefined, samples, events };
}

describe('the flags on captured failures', () => {
  it('flags ICE failed on the no-relay case, whose connection reached “failed”', () => {
    const c = captured('no-relay') as { stats: StatsSample; states: StateChange[] };
    const kinds = flagsOf(connection([c.stats], c.states, 'A'), undefined).map((f) => f.kind);
    expect(kinds).toContain('ice-failed');
  });

  it('flags a frozen picture on the frozen-video case: packets arrive, frames stop, PLIs unanswered', () => {
    const c = captured('frozen-video') as {
      series: { b: StatsSample }[];
      states: StateChange[];
    };
    const samples = c.series.map((s) => s.b);
    const frozen = frozenVideo(samples);
    expect(frozen).toMatchObject({ keyFramesDecoded: 1, plisSince: 2, packetsSince: 218 });
    expect(frozen!.stalledMs).toBe(13038 - 6759);
    const flag = flagsOf(connection(samples, c.states, 'B'), undefined).find(
      (f) => f.kind === 'no-key-frames',
    );
    expect(flag?.title).toBe('Video arrives but the picture is frozen');
    expect(flag?.detail).toContain('218 video packets');
    expect(flag?.detail).toContain('2 key-frame requests (PLI)');
  });

  it('raises no frozen or failure flag while the same capture still decodes (its first four samples)', () => {
    const c = captured('frozen-video') as { series: { b: StatsSample }[]; states: StateChange[] };
    const samples = c.series.slice(0, 4).map((s) => s.b);
    const kinds = flagsOf(connection(samples, c.states, 'B'), undefined).map((f) => f.kind);
    expect(kinds).not.toContain('no-key-frames');
    expect(kinds).not.toContain('ice-failed');
  });
});

describe('the loss flag, on constructed reports', () => {
  const inbound = (lost: number, received: number): StatsRecord => ({
    id: 'IT01V1',
    type: 'inbound-rtp',
    timestamp: 0,
    kind: 'video',
    packetsLost: lost,
    packetsReceived: received,
    framesDecoded: received,
    keyFramesDecoded: 1,
  });
  const flags = (lost: number, received: number) =>
    flagsOf(
      {
        id: 'x',
        url: undefined,
        samples: [{ at: 0, records: [inbound(lost, received)] }],
        events: [],
      },
      undefined,
    );

  it(`flags loss above ${HIGH_LOSS_SHARE * 100} % of the packets expected, with the share`, () => {
    const flag = flags(3, 97).find((f) => f.kind === 'high-loss');
    expect(flag?.detail).toMatch(/^3\.0 % of the packets expected were lost/);
  });

  it('stays quiet at 2 % and below', () => {
    expect(flags(2, 98).map((f) => f.kind)).not.toContain('high-loss');
  });
});
