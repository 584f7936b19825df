/**
 * Pagefind's excerpts are text with HTML entities and <mark> around the words that matched. They
 * are split here into plain text runs, so the view builds DOM nodes from text and never parses
 * the excerpt as HTML: a stray tag in the indexed prose stays visible text, never markup.
 */

/** One run of an excerpt: its text, and whether Pagefind marked it as a match. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** The text an HTML entity stands for; an unknown one stays as written. */
function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff
      ? String.fromCodePoint(code)
      : entity;
  }
  return NAMED[body] ?? entity;
}

/** Decodes the HTML entities of a text run (`&lt;` → `<`, `&#39;` → `'`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, decodeEntity);
}

/** Splits an excerpt into runs at its <mark> and </mark> tags; every other tag stays as text. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}
