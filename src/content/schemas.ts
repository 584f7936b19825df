import { z } from 'astro/zod';
import { LAB_IDS, PLANNED_LAB_IDS } from '../components/labs/catalog';

/** A stable URL segment: lowercase words joined by hyphens. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');

/** One reference: an RFC (with an optional section) or another specification with its URL. */
export const referenceSchema = z
  .object({
    rfc: z.number().int().positive().optional(),
    title: z.string().min(1),
    section: z.string().optional(),
    url: z.url().optional(),
  })
  .refine((ref) => ref.rfc !== undefined || ref.url !== undefined, {
    message: 'a reference needs an `rfc` number or a `url`',
  });

/** Frontmatter of one chapter in content/chapters/NN-slug.mdx. */
export const chapterSchema = z.object({
  title: z.string().min(1),
  slug,
  order: z.number().int().min(1),
  status: z.enum(['published', 'planned']).default('published'),
  summary: z.string().min(20),
  objectives: z.array(z.string().min(1)).min(1),
  duration: z.number().int().min(1).max(240).describe('minutes'),
  prerequisites: z.array(slug).default([]),
  labs: z
    .array(
      z.enum([...LAB_IDS, ...PLANNED_LAB_IDS], {
        error: (issue) =>
          `unknown lab id ${JSON.stringify(issue.input)}: the ids are in src/components/labs/catalog.ts`,
      }),
    )
    .default([]),
  references: z.array(referenceSchema).default([]),
  discussion: z.array(z.string().min(1)).default([]).describe('questions an instructor can ask afterwards'),
  exercise: z
    .object({ task: z.string().min(20), check: z.string().min(20) })
    .optional()
    .describe('an exercise an instructor can set in class, and how to check the answers'),
}).refine(
  (chapter) =>
    chapter.status === 'planned' ||
    chapter.labs.every((id) => (LAB_IDS as readonly string[]).includes(id)),
  { path: ['labs'], message: 'a published chapter can only embed labs that exist (LAB_IDS in src/components/labs/catalog.ts)' },
);

/** Frontmatter of one glossary term in content/glossary/*.md; the body is the definition. */
export const glossarySchema = z.object({
  term: z.string().min(1),
  aka: z.array(z.string()).default([]),
  rfc: z.number().int().positive().optional(),
  section: z.string().optional(),
  /** The defining specification when it is not an RFC (a W3C spec, a draft). */
  spec: z.object({ title: z.string().min(1), url: z.url() }).optional(),
  chapters: z.array(slug).default([]),
});

/** A chapter's frontmatter after validation. */
export type ChapterData = z.infer<typeof chapterSchema>;
/** A reference after validation. */
export type Reference = z.infer<typeof referenceSchema>;
