// What a lab hands its "Predict, then run" question (Prediction.svelte and its body).
import type { PredictionOption, PredictionOutcome } from '~/lib/predictions/judge';

/** The props of a lab's prediction question; `T` is what the lab reads from a finished run. */
export interface PredictionProps<T> {
  lab: string;
  /** The question's id within the lab: `data-predict` and the progress id's last part. */
  question: string;
  prompt: string;
  options: readonly PredictionOption[];
  /** The lab is running: the choice is locked until the run ends. */
  running: boolean;
  /** The real result of the last run; undefined while there is none. A new value is judged. */
  outcome: T | undefined;
  /** Reads why from the outcome (loaded after the run by the lab's own judging module). */
  judge: (outcome: T) => PredictionOutcome | Promise<PredictionOutcome>;
  /** The chapter's slug for progress; by default read from the page's path. */
  chapter?: string;
}
