import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DIST, fileForPath, SITE_ORIGIN, type BuiltPage } from './builtSite';
import { staticClosure, staticImports } from './moduleGraph';
import { upFrontScripts } from './pageScripts';

/** One piece of JavaScript a page loads up front, with its gzipped size. */
export interface ScriptPart {
  /** The module's path in the built site, or `inline #n` for a script written in the page. */
  name: string;
  gzipBytes: number;
}

/** What a page loads up front: its parts, heaviest first, and URLs that are not in the build. */
export interface PageScriptWeight {
  parts: ScriptPart[];
  totalBytes: number;
  missing: string[];
}

/** Gzip at level 9, as a static host that precompresses would serve it. */
export function gzipBytes(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

const moduleCache = new Map<string, string | undefined>();

/** A module's text from the built site by absolute URL, or undefined when it is not there. */
function builtModule(url: string, dist: string): string | undefined {
  const key = `${dist}|${url}`;
  if (!moduleCache.has(key)) {
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    const found = parsed?.origin === SITE_ORIGIN ? fileForPath(parsed.pathname, dist) : undefined;
    moduleCache.set(key, found && 'file' in found ? readFileSync(found.file, 'utf8') : undefined);
  }
  return moduleCache.get(key);
}

/**
 * The gzipped JavaScript a page loads up front: inline scripts (each gzipped on its own, a slight
 * over-count since the page is compressed as a whole) plus every module its scripts and islands
 * load, followed through static imports, each module counted once.
 */
export function pageScriptWeight(page: BuiltPage, dist = DIST): PageScriptWeight {
  const base = new URL(page.url, SITE_ORIGIN).href;
  const { inline, urls } = upFrontScripts(page.html);
  const entries = urls.map((u) => (URL.canParse(u, base) ? new URL(u, base).href : u));
  for (const script of inline.filter((s) => s.module)) {
    for (const specifier of staticImports(script.text)) {
      entries.push(URL.canParse(specifier, base) ? new URL(specifier, base).href : specifier);
    }
  }
  const { modules, missing } = staticClosure(entries, (url) => builtModule(url, dist));
  const parts: ScriptPart[] = [
    ...inline.map((s, i) => ({ name: `inline #${i + 1}`, gzipBytes: gzipBytes(s.text) })),
    ...modules.map((url) => ({
      name: new URL(url).pathname,
      gzipBytes: gzipBytes(builtModule(url, dist) ?? ''),
    })),
  ].sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { parts, totalBytes: parts.reduce((sum, p) => sum + p.gzipBytes, 0), missing };
}
