// Runs one dump-parsing worker at a time: a new file stops the parse of the previous one.
import type { DumpReport } from '~/lib/stats/dump-report';
import type { DumpPhase, DumpReply, DumpRequest } from './dumpMessages';

/** What the loader tells the page. */
export interface DumpLoaderEvents {
  progress(phase: DumpPhase, done: number): void;
  refused(reason: string): void;
  report(report: DumpReport): void;
}

/** Starts workers and forwards what the current one says. */
export class DumpLoader {
  #worker: Worker | null = null;
  constructor(private readonly events: DumpLoaderEvents) {}

  /** Whether a parse is under way. */
  get busy(): boolean {
    return this.#worker !== null;
  }

  /** Parses a file or pasted text, stopping any parse still running. */
  open(request: DumpRequest): void {
    this.stop();
    const worker = new Worker(new URL('./dumpWorker.ts', import.meta.url), { type: 'module' });
    this.#worker = worker;
    this.events.progress('file' in request ? 'reading' : 'parsing', 0);
    worker.addEventListener('message', (event: MessageEvent<DumpReply>) => {
      if (worker !== this.#worker) return;
      const reply = event.data;
      if (reply.type === 'progress') return this.events.progress(reply.phase, reply.done);
      this.stop();
      if (reply.type === 'refused') this.events.refused(reply.reason);
      else this.events.report(reply.report);
    });
    worker.addEventListener('error', () => {
      if (worker !== this.#worker) return;
      this.stop();
      this.events.refused('The page could not start its parser. Reload the page and try again.');
    });
    worker.postMessage(request);
  }

  /** Stops the parse under way, if any. */
  stop(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }
}
