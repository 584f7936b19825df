import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RoomRegistry } from '../../../src/lib/classroom/rooms';

/** A registry on a hand-moved clock, with codes from node:crypto. */
function registry(options: { maxRooms?: number } = {}) {
  const clock = { now: 1_000_000 };
  const rooms = new RoomRegistry<string>({
    randomIndex: randomInt,
    now: () => clock.now,
    ...options,
  });
  return { rooms, clock };
}

describe('RoomRegistry.create', () => {
  it('opens a room with its creator alone in it', () => {
    const { rooms } = registry();
    const made = rooms.create('alice');
    expect(made).toMatchObject({ ok: true, others: [] });
    expect(rooms.roomOf('alice')).toBe(made.ok && made.code);
    expect(rooms.summaries()).toEqual([{ number: 1, peers: 1, reports: [], idleSeconds: 0 }]);
  });

  it('refuses a room past the limit with server-full', () => {
    const { rooms } = registry({ maxRooms: 2 });
    rooms.create('a');
    rooms.create('b');
    expect(rooms.create('c')).toEqual({ ok: false, reason: 'server-full' });
  });

  it('gives 500 rooms 500 different codes', () => {
    const { rooms } = registry();
    const codes = new Set<string>();
    for (let i = 0; i < 500; i += 1) {
      const made = rooms.create(`p${i}`);
      if (made.ok) codes.add(made.code);
    }
    expect(codes.size).toBe(500);
  });
});

describe('RoomRegistry.join', () => {
  it('lets a second peer in, typed in lower case with a dash, and names the first', () => {
    const { rooms } = registry();
    const made = rooms.create('alice');
    if (!made.ok) throw new Error('no room');
    const typed = `${made.code.slice(0, 4)}-${made.code.slice(4)}`.toLowerCase();
    expect(rooms.join(typed, 'bob')).toEqual({ ok: true, code: made.code, others: ['alice'] });
    expect(rooms.othersOf('alice')).toEqual(['bob']);
    expect(rooms.othersOf('bob')).toEqual(['alice']);
  });

  it('refuses a third peer with room-full and leaves the two inside untouched', () => {
    const { rooms } = registry();
    const made = rooms.create('alice');
    if (!made.ok) throw new Error('no room');
    rooms.join(made.code, 'bob');
    expect(rooms.join(made.code, 'carol')).toEqual({ ok: false, reason: 'room-full' });
    expect(rooms.roomOf('carol')).toBeUndefined();
    expect(rooms.othersOf('alice')).toEqual(['bob']);
  });

  it('refuses an unknown or malformed code with unknown-code', () => {
    const { rooms } = registry();
    rooms.create('alice');
    expect(rooms.join('22222222', 'bob')).toEqual({ ok: false, reason: 'unknown-code' });
    expect(rooms.join('not a code!', 'bob')).toEqual({ ok: false, reason: 'unknown-code' });
  });

  it('frees the seat of a peer who left, and a peer joins one room at a time', () => {
    const { rooms } = registry();
    const first = rooms.create('alice');
    const second = rooms.create('dave');
    if (!first.ok || !second.ok) throw new Error('no room');
    rooms.join(first.code, 'bob');
    expect(rooms.leave('bob')).toEqual(['alice']);
    rooms.join(second.code, 'carol');
    expect(rooms.join(first.code, 'carol')).toMatchObject({ ok: true, others: ['alice'] });
    expect(rooms.othersOf('dave')).toEqual([]);
  });
});

describe('RoomRegistry.leave', () => {
  it('removes a room once its last peer left, so its code no longer joins', () => {
    const { rooms } = registry();
    const made = rooms.create('alice');
    if (!made.ok) throw new Error('no room');
    rooms.join(made.code, 'bob');
    rooms.leave('alice');
    expect(rooms.size).toBe(1);
    expect(rooms.leave('bob')).toEqual([]);
    expect(rooms.size).toBe(0);
    expect(rooms.join(made.code, 'carol')).toEqual({ ok: false, reason: 'unknown-code' });
  });
});

describe('RoomRegistry.expire', () => {
  it('removes a room after an hour without a message and returns its peers', () => {
    const { rooms, clock } = registry();
    const made = rooms.create('alice');
    if (!made.ok) throw new Error('no room');
    rooms.join(made.code, 'bob');
    clock.now += 59 * 60 * 1000;
    rooms.othersOf('alice'); // a relayed message counts as activity
    clock.now += 59 * 60 * 1000;
    expect(rooms.expire()).toEqual([]);
    clock.now += 60 * 1000;
    expect(rooms.expire()).toEqual(['alice', 'bob']);
    expect(rooms.size).toBe(0);
    expect(rooms.roomOf('bob')).toBeUndefined();
    expect(rooms.join(made.code, 'carol')).toEqual({ ok: false, reason: 'unknown-code' });
  });
});

describe('RoomRegistry.report', () => {
  it('shows what each peer reported, and nothing for a peer in no room', () => {
    const { rooms, clock } = registry();
    const made = rooms.create('alice');
    if (!made.ok) throw new Error('no room');
    rooms.join(made.code, 'bob');
    expect(rooms.report('alice', { connectionState: 'connected', candidateType: 'host' })).toBe(
      true,
    );
    expect(rooms.report('zed', { connectionState: 'connected', candidateType: 'host' })).toBe(
      false,
    );
    clock.now += 5_000;
    expect(rooms.summaries()).toEqual([
      {
        number: 1,
        peers: 2,
        reports: [{ connectionState: 'connected', candidateType: 'host' }],
        idleSeconds: 5,
      },
    ]);
  });
});
