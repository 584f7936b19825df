import { describe, expect, it } from 'vitest';
import { LabStatus } from '~/components/labs/shared/labStatus.svelte';

describe('LabStatus', () => {
  it('starts idle with no error', () => {
    const status = new LabStatus();
    expect([status.phase, status.error]).toEqual(['idle', '']);
  });

  it('runs, announces, and finishes', () => {
    const status = new LabStatus();
    status.start('Connecting…');
    expect([status.phase, status.announcement]).toEqual(['running', 'Connecting…']);
    status.finish('Connected.');
    expect([status.phase, status.announcement]).toEqual(['done', 'Connected.']);
  });

  it('puts a failure in the alert text and clears it on the next start', () => {
    const status = new LabStatus();
    status.fail('401 Unauthorized');
    expect([status.phase, status.error]).toEqual(['error', '401 Unauthorized']);
    status.start('Again…');
    expect(status.error).toBe('');
  });

  it('hands out a run token that a newer run makes stale', () => {
    const status = new LabStatus();
    const first = status.start('first');
    expect(first.current).toBe(true);
    const second = status.start('second');
    expect([first.current, first.signal.aborted]).toEqual([false, true]);
    expect(second.current).toBe(true);
  });

  it('aborts the current run on reset and on stop', () => {
    const status = new LabStatus();
    const run = status.start('working');
    status.reset();
    expect([run.current, status.phase]).toEqual([false, 'idle']);
    const next = status.start('again');
    status.stop();
    expect([next.current, status.phase]).toEqual([false, 'running']);
  });
});
