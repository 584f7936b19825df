import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CACHE_PREFIX,
  cacheNameFor,
  isPrecached,
  precacheEntries,
  precacheUrl,
  serviceWorkerSource,
  writeServiceWorker,
} from '~/integrations/serviceWorker';
import { FakeCaches, ORIGIN, startWorker } from './fakeWorkerScope';

const encode = (text: string) => new TextEncoder().encode(text);

/** A small build: file path -> content. */
const BUILD_1: Record<string, string> = {
  'index.html': '<h1>Home</h1>',
  'chapters/turn/index.html': '<h1>TURN</h1>',
  '_astro/lab.abc.js': 'export const lab = 1;',
  'pagefind/pagefind-entry.json': '{"version":"1"}',
  '404.html': '<h1>Not found</h1>',
};

/** The server's view of a build: URL path -> body. */
function served(build: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(build).map(([file, body]) => [precacheUrl(file), body]));
}

function entriesOf(build: Record<string, string>) {
  return precacheEntries(Object.entries(build).map(([file, c]) => ({ file, content: encode(c) })));
}

describe('precacheUrl', () => {
  it('requests a page at its folder and any other file at its path', () => {
    expect(precacheUrl('index.html')).toBe('/');
    expect(precacheUrl('chapters/turn/index.html')).toBe('/chapters/turn/');
    expect(precacheUrl('404.html')).toBe('/404.html');
    expect(precacheUrl('pagefind/wasm.en.pagefind')).toBe('/pagefind/wasm.en.pagefind');
  });
});

describe('isPrecached', () => {
  it('leaves out the worker itself and source maps, and keeps everything else', () => {
    expect(isPrecached('sw.js')).toBe(false);
    expect(isPrecached('_astro/x.js.map')).toBe(false);
    expect(isPrecached('_astro/x.js')).toBe(true);
    expect(isPrecached('manifest.webmanifest')).toBe(true);
  });
});

describe('cacheNameFor', () => {
  it('is the same for the same files in any order and changes when one file changes', () => {
    const entries = entriesOf(BUILD_1);
    const reversed = precacheEntries(
      Object.entries(BUILD_1)
        .reverse()
        .map(([file, c]) => ({ file, content: encode(c) })),
    );
    expect(cacheNameFor(reversed)).toBe(cacheNameFor(entries));
    expect(cacheNameFor(entries)).toMatch(new RegExp(`^${CACHE_PREFIX}[0-9a-f]{16}$`));
    const changed = entriesOf({ ...BUILD_1, '_astro/lab.abc.js': 'export const lab = 2;' });
    expect(cacheNameFor(changed)).not.toBe(cacheNameFor(entries));
    expect(cacheNameFor(entriesOf({ ...BUILD_1, 'new.txt': 'x' }))).not.toBe(cacheNameFor(entries));
  });
});

describe('serviceWorkerSource', () => {
  it('precaches every file of the build on install, from its own origin only', async () => {
    const caches = new FakeCaches();
    const worker = startWorker(serviceWorkerSource(entriesOf(BUILD_1)), caches, served(BUILD_1));
    await worker.lifecycle('install');
    expect([...worker.fetched].sort()).toEqual([...served(BUILD_1).keys()].sort());
    const [name] = await caches.keys();
    expect(name).toBe(cacheNameFor(entriesOf(BUILD_1)));
    const cache = await caches.open(name!);
    expect(cache.paths()).toEqual([...served(BUILD_1).keys(), '/__precache-revisions.json'].sort());
  });

  it('answers precached files from the cache, whatever their query, and lets the rest through', async () => {
    const caches = new FakeCaches();
    const worker = startWorker(serviceWorkerSource(entriesOf(BUILD_1)), caches, served(BUILD_1));
    await worker.lifecycle('install');
    await worker.lifecycle('activate');
    expect(worker.claimed).toBe(true);
    worker.fetched.length = 0;
    const page = await worker.request('/chapters/turn/?lab=turn-relay&run=1');
    expect(await page?.text()).toBe('<h1>TURN</h1>');
    const index = await worker.request('/pagefind/pagefind-entry.json?ts=1733000000');
    expect(await index?.text()).toBe('{"version":"1"}');
    expect(worker.fetched).toEqual([]);
    expect(await worker.request('https://elsewhere.test/_astro/lab.abc.js')).toBeUndefined();
    expect(await worker.request('/classroom/turn')).toBeUndefined();
    expect(await worker.request('/', { method: 'POST', body: 'x' })).toBeUndefined();
  });

  it('fails the install when a file cannot be fetched, so no half-filled cache is used', async () => {
    const server = served(BUILD_1);
    server.delete('/chapters/turn/');
    const worker = startWorker(serviceWorkerSource(entriesOf(BUILD_1)), new FakeCaches(), server);
    await expect(worker.lifecycle('install')).rejects.toThrow('/chapters/turn/ answered 404');
  });

  it('a new build refetches only changed files, waits to be accepted, then deletes the old cache', async () => {
    const caches = new FakeCaches();
    const first = startWorker(serviceWorkerSource(entriesOf(BUILD_1)), caches, served(BUILD_1));
    await first.lifecycle('install');
    await first.lifecycle('activate');
    const BUILD_2 = { ...BUILD_1, 'chapters/turn/index.html': '<h1>TURN, revised</h1>' };
    const second = startWorker(serviceWorkerSource(entriesOf(BUILD_2)), caches, served(BUILD_2));
    await second.lifecycle('install');
    expect(second.fetched).toEqual(['/chapters/turn/']);
    expect((await caches.keys()).length).toBe(2);
    expect(second.skippedWaiting).toBe(false);
    second.message('skip-waiting');
    expect(second.skippedWaiting).toBe(true);
    await second.lifecycle('activate');
    expect(await caches.keys()).toEqual([cacheNameFor(entriesOf(BUILD_2))]);
    expect(await (await second.request('/chapters/turn/'))?.text()).toBe('<h1>TURN, revised</h1>');
    expect(await (await second.request('/'))?.text()).toBe('<h1>Home</h1>');
  });

  it('leaves caches of other names alone when it activates', async () => {
    const caches = new FakeCaches();
    await caches.open('somebody-else');
    const worker = startWorker(serviceWorkerSource(entriesOf(BUILD_1)), caches, served(BUILD_1));
    await worker.lifecycle('install');
    await worker.lifecycle('activate');
    expect((await caches.keys()).sort()).toEqual(
      [cacheNameFor(entriesOf(BUILD_1)), 'somebody-else'].sort(),
    );
  });
});

describe('writeServiceWorker', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes sw.js for every file of the output folder and reports its count and bytes', async () => {
    dir = await mkdtemp(join(tmpdir(), 'offline-'));
    for (const [file, body] of Object.entries(BUILD_1)) {
      await mkdir(join(dir, file, '..'), { recursive: true });
      await writeFile(join(dir, file), body);
    }
    const first = await writeServiceWorker(dir);
    const bytes = Object.values(BUILD_1).reduce((n, body) => n + encode(body).byteLength, 0);
    expect(first).toEqual({ files: 5, bytes, cacheName: cacheNameFor(entriesOf(BUILD_1)) });
    // A second run sees its own sw.js and leaves it out: the same build gives the same worker.
    const source = await readFile(join(dir, 'sw.js'), 'utf8');
    expect(await writeServiceWorker(dir)).toEqual(first);
    expect(await readFile(join(dir, 'sw.js'), 'utf8')).toBe(source);
    expect(source).not.toContain(ORIGIN);
  });
});
