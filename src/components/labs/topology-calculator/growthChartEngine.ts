// Loaded only when the calculator's chart comes on screen: uPlot draws per-participant Mbit/s
// over the call size. Axis and grid colours come from the target's computed style at each draw.
import uPlot from 'uplot';

/** A line's label and colour (a colour that reads on both themes). */
export interface GrowthChartLine {
  label: string;
  colour: string;
  dash?: number[];
  /** Line width in CSS pixels (2 by default). */
  width?: number;
}

/** A drawn chart. */
export interface GrowthChartHandle {
  update(sizes: number[], columns: number[][]): void;
  resize(width: number): void;
  redraw(): void;
  destroy(): void;
}

/** Draws Mbit/s (y) over participants (x) for `lines` into `target`. */
export function createGrowthChart(
  target: HTMLElement,
  lines: readonly GrowthChartLine[],
  width: number,
  height: number,
): GrowthChartHandle {
  const text = () => getComputedStyle(target).color;
  const rule = () => getComputedStyle(target).borderTopColor;
  const axis = {
    stroke: text,
    grid: { stroke: rule, width: 1 },
    ticks: { stroke: rule, width: 1 },
    font: '11px system-ui, sans-serif',
  };
  const chart = new uPlot(
    {
      width,
      height,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.05)] } },
      axes: [
        { ...axis, label: 'participants', labelSize: 18, labelFont: axis.font },
        { ...axis, size: 52, values: (_u, ticks) => ticks.map((t) => `${t}`) },
      ],
      series: [
        {},
        ...lines.map((line) => ({
          label: line.label,
          stroke: line.colour,
          width: line.width ?? 2,
          ...(line.dash ? { dash: line.dash } : {}),
          points: { show: false },
        })),
      ],
    },
    [[], ...lines.map(() => [])],
    target,
  );
  return {
    update: (sizes, columns) => chart.setData([sizes, ...columns] as uPlot.AlignedData),
    resize: (w) => chart.setSize({ width: w, height }),
    redraw: () => chart.redraw(),
    destroy: () => chart.destroy(),
  };
}
