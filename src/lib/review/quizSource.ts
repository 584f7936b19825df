// The quizzes a chapter defines, read from its MDX source (`<Quiz id="..." questions={[...]} />`),
// so the review page can ask a missed question again exactly as the chapter asked it.
import { readJsLiteral } from './jsLiteral';

/** One multiple-choice question as a chapter's Quiz defines it. */
export interface QuizQuestion {
  prompt: string;
  choices: string[];
  answer: number;
  rationale: string;
}

/** A quiz in a chapter: its id (the prefix of its questions' ids) and its questions. */
export interface QuizSource {
  id: string;
  title?: string;
  questions: QuizQuestion[];
}

/** The id a Quiz records a question's answers under (`<quiz id>/q<n>`, n from 1). */
export function quizQuestionId(quizId: string, index: number): string {
  return `${quizId}/q${index + 1}`;
}

function isQuestion(value: unknown): value is QuizQuestion {
  if (typeof value !== 'object' || value === null) return false;
  const q = value as Record<string, unknown>;
  const choices = q['choices'];
  return (
    typeof q['prompt'] === 'string' &&
    typeof q['rationale'] === 'string' &&
    Array.isArray(choices) &&
    choices.every((c) => typeof c === 'string') &&
    Number.isInteger(q['answer']) &&
    (q['answer'] as number) >= 0 &&
    (q['answer'] as number) < choices.length
  );
}

/** Every `<Quiz>` in an MDX text with its literal id and questions; throws SyntaxError on one it cannot read. */
export function readQuizzes(mdx: string): QuizSource[] {
  const quizzes: QuizSource[] = [];
  const tag = /<Quiz\b/g;
  for (let match = tag.exec(mdx); match; match = tag.exec(mdx)) {
    const at = mdx.indexOf('questions={', match.index);
    const close = mdx.indexOf('/>', match.index);
    const head = mdx.slice(match.index, at < 0 ? close : at);
    const id = /\sid="([^"]+)"/.exec(head)?.[1];
    if (!id || at < 0 || (close >= 0 && close < at))
      throw new SyntaxError(`A <Quiz> at offset ${match.index} lacks a literal id or questions.`);
    const { value, end } = readJsLiteral(mdx, at + 'questions={'.length);
    if (!Array.isArray(value) || !value.every(isQuestion))
      throw new SyntaxError(`Quiz "${id}": questions need prompt, choices, answer and rationale.`);
    const title = /\stitle="([^"]+)"/.exec(mdx.slice(match.index, mdx.indexOf('/>', end)))?.[1];
    quizzes.push({ id, ...(title ? { title } : {}), questions: value });
    tag.lastIndex = end;
  }
  return quizzes;
}
