// The one checker: each field is parsed in its format and compared with the generated answer.
import { parseHexAnswer, parseIpAnswer, parseWholeNumber } from './answer-parsing';
import type { AnswerField, Exercise, FieldVerdict, Verdict } from './types';

const FORMAT_WORDS = { integer: 'a whole number', hex: 'hex bytes', ip: 'an IP address' } as const;

/** The canonical form of a typed answer in a field's format; undefined when it cannot be read. */
export function canonicalAnswer(field: AnswerField, typed: string): string | undefined {
  if (field.format === 'integer') return parseWholeNumber(typed)?.toString();
  if (field.format === 'hex') return parseHexAnswer(typed);
  return parseIpAnswer(typed);
}

/** Judge typed answers (by field name) against an exercise; never throws. */
export function checkExercise(exercise: Exercise, answers: Record<string, string>): Verdict {
  const fields: Record<string, FieldVerdict> = {};
  const problems: string[] = [];
  for (const field of exercise.fields) {
    const typed = answers[field.name] ?? '';
    const canonical = canonicalAnswer(field, typed);
    const expected = canonicalAnswer(field, field.expected);
    if (canonical === undefined) {
      fields[field.name] = 'unreadable';
      problems.push(
        typed.trim() === ''
          ? `${field.label} is empty.`
          : `${field.label}: "${typed.trim().slice(0, 40)}" is not ${FORMAT_WORDS[field.format]}.`,
      );
    } else {
      fields[field.name] = canonical === expected ? 'right' : 'wrong';
      if (canonical !== expected) problems.push(`${field.label} is not right.`);
    }
  }
  const ok = exercise.fields.every((field) => fields[field.name] === 'right');
  const message = ok
    ? exercise.fields.length > 1
      ? 'Right: every value checks out.'
      : 'Right.'
    : `Not yet. ${problems.join(' ')}`;
  return { ok, fields, message };
}
