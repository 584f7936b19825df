// The packet's route in the NAT simulator's drawing: it leaves and reaches boxes at their edges,
// and wherever it is drawn it stays clear of every box (where the words are), across every step of
// every pair of behaviours.
import { describe, expect, it } from 'vitest';
import {
  BOX_HALF,
  NODE_AT,
  PACKET_RADIUS,
  drawnPath,
  isCovered,
  packetRoute,
  pointAlong,
  type Point,
} from '~/components/labs/nat-simulator/packetRoute';
import { FILTERING_BEHAVIOURS, MAPPING_BEHAVIOURS } from '~/lib/nat/behaviour';
import { simulateHolePunching } from '~/lib/nat/simulate';
import type { SimulationStep } from '~/lib/nat/simulation-types';

const BEHAVIOURS = MAPPING_BEHAVIOURS.flatMap((mapping) =>
  FILTERING_BEHAVIOURS.map((filtering) => ({ mapping, filtering })),
);
/** Every packet of every run (events have no path). */
const PACKETS: SimulationStep[] = BEHAVIOURS.flatMap((a) =>
  BEHAVIOURS.flatMap((b) => simulateHolePunching(a, b).steps),
).filter((step) => step.path.length > 1);

/** Whether a dot centred at `p` touches the box of any node (where its title and detail are). */
function touchesABox(p: Point): boolean {
  return Object.entries(NODE_AT).some(
    ([node, c]) =>
      node !== 'internet' &&
      Math.abs(p.x - c.x) < BOX_HALF.w + PACKET_RADIUS &&
      Math.abs(p.y - c.y) < BOX_HALF.h + PACKET_RADIUS,
  );
}

describe('packetRoute', () => {
  it('finds packets to check in the simulations', () => {
    expect(PACKETS.length).toBeGreaterThan(1000);
  });

  it('starts and ends every packet where it can be seen, beside its boxes', () => {
    for (const step of PACKETS) {
      const { dot } = packetRoute(step);
      expect(isCovered(dot[0]!), `start of ${step.path.join(' → ')}`).toBe(false);
      expect(isCovered(dot.at(-1)!), `end of ${step.path.join(' → ')}`).toBe(false);
    }
  });

  it('never draws the dot over a box, sampled along every route', () => {
    const shown = new Set<string>();
    for (const step of PACKETS) {
      const { dot } = packetRoute(step);
      const key = step.path.join('>') + step.fate;
      if (shown.has(key)) continue;
      shown.add(key);
      for (let i = 0; i <= 100; i += 1) {
        const p = pointAlong(dot, i / 100)!;
        if (isCovered(p)) continue;
        expect(touchesABox(p), `${key} at ${i}%: (${p.x}, ${p.y})`).toBe(false);
      }
    }
  });

  it('keeps the trail through the centres of the boxes', () => {
    const step = PACKETS.find((s) => s.path.length === 4 && !s.path.includes('signaling'))!;
    expect(packetRoute(step).trail).toEqual(step.path.map((node) => NODE_AT[node]));
  });

  it('routes signaling along the links, through the NATs and the internet', () => {
    expect(drawnPath(['A', 'signaling', 'B'])).toEqual([
      'A',
      'NAT A',
      'internet',
      'signaling',
      'internet',
      'NAT B',
      'B',
    ]);
    const step = PACKETS.find((s) => s.path.join() === 'B,signaling,A')!;
    const end = packetRoute(step).dot.at(-1)!;
    // It arrives just above host A's box, not somewhere on the way.
    expect(end.x).toBe(NODE_AT.A.x);
    expect(NODE_AT.A.y - end.y).toBeLessThan(BOX_HALF.h + PACKET_RADIUS + 4);
  });
});

describe('pointAlong', () => {
  it('walks the whole polyline by length', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 30 },
    ];
    expect(pointAlong(line, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(line, 0.5)).toEqual({ x: 10, y: 10 });
    expect(pointAlong(line, 1)).toEqual({ x: 10, y: 30 });
    expect(pointAlong([], 0.5)).toBeUndefined();
  });
});
