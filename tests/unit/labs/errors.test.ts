import { describe, expect, it } from 'vitest';
import { describeError } from '~/components/labs/shared/errors';

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
