// Loaded only when a lab first draws a chart: uPlot draws lines over an x that is not time (the
// layout rules live in the view that hosts the chart: a stylesheet imported here was dropped from
// the build). Axis and grid colours are read from the page's theme at each draw, so a theme
// switch needs only a redraw.
import uPlot from 'uplot';

/** One line of a chart. */
export interface ChartLine {
  label: string;
  /** A CSS colour that reads on both themes' backgrounds. */
  colour: string;
  dash?: number[];
  /** Line width in CSS pixels (2 by default). */
  width?: number;
}

/** How a chart's axes read, beyond the theme's colours and font. */
export interface ChartAxes {
  /** The x axis: its tick labels, an axis label. */
  x: uPlot.Axis;
  /** The y axis: at least its width in pixels. */
  y: uPlot.Axis;
  /** Room above the highest value, as a factor (1.1: ten percent). */
  headroom: number;
}

/** A drawn chart. */
export interface LineChartHandle {
  update(xs: number[], columns: (number | null)[][]): void;
  resize(width: number): void;
  redraw(): void;
  destroy(): void;
}

/** Draws `lines` over x into `target`, from 0 to a little above the highest value. */
export function createLineChart(
  target: HTMLElement,
  lines: readonly ChartLine[],
  size: { width: number; height: number },
  axes: ChartAxes,
): LineChartHandle {
  // The theme's colours are light-dark() values a canvas cannot parse: the target's computed
  // colour and border colour (set by the hosting view) are the same values resolved to rgb().
  const text = () => getComputedStyle(target).color;
  const rule = () => getComputedStyle(target).borderTopColor;
  const axis = {
    stroke: text,
    grid: { stroke: rule, width: 1 },
    ticks: { stroke: rule, width: 1 },
    font: '11px system-ui, sans-serif',
  };
  const { height } = size;
  const chart = new uPlot(
    {
      ...size,
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false },
        y: { range: (_u, _min, max) => [0, Math.max(1, max * axes.headroom)] },
      },
      axes: [
        { ...axis, ...axes.x },
        { ...axis, ...axes.y },
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
    update: (xs, columns) => chart.setData([xs, ...columns] as uPlot.AlignedData),
    resize: (width) => chart.setSize({ width, height }),
    redraw: () => chart.redraw(),
    destroy: () => chart.destroy(),
  };
}
