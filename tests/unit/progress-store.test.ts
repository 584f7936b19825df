import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The store is a browser module: these tests give it a window-like global and a storage.
class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

async function freshStore(storage: unknown) {
  vi.resetModules();
  const target = new EventTarget();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('addEventListener', target.addEventListener.bind(target));
  vi.stubGlobal('removeEventListener', target.removeEventListener.bind(target));
  vi.stubGlobal('dispatchEvent', target.dispatchEvent.bind(target));
  return import('~/components/progress/progressStore');
}

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('progressStore', () => {
  it('saves a done mark to storage and tells listeners', async () => {
    const storage = new MemoryStorage();
    const store = await freshStore(storage);
    const seen: string[][] = [];
    const stop = store.onProgressChange((p) => seen.push(Object.keys(p.chapters)));
    store.markChapterDone('04-dtls', true);
    stop();
    store.markChapterDone('05-media', true);
    expect(seen).toEqual([['04-dtls']]);
    expect(JSON.parse(storage.getItem(store.PROGRESS_KEY)!).chapters['04-dtls'].done).toBe(true);
    expect(store.progressIsKept()).toBe(true);
  });

  it('works in memory without throwing when storage refuses every call', async () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const store = await freshStore(refusing);
    store.markChapterDone('01-intro', true);
    store.recordAttempt({ kind: 'quiz', id: 'intro/q1', ok: true, answer: '0' });
    expect(store.readProgress().chapters['01-intro']?.done).toBe(true);
    expect(store.readProgress().attempts['intro/q1']).toHaveLength(1);
    expect(store.progressIsKept()).toBe(false);
    store.resetProgress();
    expect(store.readProgress().chapters).toEqual({});
  });

  it('refuses a foreign import and leaves the saved record as it was', async () => {
    const storage = new MemoryStorage();
    const store = await freshStore(storage);
    store.markChapterDone('02-sdp', true);
    const before = storage.getItem(store.PROGRESS_KEY);
    expect(store.importProgress('{"hello":"world"}').ok).toBe(false);
    expect(storage.getItem(store.PROGRESS_KEY)).toBe(before);
  });

  it('round-trips an export through reset and import', async () => {
    const store = await freshStore(new MemoryStorage());
    store.markChapterDone('03-ice', true);
    const file = store.exportProgress();
    store.resetProgress();
    expect(store.readProgress().chapters['03-ice']).toBeUndefined();
    expect(store.importProgress(file)).toEqual({ ok: true });
    expect(store.readProgress().chapters['03-ice']?.done).toBe(true);
  });

  it('moves an unreadable stored record aside instead of overwriting it', async () => {
    const storage = new MemoryStorage();
    storage.setItem('webrtc-course-progress', '{broken');
    const store = await freshStore(storage);
    expect(store.readProgress().chapters).toEqual({});
    expect(storage.getItem(store.PROGRESS_DAMAGED_KEY)).toBe('{broken');
  });
});
