/** One thing that happened during a lab, with its time in milliseconds since the lab started. */
export interface TimelineEntry {
  /** Milliseconds since the timeline started, to 0.1 ms. */
  t: number;
  /** Who it happened to: a peer's name ("A", "B") or "lab". */
  source: string;
  /** What happened: an event name ("icecandidate") or a step ("createOffer"). */
  event: string;
  /** What the event carried, for people: a state, a candidate, an error. */
  detail: string;
}

/** A lab's event log with millisecond timestamps. */
export interface Timeline {
  readonly entries: readonly TimelineEntry[];
  /** Milliseconds since the timeline started. */
  elapsed(): number;
  record(source: string, event: string, detail?: string): TimelineEntry;
}

/** Starts an event log; `onEntry` sees each entry as it is recorded (a view appends it). */
export function createTimeline(
  onEntry: (entry: TimelineEntry) => void = () => {},
  now: () => number = () => performance.now(),
): Timeline {
  const start = now();
  const entries: TimelineEntry[] = [];
  const elapsed = () => Math.round((now() - start) * 10) / 10;
  return {
    entries,
    elapsed,
    record(source, event, detail = '') {
      const entry = { t: elapsed(), source, event, detail };
      entries.push(entry);
      onEntry(entry);
      return entry;
    },
  };
}
