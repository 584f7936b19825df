import { describe, expect, it } from 'vitest';
import { createTimeline } from '~/rtc/timeline';

describe('createTimeline', () => {
  it('stamps each entry with the milliseconds since it started, to a tenth', () => {
    let clock = 1000;
    const timeline = createTimeline(undefined, () => clock);
    clock = 1012.345;
    const entry = timeline.record('A', 'icecandidate', 'candidate:1 1 udp ...');
    expect(entry).toEqual({
      t: 12.3,
      source: 'A',
      event: 'icecandidate',
      detail: 'candidate:1 1 udp ...',
    });
  });

  it('keeps entries in the order they happened and hands each to the listener', () => {
    const seen: string[] = [];
    let clock = 0;
    const timeline = createTimeline(
      (e) => seen.push(e.event),
      () => clock,
    );
    timeline.record('A', 'first');
    clock = 5;
    timeline.record('B', 'second');
    expect(timeline.entries.map((e) => [e.t, e.event])).toEqual([
      [0, 'first'],
      [5, 'second'],
    ]);
    expect(seen).toEqual(['first', 'second']);
  });

  it('reports the elapsed time without recording anything', () => {
    let clock = 10;
    const timeline = createTimeline(undefined, () => clock);
    clock = 52.06;
    expect(timeline.elapsed()).toBe(42.1);
    expect(timeline.entries).toHaveLength(0);
  });
});
