// Where the NAT simulator's drawing puts things, and the route a packet takes through it. A packet
// leaves its sender at the edge of the sender's box, arrives at (or is dropped at) the edge of the
// last box, and is not drawn while it crosses a box, the internet cloud or an address label: the dot
// never covers a word.
import type { SimNode, SimulationStep } from '~/lib/nat/simulation-types';
import { TOPOLOGY } from '~/lib/nat/topology';

/** A point in the drawing's 420 x 340 user units. */
export interface Point {
  x: number;
  y: number;
}

/** The drawing's size, in user units. */
export const VIEW = { width: 420, height: 340 } as const;

/** The centre of each box. */
export const NODE_AT: Record<SimNode, Point> = {
  'STUN server': { x: 72, y: 40 },
  signaling: { x: 210, y: 40 },
  'TURN server': { x: 348, y: 40 },
  internet: { x: 210, y: 150 },
  'NAT A': { x: 72, y: 200 },
  'NAT B': { x: 348, y: 200 },
  A: { x: 72, y: 295 },
  B: { x: 348, y: 295 },
};

/** Half the width and half the height of a box. */
export const BOX_HALF = { w: 66, h: 24 } as const;

/** The internet cloud's radii (an ellipse around `NODE_AT.internet`). */
export const CLOUD = { rx: 62, ry: 26 } as const;

/** The packet dot's radius. */
export const PACKET_RADIUS = 9;

/** Space kept between the dot and anything it must not cover. */
const CLEARANCE = PACKET_RADIUS + 2;

/** The NATs' public addresses, written under the NAT boxes, clear of the host links. */
export const PUBLIC_LABEL_AT = {
  a: { x: 90, y: 250, anchor: 'start' },
  b: { x: 330, y: 250, anchor: 'end' },
} as const;

/** A label's box for an address of `chars` characters at `at` (14 px monospace, generously measured). */
export function addressLabelBox(
  at: { x: number; y: number; anchor: 'start' | 'end' },
  chars: number,
): { left: number; right: number; top: number; bottom: number } {
  const width = chars * 9;
  const left = at.anchor === 'start' ? at.x : at.x - width;
  return { left, right: left + width, top: at.y - 14, bottom: at.y + 4 };
}

const BOX_NODES = (Object.keys(NODE_AT) as SimNode[]).filter((node) => node !== 'internet');

/** The NATs' public addresses, as written under their boxes. */
export const PUBLIC_ADDRESSES = { a: TOPOLOGY.natA.publicIp, b: TOPOLOGY.natB.publicIp } as const;

/** Whether the dot centred at `p` would touch a box, the cloud or an address label. */
export function isCovered(p: Point): boolean {
  const inBox = BOX_NODES.some((node) => {
    const c = NODE_AT[node];
    return (
      Math.abs(p.x - c.x) < BOX_HALF.w + CLEARANCE - 0.5 &&
      Math.abs(p.y - c.y) < BOX_HALF.h + CLEARANCE - 0.5
    );
  });
  if (inBox) return true;
  const cloud = NODE_AT.internet;
  const dx = (p.x - cloud.x) / (CLOUD.rx + CLEARANCE);
  const dy = (p.y - cloud.y) / (CLOUD.ry + CLEARANCE);
  if (dx * dx + dy * dy < 0.98) return true;
  return (['a', 'b'] as const).some((side) => {
    const box = addressLabelBox(PUBLIC_LABEL_AT[side], PUBLIC_ADDRESSES[side].length);
    return (
      p.x > box.left - CLEARANCE &&
      p.x < box.right + CLEARANCE &&
      p.y > box.top - CLEARANCE &&
      p.y < box.bottom + CLEARANCE
    );
  });
}

/** The first point from `from` towards `to` where the dot covers nothing (or `to` itself). */
function firstClear(from: Point, to: Point): Point {
  const steps = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y));
  for (let i = 0; i <= steps; i += 1) {
    const t = steps === 0 ? 1 : i / steps;
    const p = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
    if (!isCovered(p)) return p;
  }
  return to;
}

/** Hops the simulation makes in one jump that the drawing routes along its links. */
const VIA: Partial<Record<string, SimNode[]>> = {
  'A>signaling': ['NAT A', 'internet'],
  'signaling>A': ['internet', 'NAT A'],
  'B>signaling': ['NAT B', 'internet'],
  'signaling>B': ['internet', 'NAT B'],
};

/**
 * The boxes a packet passes in the drawing: its path, with signaling messages routed through the
 * host's NAT and the internet (the simulation models them as one jump to the app server).
 */
export function drawnPath(path: readonly SimNode[]): SimNode[] {
  return path.flatMap((node, i) =>
    i === 0 ? [node] : [...(VIA[`${path[i - 1]}>${node}`] ?? []), node],
  );
}

/**
 * The points the dot moves through for `step`: box centres, except that it starts where it first
 * clears the sender's box and ends where it last clears the box it reached or that dropped it. The trail (the
 * dashed line) still joins the centres: `trail`.
 */
export function packetRoute(step: SimulationStep | undefined): { trail: Point[]; dot: Point[] } {
  const trail = drawnPath(step?.path ?? []).map((node) => NODE_AT[node]);
  if (trail.length < 2) return { trail, dot: trail };
  const dot = [...trail];
  const n = trail.length;
  dot[0] = firstClear(trail[0]!, trail[1]!);
  dot[n - 1] = firstClear(trail[n - 1]!, trail[n - 2]!);
  return { trail, dot };
}

/** The point after `fraction` (0..1) of the length of `points`. */
export function pointAlong(points: readonly Point[], fraction: number): Point | undefined {
  if (points.length === 0) return undefined;
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let left = Math.max(0, Math.min(1, fraction)) * lengths.reduce((sum, s) => sum + s, 0);
  for (let i = 0; i < lengths.length; i += 1) {
    const s = lengths[i]!;
    if (left <= s || i === lengths.length - 1) {
      const t = s === 0 ? 1 : Math.min(1, left / s);
      const p = points[i]!;
      const q = points[i + 1]!;
      return { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
    }
    left -= s;
  }
  return points[0];
}
