import type { Lab } from '../shared/lab';
import { LabStatus } from '../shared/labStatus.svelte';
import {
  formatKbps,
  mcuFigures,
  meshFigures,
  sfuFigures,
  simulcastLayers,
  type TopologyFigures,
} from '~/lib/topology';

/** The call sizes and bitrates the calculator accepts. */
export const LIMITS = { minN: 2, maxN: 1000, minKbps: 50, maxKbps: 20_000 } as const;

/** One column of the comparison: its field prefix, its heading and its figures. */
export interface TopologyColumn {
  key: 'mesh' | 'sfu' | 'simulcast' | 'mcu';
  heading: string;
  figures: TopologyFigures;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The topology calculator: the inputs, and every figure derived from them as they change. Run
 * applies what was typed (clamped to the limits), says the result and shows the chart; the table
 * follows the inputs without it.
 */
export class TopologyCalculatorLab implements Lab {
  readonly status = new LabStatus();
  n = $state(10);
  kbps = $state(1500);
  layers: 2 | 3 = $state(3);
  /** Whether the chart is shown: from the first Run on (uPlot loads then), it follows the inputs. */
  charted = $state(false);

  /** The inputs as the formulas take them: whole, within limits (a cleared field counts as the minimum). */
  readonly inputs = $derived({
    n: clamp(Math.round(Number(this.n) || 0), LIMITS.minN, LIMITS.maxN),
    kbps: clamp(Math.round(Number(this.kbps) || 0), LIMITS.minKbps, LIMITS.maxKbps),
  });
  readonly layersKbps = $derived(simulcastLayers(this.inputs.kbps, this.layers));
  readonly columns: TopologyColumn[] = $derived.by(() => {
    const { n, kbps } = this.inputs;
    return [
      { key: 'mesh', heading: 'Mesh', figures: meshFigures(n, kbps) },
      { key: 'sfu', heading: 'SFU', figures: sfuFigures(n, kbps) },
      {
        key: 'simulcast',
        heading: 'SFU + simulcast',
        figures: sfuFigures(n, kbps, this.layersKbps),
      },
      { key: 'mcu', heading: 'MCU', figures: mcuFigures(n, kbps) },
    ];
  });

  /** Applies the inputs (clamped), shows the chart over N and says what a mesh would cost. */
  run(): void {
    const { n, kbps } = this.inputs;
    this.n = n;
    this.kbps = kbps;
    this.charted = true;
    const mesh = meshFigures(n, kbps);
    this.status.finish(
      `${n} participants at ${formatKbps(kbps)}: a mesh needs ${mesh.connections.toLocaleString('en')} ${mesh.connections === 1 ? 'connection' : 'connections'} and ${formatKbps(mesh.uplinkKbps)} of upload per person.`,
    );
  }

  /** Back to 10 participants at 1.5 Mbit/s with three layers. */
  reset(): void {
    this.n = 10;
    this.kbps = 1500;
    this.layers = 3;
    this.charted = false;
    this.status.reset('Calculator reset: 10 participants at 1.5 Mbit/s.');
  }

  /** `n=` participants, `kbps=` bitrate per stream, `layers=2|3` simulcast layers. */
  preset(params: URLSearchParams): void {
    const n = Number(params.get('n'));
    if (params.has('n') && Number.isFinite(n))
      this.n = clamp(Math.round(n), LIMITS.minN, LIMITS.maxN);
    const kbps = Number(params.get('kbps'));
    if (params.has('kbps') && Number.isFinite(kbps)) {
      this.kbps = clamp(Math.round(kbps), LIMITS.minKbps, LIMITS.maxKbps);
    }
    if (params.get('layers') === '2') this.layers = 2;
  }

  /** Nothing to release: the calculator opens no connection. */
  dispose(): void {
    this.status.stop();
  }
}
