// The import rules of ARCHITECTURE.md, checked on every source file (as Starlight checks its own):
// content -> components -> rtc -> lib, and no lab reaches into another lab's folder.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const src = join(root, 'src');
const labsRoot = join(src, 'components', 'labs');

/** Every .ts, .svelte and .astro file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** The module specifiers of a file's static imports, `export … from` and dynamic `import()`. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const statement =
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g;
  const dynamic = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const pattern of [statement, dynamic]) {
    for (const match of text.matchAll(pattern)) found.push(match[1]!);
  }
  return found;
}

/** Where a specifier points inside the repository (`~` is src), or undefined for a package. */
function target(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('~/')) return join(src, specifier.slice(2));
  if (specifier.startsWith('.')) return resolve(dirname(file), specifier);
  return undefined;
}

/** Whether `path` lies inside `folder`. */
function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
}

/** The lab folder a path lies in (`sdp-live`), or undefined outside every lab folder. */
function labFolder(path: string): string | undefined {
  if (!inside(path, labsRoot)) return undefined;
  const parts = relative(labsRoot, path).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** Each import of the files under `folder`, as `file -> specifier` with where it points. */
function importsUnder(folder: string) {
  return sourceFiles(folder).flatMap((file) =>
    specifiers(readFileSync(file, 'utf8')).map((specifier) => ({
      file,
      specifier,
      to: target(file, specifier),
      label: `${relative(root, file).split(sep).join('/')} -> ${specifier}`,
    })),
  );
}

describe('specifiers', () => {
  it('reads imports, type imports, re-exports, side-effect imports and dynamic imports', () => {
    const text = [
      "import LabFrame from '../shared/LabFrame.svelte';",
      "import {\n  parseCandidate,\n  type Candidate,\n} from '~/lib/ice/candidate';",
      "import type { Locator } from '@playwright/test';",
      "export { annotateSdp } from './annotate';",
      "export * from './rules';",
      "import './global.css';",
      "const lazy = await import('../sdp-live/scenarios');",
    ].join('\n');
    expect(specifiers(text)).toEqual([
      '../shared/LabFrame.svelte',
      '~/lib/ice/candidate',
      '@playwright/test',
      './annotate',
      './rules',
      './global.css',
      '../sdp-live/scenarios',
    ]);
  });
  it('ignores plain exports and strings that only mention a path', () => {
    expect(specifiers("export const path = '../sdp-live/x';\nconst s = 'import';")).toEqual([]);
  });
});

describe('labFolder', () => {
  it('names the lab folder of a file inside it and nothing for files beside the folders', () => {
    expect(labFolder(join(labsRoot, 'sdp-live', 'scenarios.ts'))).toBe('sdp-live');
    expect(labFolder(join(labsRoot, 'catalog.ts'))).toBeUndefined();
    expect(labFolder(join(src, 'rtc', 'wait.ts'))).toBeUndefined();
  });
});

describe('import rules', () => {
  it('finds the files it checks', () => {
    expect(sourceFiles(labsRoot).length).toBeGreaterThan(20);
    expect(sourceFiles(join(src, 'lib')).length).toBeGreaterThan(20);
  });

  // What two labs share moves to labs/shared, ui, rtc or lib: there is no allow-list.
  it('no lab imports from another lab’s folder, only from labs/shared, ui, rtc and lib', () => {
    const crossing = importsUnder(labsRoot)
      .filter(({ file, to }) => {
        const into = to && labFolder(to);
        return into !== undefined && into !== 'shared' && into !== labFolder(file);
      })
      .map(({ label }) => label);
    expect(crossing).toEqual([]);
  });

  it('src/lib imports nothing from src/rtc, src/components, Svelte or Astro', () => {
    const upward = importsUnder(join(src, 'lib'))
      .filter(
        ({ specifier, to }) =>
          (to !== undefined &&
            (inside(to, join(src, 'rtc')) || inside(to, join(src, 'components')))) ||
          /^(svelte|astro)(\/|:|$)/.test(specifier) ||
          /\.(svelte|astro)$/.test(specifier),
      )
      .map(({ label }) => label);
    expect(upward).toEqual([]);
  });

  it('src/rtc imports nothing from src/components', () => {
    const upward = importsUnder(join(src, 'rtc'))
      .filter(({ to }) => to !== undefined && inside(to, join(src, 'components')))
      .map(({ label }) => label);
    expect(upward).toEqual([]);
  });
});
