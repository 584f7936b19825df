import type { DebugQuestion } from './cases';

/** The verdict on one picked answer: whether it is right and the reasoning to show. */
export interface AnswerVerdict {
  correct: boolean;
  why: string;
}

/** Judges the choice `choiceId` for `question`; null when the id is not one of its choices. */
export function checkAnswer(question: DebugQuestion, choiceId: string): AnswerVerdict | null {
  const choice = question.choices.find((c) => c.id === choiceId);
  if (!choice) return null;
  return { correct: choice.id === question.answer, why: choice.why };
}

/**
 * The choices in the order the lab shows them: rotated by `turn` (the case's position, plus one
 * for the fix question), so that the right answer is not always in the same place.
 */
export function orderedChoices(question: DebugQuestion, turn: number): DebugQuestion['choices'] {
  const n = question.choices.length;
  const shift = ((turn % n) + n) % n;
  return [...question.choices.slice(shift), ...question.choices.slice(0, shift)];
}
