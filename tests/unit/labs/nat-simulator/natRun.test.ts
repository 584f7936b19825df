// The NAT simulator's words and presets: outcome texts, the step control's bounds, the live
// region's text, and every form a link's preset can take (including broken ones).
import { describe, expect, it } from 'vitest';
import {
  clampStep,
  outcomeText,
  parseNatPreset,
  stepAnnouncement,
} from '~/components/labs/nat-simulator/natRun';
import { simulateHolePunching } from '~/lib/nat/simulate';

describe('outcomeText', () => {
  it('names a direct path, and says when it went through a peer-reflexive candidate', () => {
    expect(outcomeText({ outcome: 'direct', viaPeerReflexive: false })).toBe('direct');
    expect(outcomeText({ outcome: 'direct', viaPeerReflexive: true })).toBe(
      'direct, through a peer-reflexive candidate',
    );
  });

  it('says a relay is needed, or that there is no path at all', () => {
    expect(outcomeText({ outcome: 'relay', viaPeerReflexive: false })).toBe('relay needed');
    expect(outcomeText({ outcome: 'failed', viaPeerReflexive: false })).toBe('no path');
  });

  it('reads the simulator’s own result for a full cone against a symmetric NAT', () => {
    const result = simulateHolePunching(
      { mapping: 'eim', filtering: 'eif' },
      { mapping: 'apdm', filtering: 'apdf' },
    );
    expect(outcomeText(result)).toBe('direct, through a peer-reflexive candidate');
  });
});

describe('clampStep', () => {
  it('keeps an index inside the run', () => {
    expect(clampStep(3, 10)).toBe(3);
    expect(clampStep(-1, 10)).toBe(0);
    expect(clampStep(10, 10)).toBe(9);
  });

  it('reads a fraction or a non-number as a whole step, from the start', () => {
    expect(clampStep(2.7, 10)).toBe(2);
    expect(clampStep(Number.NaN, 10)).toBe(0);
  });
});

describe('stepAnnouncement', () => {
  it('counts steps from 1 for people and adds what happened', () => {
    const [first] = simulateHolePunching(
      { mapping: 'eim', filtering: 'apdf' },
      { mapping: 'eim', filtering: 'apdf' },
    ).steps;
    expect(stepAnnouncement(first, 0, 20)).toBe(`Step 1 of 20: ${first!.description}`);
  });
});

describe('parseNatPreset', () => {
  const parse = (query: string) => parseNatPreset(new URLSearchParams(query));

  it('reads both sides', () => {
    expect(parse('a=eim/apdf&b=apdm/apdf')).toEqual({
      a: { mapping: 'eim', filtering: 'apdf' },
      b: { mapping: 'apdm', filtering: 'apdf' },
    });
  });

  it('opens a step only when the link also runs the lab, counting from 0', () => {
    expect(parse('run=1&step=15').step).toBe(14);
    expect(parse('step=15').step).toBeUndefined();
    expect(parse('run=1&step=0').step).toBeUndefined();
    expect(parse('run=1&step=two').step).toBeUndefined();
  });

  it('names a side that is not a behaviour, keeps the other, and cuts long text short', () => {
    const preset = parse(`a=${encodeURIComponent('<script>')}&b=eim/eif`);
    expect(preset.a).toBeUndefined();
    expect(preset.b).toEqual({ mapping: 'eim', filtering: 'eif' });
    expect(preset.error).toContain('a=<script> is not a NAT behaviour');
    expect(parse(`b=${'x'.repeat(100)}`).error).toContain(`b=${'x'.repeat(40)} is not`);
  });

  it('reads each router’s firewall switch, and names one it cannot read', () => {
    expect(parse('fwA=0&fwB=1')).toEqual({ firewallA: false, firewallB: true });
    expect(parse('fwB=off')).toEqual({ firewallB: false });
    const broken = parse('a=eim/eif&fwA=maybe');
    expect(broken.a).toEqual({ mapping: 'eim', filtering: 'eif' });
    expect(broken.firewallA).toBeUndefined();
    expect(broken.error).toBe(
      "The link's fwA=maybe is not a firewall setting, so the lab kept its own: write fwA=0 for a router without a firewall, fwA=1 for one with it.",
    );
  });

  it('asks for nothing when the link has no preset', () => {
    expect(parse('')).toEqual({});
  });
});
