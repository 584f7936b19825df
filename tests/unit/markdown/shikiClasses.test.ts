import { readFileSync } from 'node:fs';
import { createHighlighter } from 'shiki';
import { beforeAll, describe, expect, it } from 'vitest';
import { CODE_THEMES, loadCodeThemes } from '~/markdown/codeThemes';
import {
  declarationClass,
  shikiClassesCss,
  themeDeclarations,
  transformerStyleToClasses,
  type ThemesByKey,
} from '~/markdown/shikiClasses';

let themes: ThemesByKey;
let highlight: (code: string, lang: 'js' | 'css') => string;

beforeAll(async () => {
  themes = await loadCodeThemes();
  const highlighter = await createHighlighter({
    themes: Object.values(CODE_THEMES),
    langs: ['js', 'css'],
  });
  highlight = (code, lang) =>
    highlighter.codeToHtml(code, {
      lang,
      themes: CODE_THEMES,
      defaultColor: false,
      transformers: [transformerStyleToClasses(themes)],
    });
});

describe('declarationClass', () => {
  it('names a theme variable by its theme key and its lower-case value without the #', () => {
    expect(declarationClass('--shiki-dark', '#F97583')).toBe('shiki-dark-f97583');
    expect(declarationClass('--shiki-light-bg', '#fff')).toBe('shiki-light-bg-fff');
  });

  it('joins the words of a value with dashes', () => {
    expect(declarationClass('--shiki-light-text-decoration', 'underline line-through')).toBe(
      'shiki-light-text-decoration-underline-line-through',
    );
    expect(declarationClass('white-space', 'pre-wrap')).toBe('shiki-white-space-pre-wrap');
  });
});

describe('themeDeclarations', () => {
  it('lists each theme colour of both themes, foreground and background', () => {
    const classes = themeDeclarations(themes);
    expect(classes.get('shiki-light-d73a49')).toEqual(['--shiki-light', '#d73a49']);
    expect(classes.get('shiki-dark-bg-24292e')).toEqual(['--shiki-dark-bg', '#24292e']);
    expect(classes.get('shiki-dark-font-style-inherit')).toEqual([
      '--shiki-dark-font-style',
      'inherit',
    ]);
  });
});

describe('shikiClassesCss', () => {
  it('is what src/styles/shiki-classes.css holds (else run src/markdown/writeShikiClassesCss.ts)', () => {
    const file = readFileSync(new URL('../../../src/styles/shiki-classes.css', import.meta.url));
    expect(file.toString()).toBe(shikiClassesCss(themes));
  });
});

describe('transformerStyleToClasses', () => {
  it('leaves no style attribute and gives each token a class per theme', () => {
    const html = highlight("const answer = 'forty-two'; // why\n", 'js');
    expect(html).not.toContain('style=');
    expect(html).toContain('<span class="shiki-light-d73a49 shiki-dark-f97583">const</span>');
    expect(html).toMatch(/<pre class="shiki [^"]*shiki-light-bg-fff shiki-dark-bg-24292e/);
  });

  it('gives every class it writes a rule in the stylesheet', () => {
    const html = highlight('a { color: red !important; }\n/* note */\n', 'css');
    const css = shikiClassesCss(themes);
    const written = [...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(' '));
    // 'shiki' and 'shiki-themes' are shiki's own classes on <pre> (Astro renames them astro-code).
    const ours = written.filter((c) => c.startsWith('shiki-') && c !== 'shiki-themes');
    expect(ours.length).toBeGreaterThan(10);
    for (const name of ours) {
      expect(css, name).toContain(`.${name} {`);
    }
  });

  it('stops on a declaration the stylesheet has no class for', () => {
    const transformer = transformerStyleToClasses(themes);
    const root = {
      type: 'root',
      children: [{ type: 'element', properties: { style: '--shiki-light:#123456' }, children: [] }],
    };
    expect(() => transformer.root?.call({} as never, root as never)).toThrow(
      /--shiki-light: #123456/,
    );
  });
});
