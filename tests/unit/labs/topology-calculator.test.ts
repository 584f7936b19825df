import { describe, expect, it } from 'vitest';
import { TopologyCalculatorLab } from '~/components/labs/topology-calculator/topology-calculator.svelte';

describe('topology calculator state', () => {
  it('a preset of n=100 gives 4950 mesh connections without Run, and no chart yet', () => {
    const lab = new TopologyCalculatorLab();
    lab.preset(new URLSearchParams('n=100'));
    expect(lab.columns[0]!.figures.connections).toBe(4950);
    expect(lab.charted).toBe(false);
  });

  it('clamps what was typed on Run and shows the chart', () => {
    const lab = new TopologyCalculatorLab();
    lab.n = 1;
    lab.kbps = 999_999;
    lab.run();
    expect([lab.n, lab.kbps]).toEqual([2, 20_000]);
    expect(lab.charted).toBe(true);
    expect(lab.status.phase).toBe('done');
    expect(lab.status.announcement).toContain('a mesh needs 1 connection and');
  });

  it('two simulcast layers upload the full and the third-rate layer', () => {
    const lab = new TopologyCalculatorLab();
    lab.preset(new URLSearchParams('kbps=900&layers=2'));
    expect(lab.layersKbps).toEqual([900, 300]);
    expect(lab.columns[2]!.figures.uplinkKbps).toBe(1200);
  });
});
