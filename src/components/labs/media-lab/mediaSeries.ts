// The last minute of per-second figures the charts draw: one time column and one column per
// line, as uPlot takes them (AlignedData). Missing values are null, which uPlot leaves as a gap.

/** The lines the charts draw. */
export const SERIES_KEYS = [
  'sentKbps',
  'receivedKbps',
  'estimateKbps',
  'fps',
  'lost',
  'nacks',
  'plis',
  'rttMs',
  'jitterMs',
] as const;

/** One line's key. */
export type SeriesKey = (typeof SERIES_KEYS)[number];

/** One second of figures. */
export type SeriesPoint = Record<SeriesKey, number | undefined>;

/** Seconds since the run started, and each line's values at those seconds. */
export interface MediaSeries {
  times: number[];
  values: Record<SeriesKey, (number | null)[]>;
}

/** How many points a chart keeps (one a second). */
export const SERIES_LENGTH = 60;

/** An empty series. */
export function emptySeries(): MediaSeries {
  const values = {} as Record<SeriesKey, (number | null)[]>;
  for (const key of SERIES_KEYS) values[key] = [];
  return { times: [], values };
}

/** A new series with `point` at `time` appended and the oldest point dropped past the length. */
export function appendPoint(series: MediaSeries, time: number, point: SeriesPoint): MediaSeries {
  const keep = <T>(list: T[], item: T) => [...list, item].slice(-SERIES_LENGTH);
  const values = {} as Record<SeriesKey, (number | null)[]>;
  for (const key of SERIES_KEYS) values[key] = keep(series.values[key], point[key] ?? null);
  return { times: keep(series.times, time), values };
}
