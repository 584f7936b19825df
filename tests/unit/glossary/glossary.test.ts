import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '~/content/schemas';

const root = resolve(import.meta.dirname, '../../..');
const glossaryDir = join(root, 'content/glossary');
const chapterDir = join(root, 'content/chapters');

/** Splits a content file into its parsed frontmatter and its body. */
function split(path: string): { data: unknown; body: string } {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  return match ? { data: parse(match[1]!), body: match[2]! } : { data: {}, body: text };
}

const terms = readdirSync(glossaryDir)
  .filter((f) => f.endsWith('.md'))
  .map((file) => {
    const { data, body } = split(join(glossaryDir, file));
    return { id: file.replace(/\.md$/, ''), data: glossarySchema.parse(data), body: body.trim() };
  });
/** Chapter prose by slug: the MDX without its frontmatter, lowercased. */
const chapters = new Map(
  readdirSync(chapterDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const { data, body } = split(join(chapterDir, file));
      return [(data as { slug: string }).slug, body.toLowerCase()] as const;
    }),
);

/** Whether a name occurs in text as a whole word (not inside a longer word). */
function mentions(text: string, name: string): boolean {
  const needle = name.replace(/\(\)$/, '').toLowerCase();
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`).test(text);
}

/** Terms that name a tool or an idea no single document defines. */
const WITHOUT_SPEC = ['key-frame', 'webrtc-internals'];

describe('the glossary', () => {
  it('has at least 80 terms, each with a definition of one to three sentences', () => {
    expect(terms.length).toBeGreaterThanOrEqual(80);
    for (const { id, body } of terms) {
      const sentences = body.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      expect(sentences, id).toBeGreaterThanOrEqual(1);
      expect(sentences, id).toBeLessThanOrEqual(3);
    }
  });

  it('cites an RFC or a specification for every term but the few no document defines', () => {
    for (const { id, data } of terms) {
      if (WITHOUT_SPEC.includes(id)) continue;
      expect(data.rfc !== undefined || data.spec !== undefined, id).toBe(true);
    }
  });

  it('gives a section only together with its RFC', () => {
    for (const { id, data } of terms) {
      if (data.section !== undefined) expect(data.rfc, id).toBeDefined();
    }
  });

  it('has unique terms, so that no two entries read alike', () => {
    const names = terms.map((t) => t.data.term.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists for each term only chapters whose text uses the term or one of its aliases', () => {
    const wrong: string[] = [];
    for (const { id, data } of terms) {
      if (data.chapters.length === 0) wrong.push(`${id} lists no chapter`);
      const names = [data.term, ...data.aka];
      for (const slug of data.chapters) {
        const text = chapters.get(slug) ?? '';
        if (!names.some((name) => mentions(text, name))) wrong.push(`${id} -> ${slug}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('defines every term that a chapter links with <Term id="...">', () => {
    const ids = new Set(terms.map((t) => t.id));
    for (const [slug, text] of chapters) {
      for (const [, id] of text.matchAll(/<term\s+id="([^"]+)"/g)) {
        expect(ids.has(id!), `${slug} links the unknown term ${id}`).toBe(true);
      }
    }
  });

  it('links at least 60 different terms from chapter prose', () => {
    const linked = new Set<string>();
    for (const text of chapters.values()) {
      for (const [, id] of text.matchAll(/<term\s+id="([^"]+)"/g)) linked.add(id!);
    }
    expect(linked.size).toBeGreaterThanOrEqual(60);
  });
});
