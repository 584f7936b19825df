// Loaded only when the lab starts: uPlot draws the live charts (its layout rules live in
// LiveChart.svelte: a stylesheet imported here was dropped from the build). Axis and grid colours are read
// from the page's theme at each draw, so a theme switch needs only a redraw.
import uPlot from 'uplot';

/** One line of a chart. */
export interface ChartLine {
  label: string;
  /** A CSS colour that reads on both themes' backgrounds. */
  colour: string;
  dash?: number[];
}

/** A drawn chart. */
export interface LiveChartHandle {
  update(times: number[], columns: (number | null)[][]): void;
  resize(width: number): void;
  redraw(): void;
  destroy(): void;
}

/** Draws a chart of `lines` over seconds into `target`. */
export function createLiveChart(
  target: HTMLElement,
  lines: readonly ChartLine[],
  width: number,
  height: number,
): LiveChartHandle {
  // The theme's colours are light-dark() values a canvas cannot parse: the target's computed
  // colour and border colour (see LiveChart.svelte) are the same values resolved to rgb().
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
      scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
      axes: [
        { ...axis, values: (_u, ticks) => ticks.map((t) => `${t}s`) },
        { ...axis, size: 48 },
      ],
      series: [
        {},
        ...lines.map((line) => ({
          label: line.label,
          stroke: line.colour,
          width: 2,
          ...(line.dash ? { dash: line.dash } : {}),
          points: { show: false },
        })),
      ],
    },
    [[], ...lines.map(() => [])],
    target,
  );
  return {
    update: (times, columns) => chart.setData([times, ...columns] as uPlot.AlignedData),
    resize: (w) => chart.setSize({ width: w, height }),
    redraw: () => chart.redraw(),
    destroy: () => chart.destroy(),
  };
}
