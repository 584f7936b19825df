import { decodeAttribute, markupOnly, startTags } from './pageMarkup';

/** A script written into the page itself. */
export interface InlineScript {
  module: boolean;
  text: string;
}

/** The JavaScript a page asks for as it loads, before anything is clicked. */
export interface UpFrontScripts {
  inline: InlineScript[];
  /** Module and script URLs as written in the page (`src`, islands, modulepreload). */
  urls: string[];
}

/** `type` values that mean "run this as JavaScript"; JSON and templates are data. */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * The scripts a page loads up front: `<script>` tags (inline or with `src`), `modulepreload`
 * links, and each Astro island's component, renderer and before-hydration modules. Islands that
 * hydrate on `client:visible` count too: a chapter's labs are what the reader came for.
 */
export function upFrontScripts(html: string): UpFrontScripts {
  const inline: InlineScript[] = [];
  const urls: string[] = [];
  for (const s of html.matchAll(
    /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi,
  )) {
    const attributes = startTags(`<script${s[1] ?? ''}>`)[0]?.attributes ?? new Map();
    const type = (attributes.get('type') ?? '').toLowerCase();
    if (!JS_TYPES.has(type)) continue;
    const src = attributes.get('src');
    if (src !== undefined) urls.push(src);
    else inline.push({ module: type === 'module', text: s[2] ?? '' });
  }
  for (const tag of startTags(markupOnly(html))) {
    const { name, attributes } = tag;
    if (name === 'link' && attributes.get('rel')?.split(/\s+/).includes('modulepreload')) {
      urls.push(attributes.get('href') ?? '');
    }
    if (name === 'astro-island') {
      for (const key of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const url = attributes.get(key);
        if (url) urls.push(decodeAttribute(url));
      }
    }
  }
  return { inline, urls };
}
