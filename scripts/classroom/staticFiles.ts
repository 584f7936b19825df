/**
 * Serves the built course (`dist/`) as `astro preview` does: the same Content-Type per file
 * extension, `Cache-Control: no-cache`, `dir/` answered by `dir/index.html`, and 404.html with
 * status 404 for anything else. Nothing outside the folder is ever read.
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** Content types by extension (those Vite's preview sends for what an Astro build holds). */
export const MIME_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
});

/** Headers every response of the classroom server carries. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
});

/** The file under `root` that `urlPath` names, or undefined when there is none. */
export function resolveStaticFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = normalize(decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  const file = join(root, relative);
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Answers a GET or HEAD for a file of the built site. */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const file = resolveStaticFile(root, path);
  const notFound = file === undefined ? resolveStaticFile(root, '/404.html') : undefined;
  const chosen = file ?? notFound;
  if (chosen === undefined) {
    res.writeHead(404, { ...COMMON_HEADERS, 'Content-Type': 'text/plain' }).end('Not found\n');
    return;
  }
  const type = MIME_TYPES[extname(chosen).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(file ? 200 : 404, {
    ...COMMON_HEADERS,
    'Content-Type': type,
    'Content-Length': statSync(chosen).size,
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(chosen).pipe(res);
}
