// The candidate priority formula of RFC 8445 §5.1.2.1 written out with one candidate's numbers:
// priority = 2^24 × type preference + 2^8 × local preference + (256 − component ID).
import type { CandidatePriorityExplanation } from '~/lib/ice/priority-explanation';

/** The three terms of one candidate's priority; they add up to it. */
export interface PriorityTerms {
  /** 2^24 × the type preference. */
  type: number;
  /** 2^8 × the local preference. */
  local: number;
  /** 256 minus the component ID. */
  component: number;
}

/** The three terms of the formula for a decoded priority. */
export function priorityTerms(explanation: CandidatePriorityExplanation): PriorityTerms {
  return {
    type: 2 ** 24 * explanation.typePreference,
    local: 2 ** 8 * explanation.localPreference,
    component: 256 - explanation.componentId,
  };
}

/** The formula as a sentence, for a screen reader that cannot read the superscripts. */
export function priorityFormulaSentence(explanation: CandidatePriorityExplanation): string {
  const { typePreference, localPreference, componentId, priority } = explanation;
  return (
    `priority equals 2 to the 24 times ${typePreference}, plus 2 to the 8 times ` +
    `${localPreference}, plus 256 minus ${componentId}, which is ${priority}`
  );
}
