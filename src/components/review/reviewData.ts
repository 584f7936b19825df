// What the review page knows from the build (the course's own text), handed to its script as
// JSON: the learner's record says which items are due, this says what to show for each.
import type { QuizQuestion } from '~/lib/review/quizSource';

/** A quiz question as its chapter asks it, with where it lives. */
export interface ReviewQuestion extends QuizQuestion {
  chapter: string;
  /** The chapter's quiz section, to link back to it. */
  href: string;
}

/** Everything the review page's script can show, keyed by the ids the progress record uses. */
export interface ReviewData {
  /** Quiz question id (`<quiz id>/q<n>`) -> the question. */
  questions: Record<string, ReviewQuestion>;
  /** Glossary term id -> its name and one-line definition. */
  terms: Record<string, { term: string; definition: string }>;
  /** Chapter slug -> its number and title. */
  chapters: Record<string, { order: number; title: string }>;
  /** Lab id -> its title and the link that opens it in its chapter. */
  labs: Record<string, { title: string; href: string }>;
}
