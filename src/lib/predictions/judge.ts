// Judging a learner's prediction against what a lab's run really did. The lab reads the real
// outcome (getStats, the SDP, the result it shows) and says why; this only compares and words it.

/** One answer a learner may predict. */
export interface PredictionOption {
  value: string;
  label: string;
}

/** What really happened in a run, as one of the options' values (or another), and why. */
export interface PredictionOutcome {
  actual: string;
  /** How to name the actual outcome when it is none of the options' labels. */
  actualLabel?: string;
  why: string;
}

/** A judged prediction, ready to show and to record. */
export interface PredictionVerdict {
  ok: boolean;
  verdict: 'right' | 'wrong';
  predicted: string;
  actual: string;
  headline: string;
  why: string;
}

/** The progress id of a lab's prediction question: `predict:<lab-id>:<question>`. */
export function predictionId(lab: string, question: string): string {
  return `predict:${lab}:${question}`;
}

/** The chapter slug of a page path such as `/chapters/ice/`, if it is a chapter page. */
export function chapterFromPath(pathname: string): string | undefined {
  return /^\/chapters\/([^/]+)\//.exec(pathname)?.[1];
}

/** Compares the committed prediction with the real outcome and says so in one headline. */
export function judgePrediction(
  predicted: string,
  outcome: PredictionOutcome,
  options: readonly PredictionOption[],
): PredictionVerdict {
  const label = (value: string) => options.find((o) => o.value === value)?.label ?? value;
  const ok = predicted === outcome.actual;
  const actualLabel = outcome.actualLabel ?? label(outcome.actual);
  const headline = ok
    ? `Right: you predicted “${label(predicted)}”, and that is what happened.`
    : `Not this time: you predicted “${label(predicted)}”; what happened was “${actualLabel}”.`;
  return {
    ok,
    verdict: ok ? 'right' : 'wrong',
    predicted,
    actual: outcome.actual,
    headline,
    why: outcome.why,
  };
}
