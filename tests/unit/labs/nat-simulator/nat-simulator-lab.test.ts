// The NAT simulator's state class: a run and its step control, a link's preset (good and
// broken), a change of side clearing a stale run, and play stopping at the last step.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NatSimulatorLab } from '~/components/labs/nat-simulator/nat-simulator.svelte';

afterEach(() => vi.useRealTimers());

describe('NatSimulatorLab', () => {
  it('simulates the chosen pair and opens its first step', () => {
    const lab = new NatSimulatorLab();
    lab.run();
    expect(lab.status.phase).toBe('done');
    expect(lab.result?.outcome).toBe('direct');
    expect([lab.current, lab.step?.index]).toEqual([0, 0]);
    expect(lab.status.announcement).toMatch(/^Simulated \d+ steps\. Outcome: direct\. Step 1 of/);
  });

  it('applies a link’s sides and opens its step after the run', () => {
    const lab = new NatSimulatorLab();
    lab.preset(new URLSearchParams('a=eim/apdf&b=apdm/apdf&run=1&step=3'));
    lab.run();
    expect(lab.b).toEqual({ mapping: 'apdm', filtering: 'apdf' });
    expect(lab.result?.outcome).toBe('relay');
    expect(lab.current).toBe(2);
    expect(lab.status.announcement).toMatch(/^Step 3 of /);
  });

  it('shows a broken preset instead of running once, then runs what the selects show', () => {
    const lab = new NatSimulatorLab();
    lab.preset(new URLSearchParams('a=nonsense&run=1'));
    expect(lab.status.phase).toBe('error');
    lab.run();
    expect([lab.status.phase, lab.result]).toEqual(['error', null]);
    lab.run();
    expect(lab.status.phase).toBe('done');
  });

  it('clears a run when a side changes, and ignores a value that is no behaviour', () => {
    const lab = new NatSimulatorLab();
    lab.run();
    lab.setFiltering('a', 'none');
    expect(lab.result).not.toBeNull();
    lab.setMapping('b', 'apdm');
    expect([lab.result, lab.status.phase]).toEqual([null, 'idle']);
    expect(lab.status.announcement).toContain('NAT B is now');
  });

  it('keeps the step control inside the run', () => {
    const lab = new NatSimulatorLab();
    lab.run();
    lab.stepBack();
    expect(lab.current).toBe(0);
    lab.goTo(1_000);
    expect(lab.current).toBe(lab.total - 1);
    lab.stepForward();
    expect(lab.current).toBe(lab.total - 1);
  });

  it('plays one step per tick and stops at the last one', () => {
    vi.useFakeTimers();
    const lab = new NatSimulatorLab();
    lab.run();
    lab.play();
    vi.advanceTimersByTime(1400);
    expect([lab.current, lab.playing]).toEqual([1, true]);
    vi.advanceTimersByTime(1400 * lab.total);
    expect([lab.current, lab.playing]).toEqual([lab.total - 1, false]);
  });

  it('stops playing on reset and keeps the chosen sides', () => {
    vi.useFakeTimers();
    const lab = new NatSimulatorLab();
    lab.setMapping('a', 'adm');
    lab.run();
    lab.play();
    lab.reset();
    vi.advanceTimersByTime(5000);
    expect([lab.playing, lab.result, lab.current, lab.a.mapping]).toEqual([false, null, 0, 'adm']);
  });

  it('simulates without a firewall when a side’s switch is off, from a link or by hand, and clears a stale run', () => {
    const lab = new NatSimulatorLab();
    lab.run();
    expect(lab.result?.outcome).toBe('direct');
    lab.setFirewall('b', false);
    expect([lab.result, lab.status.announcement]).toEqual([
      null,
      "NAT B's router now has no firewall. Press Simulate to run it.",
    ]);
    lab.setFirewall('a', false);
    lab.run();
    expect(lab.result?.outcome).toBe('relay');
    expect(lab.result?.reason).toContain('no drop rule');
    const linked = new NatSimulatorLab();
    linked.preset(new URLSearchParams('fwA=0&fwB=0&run=1'));
    expect(linked.firewall).toEqual({ a: false, b: false });
    linked.run();
    expect(linked.result?.outcome).toBe('relay');
  });

  it('shows the matrix for the firewall settings chosen, computing each setting once', () => {
    const lab = new NatSimulatorLab();
    const firewalled = lab.matrix;
    expect(firewalled[2]?.[2]?.outcome).toBe('direct');
    lab.setFirewall('a', false);
    lab.setFirewall('b', false);
    expect(lab.matrix[2]?.[2]?.outcome).toBe('relay');
    lab.setFirewall('a', true);
    lab.setFirewall('b', true);
    expect(lab.matrix).toBe(firewalled);
  });
});
