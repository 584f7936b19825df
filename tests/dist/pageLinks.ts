import { readFileSync } from 'node:fs';
import { DIST, fileForPath, SITE_ORIGIN, type BuiltPage } from './builtSite';
import { idsOn, markupOnly, startTags } from './pageMarkup';

/** Attributes that point somewhere: `href` on links and SVG `<use>`, `src` on embedded things. */
const LINK_ATTRIBUTES = ['href', 'xlink:href', 'src'];

/** Fragments a browser honours without an element of that id (HTML: "top" and the empty one). */
const IMPLICIT_FRAGMENTS = new Set(['', 'top']);

const targetCache = new Map<string, { ids: Set<string>; labs: Set<string> }>();

/** The ids and lab ids (`data-lab`) of a built HTML file, read once. */
function targetsIn(file: string): { ids: Set<string>; labs: Set<string> } {
  let targets = targetCache.get(file);
  if (!targets) {
    const html = readFileSync(file, 'utf8');
    const tags = startTags(markupOnly(html));
    const names = tags.flatMap((t) => (t.name === 'a' && t.attributes.get('name')) || []);
    targets = {
      ids: new Set([...idsOn(html), ...names]),
      labs: new Set(tags.flatMap((t) => t.attributes.get('data-lab') ?? [])),
    };
    targetCache.set(file, targets);
  }
  return targets;
}

/** Why one link of a page does not resolve, or undefined when it does. */
export function brokenLink(
  value: string,
  page: BuiltPage,
  attribute = 'href',
  dist = DIST,
): string | undefined {
  const base = new URL(page.url, SITE_ORIGIN);
  if (!URL.canParse(value, base)) return 'not a valid URL';
  const url = new URL(value, base);
  if (url.origin !== SITE_ORIGIN) {
    if (url.protocol === 'https:') return undefined;
    if (attribute === 'src' && url.protocol === 'data:') return undefined;
    return `external link is not https (${url.protocol})`;
  }
  const found = fileForPath(url.pathname, dist);
  if ('missing' in found) return found.missing;
  if (!found.file.endsWith('.html'))
    return url.hash ? 'a fragment on a file that is not a page' : undefined;
  const targets = targetsIn(found.file);
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!IMPLICIT_FRAGMENTS.has(fragment) && !targets.ids.has(fragment)) {
    return `no id "${fragment}" on ${url.pathname}`;
  }
  const lab = url.searchParams.get('lab');
  if (lab !== null && !targets.labs.has(lab)) return `no lab data-lab="${lab}" on ${url.pathname}`;
  return undefined;
}

/** Every link of a page that does not resolve, as `<tag attribute="value">: why`. */
export function brokenLinksOn(page: BuiltPage, dist = DIST): string[] {
  const problems: string[] = [];
  for (const { name, attributes } of startTags(markupOnly(page.html))) {
    for (const attribute of LINK_ATTRIBUTES) {
      const value = attributes.get(attribute);
      if (value === undefined) continue;
      const why = brokenLink(value, page, attribute === 'src' ? 'src' : 'href', dist);
      if (why) problems.push(`<${name} ${attribute}="${value}">: ${why}`);
    }
  }
  return problems;
}

/** Ids used more than once on a page: a heading anchor to one of them is ambiguous. */
export function duplicateIdsOn(html: string): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of idsOn(html)) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}
