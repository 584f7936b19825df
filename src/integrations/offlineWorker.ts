/**
 * The service worker's code (public as `/sw.js`, written by ./serviceWorker.ts): it precaches
 * every file of the build in one cache named after the build, answers same-origin GETs for those
 * files from it, and leaves every other request to the network untouched, so it never fetches
 * another origin. A new build's worker copies the files whose revision did not change from the
 * previous cache, fetches the rest, and, once the learner accepts the update (a `skip-waiting`
 * message), deletes the previous cache as it activates.
 *
 * `runOfflineWorker` is written into sw.js as its source text (Function.prototype.toString), so
 * it must be self-contained: it may use only its parameters and the worker's globals.
 */

/** One precached file: its URL path (`/chapters/turn/`, `/_astro/x.js`) and its content hash. */
export interface PrecacheEntry {
  url: string;
  revision: string;
}

/** An event whose end the worker extends until a promise settles (install, activate). */
interface WaitingEvent {
  waitUntil(work: Promise<unknown>): void;
}

/** A request the page makes inside the worker's scope. */
interface WorkerFetchEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}

/** The parts of ServiceWorkerGlobalScope the worker uses (the DOM library has no such type). */
export interface OfflineWorkerScope {
  location: { origin: string };
  caches: CacheStorage;
  fetch(input: string, init?: RequestInit): Promise<Response>;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: WaitingEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** Installs the worker's listeners (see the file comment). */
export function runOfflineWorker(
  scope: OfflineWorkerScope,
  precache: readonly PrecacheEntry[],
  cacheName: string,
  cachePrefix: string,
): void {
  // Each cache keeps the revisions it holds, so the next build knows which files it can reuse.
  const REVISIONS_KEY = '/__precache-revisions.json';
  const revisions = new Map(precache.map((entry) => [entry.url, entry.revision]));

  /** The previous caches' files, by URL, with the revision each holds. */
  const previousFiles = async () => {
    const found = new Map<string, { cache: Cache; revision: string }>();
    for (const name of await scope.caches.keys()) {
      if (!name.startsWith(cachePrefix) || name === cacheName) continue;
      const cache = await scope.caches.open(name);
      const stored = await cache.match(REVISIONS_KEY);
      if (!stored) continue;
      const held = (await stored.json()) as Record<string, string>;
      for (const [url, revision] of Object.entries(held)) found.set(url, { cache, revision });
    }
    return found;
  };

  /** A response the cache can serve to a navigation (a redirected one cannot be). */
  const storable = async (response: Response) =>
    response.redirected
      ? new Response(await response.blob(), { status: response.status, headers: response.headers })
      : response;

  const install = async () => {
    const cache = await scope.caches.open(cacheName);
    const previous = await previousFiles();
    await Promise.all(
      precache.map(async ({ url, revision }) => {
        const old = previous.get(url);
        const kept = old?.revision === revision ? await old.cache.match(url) : undefined;
        if (kept) return cache.put(url, kept);
        // 'no-cache': revalidated with the server, never an HTTP-cached copy of the old build.
        const response = await scope.fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
        if (!response.ok) throw new Error(`offline cache: ${url} answered ${response.status}`);
        return cache.put(url, await storable(response));
      }),
    );
    await cache.put(REVISIONS_KEY, new Response(JSON.stringify(Object.fromEntries(revisions))));
  };

  const activate = async () => {
    for (const name of await scope.caches.keys()) {
      if (name.startsWith(cachePrefix) && name !== cacheName) await scope.caches.delete(name);
    }
    await scope.clients.claim();
  };

  scope.addEventListener('install', (event) => event.waitUntil(install()));
  scope.addEventListener('activate', (event) => event.waitUntil(activate()));
  scope.addEventListener('message', (event) => {
    if (event.data === 'skip-waiting') void scope.skipWaiting();
  });
  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    // The query is ignored: `?lab=...` presets and Pagefind's `?ts=` cache busting.
    if (url.origin !== scope.location.origin || !revisions.has(url.pathname)) return;
    event.respondWith(
      scope.caches
        .open(cacheName)
        .then((cache) => cache.match(url.pathname, { ignoreVary: true }))
        .then((cached) => cached ?? scope.fetch(url.pathname)),
    );
  });
}
