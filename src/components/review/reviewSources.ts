// Build-time only: gathers the review page's data from the chapters (their quizzes, read from the
// MDX source), the glossary and the lab catalog.
import { getCollection } from 'astro:content';
import { LAB_HEADS, isLabId } from '~/components/labs/catalog';
import { plainDefinition } from '~/components/ui/glossaryText';
import { allChapters } from '~/content/chapters';
import { chapterUrl, labUrl } from '~/content/links';
import { quizQuestionId, readQuizzes } from '~/lib/review/quizSource';
import type { ReviewData } from './reviewData';

/** The review page's data: every published chapter's quiz questions, every term, every lab. */
export async function reviewSources(): Promise<ReviewData> {
  const data: ReviewData = { questions: {}, terms: {}, chapters: {}, labs: {} };
  const published = (await allChapters()).filter((c) => c.data.status === 'published');
  for (const { data: chapter, body } of published) {
    data.chapters[chapter.slug] = { order: chapter.order, title: chapter.title };
    for (const quiz of readQuizzes(body ?? '')) {
      quiz.questions.forEach((q, index) => {
        data.questions[quizQuestionId(quiz.id, index)] = {
          ...q,
          chapter: chapter.slug,
          href: `${chapterUrl(chapter.slug)}#${quiz.id}-title`,
        };
      });
    }
    for (const lab of chapter.labs) {
      if (isLabId(lab) && !(lab in data.labs))
        data.labs[lab] = { title: LAB_HEADS[lab].title, href: labUrl(chapter.slug, lab) };
    }
  }
  for (const entry of await getCollection('glossary')) {
    data.terms[entry.id] = { term: entry.data.term, definition: plainDefinition(entry.body ?? '') };
  }
  return data;
}
