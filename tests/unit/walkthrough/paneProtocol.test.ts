// A pane and its lab listen to every message posted to their window: only their own kind counts.
import { describe, expect, it } from 'vitest';
import { isPaneMessage, isPaneRequest } from '~/lib/walkthrough/paneProtocol';

describe('isPaneRequest', () => {
  it('accepts a numbered command addressed to a pane', () => {
    expect(isPaneRequest({ kind: 'step', step: 'make-offer', id: 3, to: 'pane' })).toBe(true);
  });

  it('ignores unknown commands, missing ids and other senders’ messages', () => {
    expect(isPaneRequest({ kind: 'eval', id: 1, to: 'pane' })).toBe(false);
    expect(isPaneRequest({ kind: 'reset', to: 'pane' })).toBe(false);
    expect(isPaneRequest({ kind: 'report', from: 'pane' })).toBe(false);
    expect(isPaneRequest('reset')).toBe(false);
    expect(isPaneRequest(null)).toBe(false);
  });
});

describe('isPaneMessage', () => {
  it('accepts a pane’s report and reply, and nothing a lab sends', () => {
    expect(isPaneMessage({ kind: 'reply', from: 'pane', id: 1, error: null })).toBe(true);
    expect(isPaneMessage({ kind: 'report', from: 'pane', window: 'a' })).toBe(true);
    expect(isPaneMessage({ kind: 'step', id: 1, to: 'pane' })).toBe(false);
  });
});
