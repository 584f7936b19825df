/** Named and numeric character references that appear in attribute values Astro and Svelte write. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute value as the browser reads it, with character references decoded. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return String.fromCodePoint(code);
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The page's markup without comments and without the text of `<script>` and `<style>`. */
export function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
}

/** One start tag: its name and its attributes (names lower-cased, values decoded). */
export interface StartTag {
  name: string;
  attributes: Map<string, string>;
}

/** Every start tag in a piece of markup, in document order. */
export function startTags(markup: string): StartTag[] {
  const tags: StartTag[] = [];
  for (const tag of markup.matchAll(/<([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    const attributes = new Map<string, string>();
    const source = tag[2] ?? '';
    for (const a of source.matchAll(
      /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
    )) {
      const raw = a[2] ?? a[3] ?? a[4] ?? '';
      attributes.set((a[1] ?? '').toLowerCase(), decodeAttribute(raw));
    }
    tags.push({ name: (tag[1] ?? '').toLowerCase(), attributes });
  }
  return tags;
}

/** Every `id` on a page (duplicates kept, so a caller can find them). */
export function idsOn(html: string): string[] {
  return startTags(markupOnly(html)).flatMap((t) => {
    const id = t.attributes.get('id');
    return id === undefined ? [] : [id];
  });
}
