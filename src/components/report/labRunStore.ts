// Reading the lab runs this browser recorded for the learner's report (noteLabPhase.ts writes
// them). Nothing leaves the browser; a damaged store is ignored entry by entry.
import { parseLabRuns } from '~/lib/report/labRuns';
import type { LabRunRecord } from '~/lib/report/schema';

/** The localStorage key of the recorded runs (the recorder's LAB_RUNS_KEY, repeated so that the
 * recorder stays a file with no imports; tests/unit/report/lab-runs.test.ts keeps them equal). */
export const LAB_RUNS_KEY = 'webrtc-course-lab-runs';

/** The recorded runs, oldest first; none when storage is unavailable or unreadable. */
export function readLabRuns(): LabRunRecord[] {
  try {
    return parseLabRuns(globalThis.localStorage?.getItem(LAB_RUNS_KEY) ?? null);
  } catch {
    return [];
  }
}
