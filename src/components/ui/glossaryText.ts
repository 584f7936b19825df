/** A glossary definition's Markdown body as one line of plain text, for a popover inside prose. */
export function plainDefinition(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const usesByPage = new WeakMap<object, Map<string, number>>();

/** A DOM id for the nth popover of a term on one page (one map per rendered page request). */
export function popoverId(page: object, termId: string): string {
  let uses = usesByPage.get(page);
  if (!uses) {
    uses = new Map();
    usesByPage.set(page, uses);
  }
  const n = (uses.get(termId) ?? 0) + 1;
  uses.set(termId, n);
  return `gt-${termId}-${n}`;
}
