import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, glossarySchema } from './content/schemas';

/** Chapters, one MDX file each, ordered by their `order` field. */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

/** Glossary terms, one Markdown file each. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/glossary' }),
  schema: glossarySchema,
});

export const collections = { chapters, glossary };
