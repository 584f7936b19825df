import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];

/**
 * Runs `astro sync` (the content step of the build) on a scratch project that has the course's
 * real content config and one chapter with the given frontmatter.
 */
async function syncWithChapter(
  frontmatter: string,
  plannedLabs: string[] = [],
): Promise<{ code: number; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'course-frontmatter-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'src/content'), { recursive: true });
  mkdirSync(join(dir, 'content/chapters'), { recursive: true });
  mkdirSync(join(dir, 'content/glossary'), { recursive: true });
  cpSync(join(root, 'src/content.config.ts'), join(dir, 'src/content.config.ts'));
  cpSync(join(root, 'src/content/schemas.ts'), join(dir, 'src/content/schemas.ts'));
  // The schema checks lab ids against the catalog; a test can add planned labs to its copy.
  mkdirSync(join(dir, 'src/components/labs'), { recursive: true });
  const catalog = readFileSync(join(root, 'src/components/labs/catalog.ts'), 'utf8');
  const planned = `PLANNED_LAB_IDS = ${JSON.stringify(plannedLabs)} as const`;
  const withPlanned = catalog.replace(/PLANNED_LAB_IDS = \[[^\]]*\] as const/, planned);
  if (!withPlanned.includes(planned))
    throw new Error('catalog.ts no longer declares PLANNED_LAB_IDS');
  writeFileSync(join(dir, 'src/components/labs/catalog.ts'), withPlanned);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
  );
  writeFileSync(join(dir, 'content/chapters/01-broken.mdx'), `---\n${frontmatter}\n---\n\nText.\n`);
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'],
      {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      },
    );
    return { code: 0, output: withoutColour(stdout + stderr) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: withoutColour(e.stdout + e.stderr) };
  }
}

/** Astro colours its errors when it thinks a terminal is there (CI sets FORCE_COLOR). */
function withoutColour(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

const valid = [
  'title: Broken',
  'slug: broken',
  'order: 1',
  'summary: A chapter used to check that the build names bad fields.',
  'objectives: [Read an error message]',
  'duration: 10',
];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the chapter schema in the build', () => {
  it('accepts a chapter with every required field', async () => {
    const { code, output } = await syncWithChapter(valid.join('\n'));
    expect(output).not.toContain('does not match collection schema');
    expect(code).toBe(0);
  }, 60_000);

  it('fails on a missing field and names the file and the field', async () => {
    const { code, output } = await syncWithChapter(
      valid.filter((l) => !l.startsWith('duration')).join('\n'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('01-broken.mdx');
    expect(output).toMatch(/duration\W+Required/);
  }, 60_000);

  it('fails on a field of the wrong type and names it', async () => {
    const { code, output } = await syncWithChapter(
      valid.map((l) => (l.startsWith('order') ? 'order: first' : l)).join('\n'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('01-broken.mdx');
    expect(output).toContain('order');
  }, 60_000);

  it('fails on a lab id that is not in the catalog and names the file and the id', async () => {
    const { code, output } = await syncWithChapter([...valid, 'labs: [hello-loopbak]'].join('\n'));
    expect(code).not.toBe(0);
    expect(output).toContain('01-broken.mdx');
    expect(output).toContain('unknown lab id "hello-loopbak"');
  }, 60_000);

  it('fails when a published chapter embeds a lab that is only planned', async () => {
    const { code, output } = await syncWithChapter([...valid, 'labs: [future-lab]'].join('\n'), [
      'future-lab',
    ]);
    expect(code).not.toBe(0);
    expect(output).toContain('01-broken.mdx');
    expect(output).toContain('only embed labs that exist');
  }, 60_000);

  it('lets a planned chapter name the lab it will have', async () => {
    const planned = [...valid, 'status: planned', 'labs: [future-lab]'];
    const { code } = await syncWithChapter(planned.join('\n'), ['future-lab']);
    expect(code).toBe(0);
  }, 60_000);
});
