import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  formatRoomCode,
  isRoomCode,
  newRoomCode,
  normalizeRoomCode,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_BITS,
} from '../../../src/lib/classroom/roomCode';

describe('newRoomCode', () => {
  it('carries at least 40 bits from an alphabet without look-alike characters', () => {
    expect(ROOM_CODE_BITS).toBeGreaterThanOrEqual(40);
    expect(new Set(ROOM_CODE_ALPHABET).size).toBe(ROOM_CODE_ALPHABET.length);
    expect(ROOM_CODE_ALPHABET).not.toMatch(/[01IO]/);
  });

  it('draws every character of the alphabet about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i += 1) {
      for (const c of newRoomCode(randomInt)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    // 32 000 draws over 32 characters: about 1000 each; 800..1200 is over 6 standard deviations.
    expect(counts.size).toBe(32);
    for (const count of counts.values()) expect(count).toBeGreaterThan(800);
    for (const count of counts.values()) expect(count).toBeLessThan(1200);
  });

  it('uses the random source it is given for each of its 8 characters', () => {
    expect(newRoomCode(() => 0)).toBe('22222222');
    expect(newRoomCode((max) => max - 1)).toBe('ZZZZZZZZ');
  });
});

describe('normalizeRoomCode', () => {
  it('accepts a code read aloud and typed in lower case with a dash or spaces', () => {
    expect(normalizeRoomCode('k7qm-3xpa')).toBe('K7QM3XPA');
    expect(normalizeRoomCode(' K7QM 3XPA ')).toBe('K7QM3XPA');
    expect(isRoomCode(normalizeRoomCode(formatRoomCode('K7QM3XPA')))).toBe(true);
    expect(isRoomCode('K7QM3XP0')).toBe(false);
    expect(isRoomCode('K7QM3X')).toBe(false);
  });
});
