/**
 * An Astro integration that makes the built site work offline: once the static site (and the
 * Pagefind index, whose integration runs first) is written, it lists every file of the build with
 * a hash of its content and writes `<outDir>/sw.js`, the service worker of ./offlineWorker.ts
 * with that list. The cache is named after the hash of the list, so any change to any file makes
 * a new worker with a new cache, and an unchanged build gives a byte-identical worker (which the
 * browser then does not reinstall).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runOfflineWorker, type PrecacheEntry } from './offlineWorker';

/** The file name of the worker, at the root of the site so that its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** What every cache of the course's worker is named from; a build's cache adds its version. */
export const CACHE_PREFIX = 'learn-webrtc-offline-';

/** Whether a built file (path relative to the output folder, `/`-separated) is precached. */
export function isPrecached(file: string): boolean {
  // The worker itself is fetched by the browser, never from a cache; source maps only help
  // developers, who are online.
  return file !== SERVICE_WORKER_FILE && !file.endsWith('.map') && !file.endsWith('.DS_Store');
}

/** The URL a built file is requested at: a page's folder (`/chapters/turn/`), else its path. */
export function precacheUrl(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The first 16 hex digits of the SHA-256 of `data`. */
function shortHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

/** The precache list of a build: one entry per file, sorted by URL, revision from its content. */
export function precacheEntries(files: readonly { file: string; content: Uint8Array }[]) {
  return files
    .filter(({ file }) => isPrecached(file))
    .map(({ file, content }): PrecacheEntry => ({
      url: precacheUrl(file),
      revision: shortHash(content),
    }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The cache name of a precache list: the prefix and a hash of every URL and revision. */
export function cacheNameFor(entries: readonly PrecacheEntry[]): string {
  return CACHE_PREFIX + shortHash(entries.map((e) => `${e.url} ${e.revision}\n`).join(''));
}

/** The text of sw.js for a precache list. */
export function serviceWorkerSource(entries: readonly PrecacheEntry[]): string {
  const args = [entries, cacheNameFor(entries), CACHE_PREFIX].map((a) => JSON.stringify(a));
  return `// Generated at build time by src/integrations/serviceWorker.ts.\n'use strict';\n(${runOfflineWorker.toString()})(self, ${args.join(', ')});\n`;
}

/** Every file under `dir`, as `/`-separated paths relative to it, with its bytes. */
async function builtFiles(dir: string) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const path = join(e.parentPath, e.name);
        return { file: relative(dir, path).split(sep).join('/'), content: await readFile(path) };
      }),
  );
}

/** Writes `<dir>/sw.js` for the build in `dir`; returns what it precaches. */
export async function writeServiceWorker(dir: string) {
  const files = await builtFiles(dir);
  const entries = precacheEntries(files);
  await writeFile(join(dir, SERVICE_WORKER_FILE), serviceWorkerSource(entries));
  const urls = new Set(entries.map((e) => e.url));
  const bytes = files
    .filter(({ file }) => urls.has(precacheUrl(file)))
    .reduce((sum, { content }) => sum + content.byteLength, 0);
  return { files: entries.length, bytes, cacheName: cacheNameFor(entries) };
}

/** The service-worker step of the build (see the file comment). */
export function offlineServiceWorker(): AstroIntegration {
  return {
    name: 'course-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { files, bytes, cacheName } = await writeServiceWorker(fileURLToPath(dir));
        const size = (bytes / 1024 / 1024).toFixed(2);
        logger.info(`offline cache ${cacheName}: ${files} files, ${size} MB`);
      },
    },
  };
}
