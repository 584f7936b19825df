// Reading the lab runs this browser recorded for the learner's report (noteLabPhase.ts writes
// them). Nothing leaves the browser; a damaged store is ignored entry by entry.
import { parseLabRuns } from '~/lib/report/labRuns';
import type { LabRunRecord } from '~/lib/report/schema';
import { LAB_RUNS_KEY } from './noteLabPhase';

/** The recorded runs, oldest first; none when storage is unavailable or unreadable. */
export function readLabRuns(): LabRunRecord[] {
  try {
    return parseLabRuns(globalThis.localStorage?.getItem(LAB_RUNS_KEY) ?? null);
  } catch {
    return [];
  }
}
