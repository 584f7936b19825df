// The calculator's chart: how each topology's per-participant load grows with the call size.
import { mcuFigures, meshFigures, sfuFigures } from './formulas';

/** One line of the growth chart: a label and its value in Mbit/s at each call size. */
export interface GrowthLine {
  key: 'mesh-up' | 'sfu-down' | 'simulcast-down' | 'mcu-down';
  label: string;
  values: number[];
}

/** Call sizes from 2 to `upTo` (at least 10), at most about 100 points so the chart stays light. */
export function callSizes(upTo: number): number[] {
  const last = Math.max(10, Math.round(upTo));
  const step = Math.max(1, Math.ceil((last - 2) / 100));
  const sizes: number[] = [];
  for (let n = 2; n < last; n += step) sizes.push(n);
  sizes.push(last);
  return sizes;
}

/**
 * Per-participant Mbit/s over `sizes`: the mesh's upload (what gives out first), the SFU's
 * download without and with simulcast (`layersKbps`), and the MCU's single mixed download.
 */
export function growthLines(
  sizes: readonly number[],
  kbps: number,
  layersKbps: readonly number[],
): GrowthLine[] {
  const mbps = (value: number) => value / 1000;
  return [
    {
      key: 'mesh-up',
      label: 'Mesh: upload',
      values: sizes.map((n) => mbps(meshFigures(n, kbps).uplinkKbps)),
    },
    {
      key: 'sfu-down',
      label: 'SFU: download (same as a mesh’s)',
      values: sizes.map((n) => mbps(sfuFigures(n, kbps).downlinkKbps)),
    },
    {
      key: 'simulcast-down',
      label: 'SFU + simulcast: download',
      values: sizes.map((n) => mbps(sfuFigures(n, kbps, layersKbps).downlinkKbps)),
    },
    {
      key: 'mcu-down',
      label: 'MCU: download',
      values: sizes.map((n) => mbps(mcuFigures(n, kbps).downlinkKbps)),
    },
  ];
}

/** A bitrate for people: "150 kbit/s", "4.5 Mbit/s", "7.4 Gbit/s"; "0" for nothing. */
export function formatKbps(kbps: number): string {
  if (kbps === 0) return '0';
  if (kbps < 1000) return `${Math.round(kbps).toLocaleString('en')} kbit/s`;
  if (kbps < 1_000_000) return `${trim(kbps / 1000)} Mbit/s`;
  return `${trim(kbps / 1_000_000)} Gbit/s`;
}

const trim = (value: number) =>
  value >= 100
    ? Math.round(value).toLocaleString('en')
    : String(Number(value.toFixed(value >= 10 ? 1 : 2)));
