// A service worker's world in memory: CacheStorage, a same-origin server and the worker's events,
// enough to run the generated sw.js in a fresh V8 context and watch what it caches and fetches.
import { runInNewContext } from 'node:vm';

/** The origin the fake site is served from. */
export const ORIGIN = 'https://course.test';

/** A Cache keyed by absolute URL (queries kept, as the real one does). */
class FakeCache {
  readonly entries = new Map<string, Response>();
  async match(request: string, _options?: CacheQueryOptions): Promise<Response | undefined> {
    return this.entries.get(new URL(request, ORIGIN).href)?.clone();
  }
  async put(request: string, response: Response): Promise<void> {
    this.entries.set(new URL(request, ORIGIN).href, response.clone());
  }
  /** The cached URL paths, sorted. */
  paths(): string[] {
    return [...this.entries.keys()].map((href) => new URL(href).pathname).sort();
  }
}

/** A CacheStorage over FakeCache. */
export class FakeCaches {
  readonly byName = new Map<string, FakeCache>();
  async keys(): Promise<string[]> {
    return [...this.byName.keys()];
  }
  async open(name: string): Promise<FakeCache> {
    const cache = this.byName.get(name) ?? new FakeCache();
    this.byName.set(name, cache);
    return cache;
  }
  async delete(name: string): Promise<boolean> {
    return this.byName.delete(name);
  }
}

type Listener = (event: unknown) => void;

/** One installed worker: its listeners, what it fetched, whether it asked to skip waiting. */
export interface FakeWorker {
  fetched: string[];
  skippedWaiting: boolean;
  claimed: boolean;
  /** Fires install or activate and waits for what the worker extended it with. */
  lifecycle(type: 'install' | 'activate'): Promise<void>;
  /** Fires a fetch event: the response the worker gave, or undefined when it let it through. */
  request(url: string, init?: RequestInit): Promise<Response | undefined>;
  message(data: unknown): void;
}

/** Runs `source` (a sw.js) against `caches` and a server that answers `files` (path -> body). */
export function startWorker(
  source: string,
  caches: FakeCaches,
  files: Map<string, string>,
): FakeWorker {
  const listeners = new Map<string, Listener>();
  const worker: FakeWorker = {
    fetched: [],
    skippedWaiting: false,
    claimed: false,
    async lifecycle(type) {
      let work: Promise<unknown> = Promise.resolve();
      listeners.get(type)?.({ waitUntil: (p: Promise<unknown>) => (work = p) });
      await work;
    },
    async request(url, init) {
      let answer: Promise<Response> | undefined;
      const request = new Request(new URL(url, ORIGIN), init);
      listeners.get('fetch')?.({ request, respondWith: (r: Promise<Response>) => (answer = r) });
      return answer;
    },
    message(data) {
      listeners.get('message')?.({ data });
    },
  };
  const self = {
    location: { origin: ORIGIN },
    caches,
    async fetch(input: string) {
      const url = new URL(input, ORIGIN);
      worker.fetched.push(url.origin === ORIGIN ? url.pathname : url.href);
      const body = files.get(url.pathname);
      return new Response(body ?? 'not found', { status: body === undefined ? 404 : 200 });
    },
    async skipWaiting() {
      worker.skippedWaiting = true;
    },
    clients: {
      claim: async () => {
        worker.claimed = true;
      },
    },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  };
  // A fresh context: the worker sees only these globals, as in a real worker.
  runInNewContext(source, { self, URL, Response, Request });
  return worker;
}
