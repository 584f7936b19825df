// What the instructor pack shows, gathered once from the chapters' frontmatter and the lab catalog.
import { allChapters, type Chapter } from '~/content/chapters';
import { chapterUrl } from '~/content/links';
import { LAB_CATALOG, isLabId, type LabInfo } from '~/components/labs/catalog';
import { labLinks, type LabLink, type LabPage } from '~/lib/instructors/labLinks';
import { exerciseKindsIn, quizIdIn } from '~/lib/instructors/chapterActivities';
import { EXERCISE_TITLES } from '~/lib/exercises/titles';
import type { ExerciseKind } from '~/lib/exercises/types';

/** Pages outside the chapters that hold a lab: the tools. */
export const TOOL_LAB_PAGES: readonly LabPage[] = [
  { path: '/tools/sdp/', title: 'SDP explainer', labs: ['sdp-explain'] },
];

/** A lab of a chapter with its links: as it opens, and each preset. */
export interface ChapterLab {
  info: LabInfo;
  links: LabLink[];
}

/** One chapter as the pack presents it. */
export interface LessonPlan {
  chapter: Chapter['data'];
  url: string;
  handoutUrl: string;
  prerequisites: { slug: string; title: string }[];
  labs: ChapterLab[];
  /** Titles of the checked exercises the chapter embeds. */
  checkedExercises: string[];
  /** The address of the chapter's quiz heading, when it has one. */
  quizUrl: string | undefined;
}

/** The published chapters, in course order. */
async function publishedChapters(): Promise<Chapter[]> {
  return (await allChapters()).filter((c) => c.data.status === 'published');
}

/** A chapter as a page that holds labs. */
function labPage(chapter: Chapter['data']): LabPage {
  const { slug, order, title, labs } = chapter;
  return { path: chapterUrl(slug), title, chapter: { order, slug }, labs };
}

/** The address of a chapter's printable handout. */
export function handoutUrl(slug: string): string {
  return `/instructors/${slug}/`;
}

/** Every published chapter's lesson plan, in course order. */
export async function lessonPlans(): Promise<LessonPlan[]> {
  const chapters = await publishedChapters();
  const titles = new Map(chapters.map((c) => [c.data.slug, c.data.title]));
  return chapters.map(({ data, body = '' }) => {
    const links = labLinks([labPage(data)], LAB_CATALOG);
    const quiz = quizIdIn(body);
    return {
      chapter: data,
      url: chapterUrl(data.slug),
      handoutUrl: handoutUrl(data.slug),
      prerequisites: data.prerequisites.map((slug) => ({ slug, title: titles.get(slug) ?? slug })),
      labs: data.labs.filter(isLabId).map((id) => ({
        info: LAB_CATALOG[id],
        links: links.filter((l) => l.lab === id),
      })),
      checkedExercises: exerciseKindsIn(body).map(
        (kind) => EXERCISE_TITLES[kind as ExerciseKind] ?? kind,
      ),
      quizUrl: quiz ? `${chapterUrl(data.slug)}#${quiz}-title` : undefined,
    };
  });
}

/** Every lab link and preset of the course: the chapters' labs, then the tools'. */
export async function courseLabLinks(): Promise<LabLink[]> {
  const pages = (await publishedChapters()).map((c) => labPage(c.data));
  return labLinks([...pages, ...TOOL_LAB_PAGES], LAB_CATALOG);
}
