// The shape every generated exercise shares, so that one checker and one view serve every kind.

/** The kinds of numeric exercise the course generates. */
export type ExerciseKind =
  | 'candidate-priority'
  | 'priority-decode'
  | 'pair-priority'
  | 'xor-mapped-address'
  | 'long-term-key'
  | 'message-integrity'
  | 'topology-counts';

/** How an answer field is read and compared: a whole number, bytes in hex, or an IP address. */
export type AnswerFormat = 'integer' | 'hex' | 'ip';

/** One thing the learner types, with the one right answer in canonical form. */
export interface AnswerField {
  name: string;
  label: string;
  /** What to type, in words (unit or format), shown beside the label. */
  hint: string;
  format: AnswerFormat;
  /** The right answer: decimal digits, lower-case hex, or the address as formatted by the course. */
  expected: string;
}

/** A value the exercise gives the learner. */
export interface Given {
  /** A stable machine name (`data-given` in the page). */
  name: string;
  label: string;
  value: string;
  /** Bytes or other text best shown in a monospace face. */
  code?: boolean;
}

/** One generated problem: what is given, what to find, the right answers and the worked solution. */
export interface Exercise {
  kind: ExerciseKind;
  /** Where the numbers came from: a random draw, or the learner's own browser. */
  source: 'random' | 'live';
  givens: Given[];
  question: string;
  fields: AnswerField[];
  /** The worked solution, one step a line. */
  steps: string[];
}

/** A field's verdict: right, wrong, or not readable in its format. */
export type FieldVerdict = 'right' | 'wrong' | 'unreadable';

/** The checker's answer: right only when every field is right. */
export interface Verdict {
  ok: boolean;
  fields: Record<string, FieldVerdict>;
  /** What to tell the learner, in one or two sentences. */
  message: string;
}
