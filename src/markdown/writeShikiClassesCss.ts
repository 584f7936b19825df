/** Writes src/styles/shiki-classes.css from the code themes: `npx tsx src/markdown/writeShikiClassesCss.ts`. */
import { writeFileSync } from 'node:fs';
import { loadCodeThemes } from './codeThemes';
import { shikiClassesCss } from './shikiClasses';

const target = new URL('../styles/shiki-classes.css', import.meta.url);
writeFileSync(target, shikiClassesCss(await loadCodeThemes()));
console.log(`wrote ${target.pathname}`);
