// A candidate's priority taken apart for a learner: the parts, the formula with the real numbers,
// and how the type preference compares with RFC 8445 §5.1.2.2's recommendation.
import {
  decodeCandidatePriority,
  RECOMMENDED_TYPE_PREFERENCES,
  type CandidatePriorityParts,
} from './priority';

/** A decoded priority, the formula written out with its numbers, and the RFC's recommended type preference. */
export interface CandidatePriorityExplanation extends CandidatePriorityParts {
  priority: number;
  /** e.g. `2^24 × 126 + 2^8 × 30 + (256 − 1) = 2113937151` */
  formula: string;
  /** RFC 8445 §5.1.2.2's value for this type, or undefined for an unknown type. */
  recommendedTypePreference: number | undefined;
  /** True when the sender chose the recommended value (browsers often don't: TCP and relay differ). */
  followsRecommendation: boolean;
}

/** Explain a candidate priority against RFC 8445 §5.1.2.1 and the recommended preferences of §5.1.2.2. */
export function explainCandidatePriority(
  priority: number,
  type: string,
): CandidatePriorityExplanation {
  const parts = decodeCandidatePriority(priority);
  const recommended = (RECOMMENDED_TYPE_PREFERENCES as Record<string, number>)[type];
  const formula =
    `2^24 × ${parts.typePreference} + 2^8 × ${parts.localPreference} + (256 − ${parts.componentId})` +
    ` = ${parts.typePreference * 16_777_216 + parts.localPreference * 256 + (256 - parts.componentId)}`;
  return {
    priority,
    ...parts,
    formula,
    recommendedTypePreference: recommended,
    followsRecommendation: recommended === parts.typePreference,
  };
}
