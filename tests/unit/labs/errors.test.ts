import { describe, expect, it, vi } from 'vitest';
import { describeError, withTimeout } from '~/components/labs/shared/errors';

describe('describeError', () => {
  it('keeps the browser’s error name in front of its message', () => {
    const error = new DOMException('Called in wrong state: stable', 'InvalidStateError');
    expect(describeError(error)).toBe('InvalidStateError: Called in wrong state: stable');
  });
  it('gives a plain Error its message alone', () => {
    expect(describeError(new Error('B received nothing within 10 s.'))).toBe(
      'B received nothing within 10 s.',
    );
  });
  it('names other Error subclasses', () => {
    expect(describeError(new TypeError('bad candidate'))).toBe('TypeError: bad candidate');
  });
  it('turns anything else thrown into text', () => {
    expect(describeError('just a string')).toBe('just a string');
    expect(describeError(42)).toBe('42');
  });
});

describe('withTimeout', () => {
  it('resolves with the promise’s value when it settles in time', async () => {
    await expect(withTimeout(Promise.resolve('open'), 100, 'too slow')).resolves.toBe('open');
  });
  it('rejects with the given message when time runs out', async () => {
    vi.useFakeTimers();
    const never = new Promise<never>(() => {});
    const result = withTimeout(never, 10_000, 'The data channel did not open within 10 s.');
    vi.advanceTimersByTime(10_000);
    await expect(result).rejects.toThrow('The data channel did not open within 10 s.');
    vi.useRealTimers();
  });
  it('passes the promise’s own rejection through', async () => {
    await expect(
      withTimeout(Promise.reject(new Error('refused')), 100, 'too slow'),
    ).rejects.toThrow('refused');
  });
});
