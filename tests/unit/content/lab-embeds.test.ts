import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const chapterDir = resolve(import.meta.dirname, '../../../content/chapters');

/** The lab ids a chapter's MDX embeds: components imported from a lab's folder and rendered. */
function embeddedLabs(mdx: string): string[] {
  const imports = /^import\s+(\w+)\s+from\s+'~\/components\/labs\/([a-z0-9-]+)\/\w+\.svelte';$/gm;
  const embeds: string[] = [];
  for (const [, name, id] of mdx.matchAll(imports)) {
    const uses = mdx.match(new RegExp(`<${name}[\\s/>]`, 'g')) ?? [];
    for (let i = 0; i < uses.length; i += 1) embeds.push(id!);
  }
  return embeds;
}

/** The `labs` list of a chapter's frontmatter. */
function listedLabs(mdx: string): string[] {
  const front = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
  return (parse(front) as { labs?: string[] }).labs ?? [];
}

const chapters = readdirSync(chapterDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => ({ file, mdx: readFileSync(join(chapterDir, file), 'utf8') }))
  .filter(({ mdx }) => !/^status:\s*planned/m.test(mdx));

describe('embeddedLabs', () => {
  it('finds a lab component that is imported and rendered, once per use', () => {
    const mdx = [
      "import HelloLoopbackLab from '~/components/labs/hello-loopback/HelloLoopbackLab.svelte';",
      "import Quiz from '~/components/ui/Quiz.svelte';",
      '',
      '<HelloLoopbackLab client:visible />',
    ].join('\n');
    expect(embeddedLabs(mdx)).toEqual(['hello-loopback']);
  });
});

describe('each published chapter', () => {
  for (const { file, mdx } of chapters) {
    it(`${file} embeds exactly the labs its frontmatter lists, each once`, () => {
      expect(embeddedLabs(mdx).sort()).toEqual([...listedLabs(mdx)].sort());
    });
  }
});
