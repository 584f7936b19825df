import { describe, expect, it } from 'vitest';
import {
  browserError,
  explainBothLimits,
  explainOverLimit,
  explainQueue,
} from '../../../src/lib/datachannel/refusals';

// The errors as real browsers threw them (Chromium 1xx and Firefox ESR, November 2026).
const CHROMIUM_TOO_BIG = {
  name: 'TypeError',
  message:
    "Failed to execute 'send' on 'RTCDataChannel': Trying to send message larger than max-message-size",
};
const CHROMIUM_QUEUE_FULL = {
  name: 'OperationError',
  message: "Failed to execute 'send' on 'RTCDataChannel': RTCDataChannel send queue is full",
};

describe('explainBothLimits', () => {
  it('quotes the browser’s refusal and states the rule', () => {
    const text = explainBothLimits({
      name: 'TypeError',
      message: 'Both maxPacketLifeTime and maxRetransmits cannot be provided',
    });
    expect(text).toContain('TypeError: Both maxPacketLifeTime');
    expect(text).toContain('never both');
  });

  it('says so when a browser accepted both', () => {
    expect(explainBothLimits(null)).toContain('accepted both limits');
  });
});

describe('explainOverLimit', () => {
  it('explains a refusal with the sizes and the channel still open', () => {
    const text = explainOverLimit({
      kind: 'refused',
      error: CHROMIUM_TOO_BIG,
      size: 262_145,
      limit: 262_144,
      stateAfter: 'open',
    });
    expect(text).toContain('262,145 bytes, one more than pc.sctp.maxMessageSize (262,144)');
    expect(text).toContain('larger than max-message-size');
    expect(text).toContain('still open');
  });

  it('says when a browser sent it anyway', () => {
    expect(explainOverLimit({ kind: 'sent', size: 11, limit: 10 })).toContain('was accepted');
  });

  it('explains a limit of 0', () => {
    expect(explainOverLimit({ kind: 'no-limit' })).toContain('any size');
  });
});

describe('explainQueue', () => {
  it('explains Chromium’s full queue with what was buffered', () => {
    const text = explainQueue({
      error: CHROMIUM_QUEUE_FULL,
      bufferedBytes: 16 * 1024 * 1024,
      attemptedBytes: 16 * 1024 * 1024 + 65_536,
      acceptedBytes: 16 * 1024 * 1024,
      stateAfter: 'open',
    });
    expect(text).toContain('send queue is full, with 16.0 MiB already queued');
    expect(text).toContain('stayed open');
  });

  it('explains a browser that keeps queueing', () => {
    const text = explainQueue({
      error: null,
      bufferedBytes: 20 * 1024 * 1024,
      attemptedBytes: 24 * 1024 * 1024,
      acceptedBytes: 24 * 1024 * 1024,
      stateAfter: 'open',
    });
    expect(text).toContain('All 24.0 MiB were accepted');
  });

  it('says when the channel closed', () => {
    const text = explainQueue({
      error: CHROMIUM_QUEUE_FULL,
      bufferedBytes: 1,
      attemptedBytes: 2,
      acceptedBytes: 1,
      stateAfter: 'closing',
    });
    expect(text).toContain('now closing');
  });
});

describe('browserError', () => {
  it('reads errors and error-like objects', () => {
    expect(browserError(new TypeError('x'))).toEqual({ name: 'TypeError', message: 'x' });
    expect(browserError({ name: 'OperationError', message: 'full' }).name).toBe('OperationError');
    expect(browserError('plain')).toEqual({ name: 'Error', message: 'plain' });
  });
});
