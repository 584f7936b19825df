import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsLiteral } from '~/lib/review/jsLiteral';
import { quizQuestionId, readQuizzes } from '~/lib/review/quizSource';

describe('readJsLiteral', () => {
  it('reads strings, numbers, booleans, null, nested arrays and objects with trailing commas', () => {
    const text = `[{ a: 'it\\'s', "b": [1, -2.5, true, null,], c: "x\\ny" /* note */, }, // end\n]`;
    expect(readJsLiteral(text)).toEqual({
      value: [{ a: "it's", b: [1, -2.5, true, null], c: 'x\ny' }],
      end: text.length,
    });
  });

  it('refuses anything that would need evaluating: a name, a call, a template string', () => {
    expect(() => readJsLiteral('[answer]')).toThrow(SyntaxError);
    expect(() => readJsLiteral('[f()]')).toThrow(SyntaxError);
    expect(() => readJsLiteral('[`x`]')).toThrow(SyntaxError);
    expect(() => readJsLiteral("['open")).toThrow(/Unclosed string|Line break/);
  });
});

describe('readQuizzes', () => {
  it('reads a quiz id, title and questions from MDX and names its questions as Quiz records them', () => {
    const mdx = `Text.\n\n<Quiz\n  client:visible\n  id="nat-quiz"\n  title="NAT check"\n  questions={[\n    { prompt: 'Which?', choices: ['a', 'b'], answer: 1, rationale: 'Because b.' },\n  ]}\n/>\n`;
    expect(readQuizzes(mdx)).toEqual([
      {
        id: 'nat-quiz',
        title: 'NAT check',
        questions: [{ prompt: 'Which?', choices: ['a', 'b'], answer: 1, rationale: 'Because b.' }],
      },
    ]);
    expect(quizQuestionId('nat-quiz', 0)).toBe('nat-quiz/q1');
  });

  it('refuses a quiz whose answer is not one of its choices', () => {
    const mdx = `<Quiz id="q" questions={[{ prompt: 'p', choices: ['a'], answer: 1, rationale: 'r' }]} />`;
    expect(() => readQuizzes(mdx)).toThrow(/questions need prompt, choices, answer and rationale/);
  });

  it('reads every question of every chapter quiz in content/chapters', () => {
    const dir = 'content/chapters';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const mdx = readFileSync(`${dir}/${file}`, 'utf8');
      const quizzes = readQuizzes(mdx);
      const questions = quizzes.reduce((n, q) => n + q.questions.length, 0);
      expect(quizzes.length, file).toBe((mdx.match(/^<Quiz\b/gm) ?? []).length);
      expect(questions, file).toBe((mdx.match(/^\s+prompt:/gm) ?? []).length);
    }
  });
});
