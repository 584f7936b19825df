import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chapterSchema, glossarySchema } from '~/content/schemas';
import { LAB_CATALOG } from '~/components/labs/catalog';

const root = resolve(import.meta.dirname, '../../..');

/** The YAML frontmatter of a content file, parsed. */
function frontmatter(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return match ? parse(match[1]!) : {};
}

const chapterDir = join(root, 'content/chapters');
const chapters = readdirSync(chapterDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => ({ file, data: chapterSchema.parse(frontmatter(join(chapterDir, file))) }));
const glossaryDir = join(root, 'content/glossary');
const terms = readdirSync(glossaryDir)
  .filter((f) => f.endsWith('.md'))
  .map((file) => ({ file, data: glossarySchema.parse(frontmatter(join(glossaryDir, file))) }));

/** The syllabus's slugs, in order: once published, a slug never changes. */
const SYLLABUS = [
  'what-is-webrtc',
  'lifecycle',
  'nat',
  'stun',
  'turn',
  'ice',
  'sdp',
  'security-and-transport',
  'media',
  'signaling',
  'two-peers-by-hand',
  'topologies',
  'in-production',
];

describe('content/chapters', () => {
  it('holds every chapter of the syllabus at its stable slug and number', () => {
    expect(chapters.map((c) => c.data.slug)).toEqual(SYLLABUS);
    expect(chapters.map((c) => c.data.order)).toEqual(SYLLABUS.map((_, i) => i + 1));
  });

  it('names each file after its number and slug', () => {
    for (const { file, data } of chapters) {
      expect(file).toBe(`${String(data.order).padStart(2, '0')}-${data.slug}.mdx`);
    }
  });

  it('has the first two chapters written', () => {
    const published = chapters.filter((c) => c.data.status === 'published').map((c) => c.data.slug);
    expect(published).toEqual(expect.arrayContaining(['what-is-webrtc', 'lifecycle']));
  });

  it('lists only labs that exist, in the chapters that are written', () => {
    for (const { data } of chapters.filter((c) => c.data.status === 'published')) {
      for (const lab of data.labs) expect(LAB_CATALOG, `${data.slug} names ${lab}`).toHaveProperty([lab]);
    }
  });

  it('requires only earlier chapters', () => {
    for (const { data } of chapters) {
      for (const slug of data.prerequisites) {
        expect(SYLLABUS.indexOf(slug), `${data.slug} requires ${slug}`).toBeLessThan(data.order - 1);
        expect(SYLLABUS.indexOf(slug)).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('gives every published chapter references and questions for instructors', () => {
    for (const { data } of chapters.filter((c) => c.data.status === 'published')) {
      expect(data.references.length, data.slug).toBeGreaterThan(0);
      expect(data.discussion.length, data.slug).toBeGreaterThan(0);
    }
  });
});

describe('content/glossary', () => {
  it('defines terms that point only at chapters of the syllabus', () => {
    expect(terms.length).toBeGreaterThanOrEqual(15);
    for (const { file, data } of terms) {
      for (const slug of data.chapters) expect(SYLLABUS, `${file} -> ${slug}`).toContain(slug);
    }
  });

  it('names each file in lowercase words so that /glossary/#id links are stable', () => {
    for (const { file } of terms) expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.md$/);
  });
});
