import { describe, expect, it } from 'vitest';
import { formatDuration, neighbours, sortByOrder, type MapEntry } from '~/content/courseMap';

const entry = (order: number, status: MapEntry['status'] = 'published'): MapEntry => ({
  slug: `c${order}`,
  order,
  title: `Chapter ${order}`,
  status,
});

describe('sortByOrder', () => {
  it('puts chapters in course order without changing the input', () => {
    const input = [entry(3), entry(1), entry(2)];
    expect(sortByOrder(input).map((c) => c.order)).toEqual([1, 2, 3]);
    expect(input.map((c) => c.order)).toEqual([3, 1, 2]);
  });
});

describe('neighbours', () => {
  const chapters = [entry(1), entry(2), entry(3, 'planned'), entry(4)];
  it('gives no previous chapter for the first one', () => {
    expect(neighbours(chapters, 'c1')).toEqual({ previous: undefined, next: chapters[1] });
  });
  it('skips planned chapters, which have no page yet', () => {
    expect(neighbours(chapters, 'c2').next?.slug).toBe('c4');
    expect(neighbours(chapters, 'c4').previous?.slug).toBe('c2');
  });
  it('gives nothing for an unknown slug', () => {
    expect(neighbours(chapters, 'nope')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('formatDuration', () => {
  it('writes minutes under an hour', () => {
    expect(formatDuration(25)).toBe('25 min');
  });
  it('writes whole hours', () => {
    expect(formatDuration(120)).toBe('2 h');
  });
  it('writes hours and minutes', () => {
    expect(formatDuration(65)).toBe('1 h 5 min');
  });
});
