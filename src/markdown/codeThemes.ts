/** The shiki themes code blocks are drawn with, loaded for the class transformer and stylesheet. */
import { bundledThemes, normalizeTheme, type BundledTheme } from 'shiki';
import type { ThemesByKey } from './shikiClasses';

/** One theme per colour scheme; the keys name shiki's variables (`--shiki-light`, `--shiki-dark`). */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const satisfies Record<
  string,
  BundledTheme
>;

/** Loads and normalizes (as shiki does before highlighting) each theme named in `names`. */
export async function loadCodeThemes(
  names: Readonly<Record<string, BundledTheme>> = CODE_THEMES,
): Promise<ThemesByKey> {
  const entries = await Promise.all(
    Object.entries(names).map(async ([key, name]) => {
      const theme = (await bundledThemes[name]()).default;
      return [key, normalizeTheme(theme)] as const;
    }),
  );
  return Object.fromEntries(entries);
}
