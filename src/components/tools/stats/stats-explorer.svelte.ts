// The stats explorer's state: which dump is open, how far the worker got, and why a file was
// refused. A refused file changes nothing else: the dump open before stays open.
import type { DumpReport } from '~/lib/stats/dump-report';
import type { DumpPhase, DumpReply, DumpRequest } from './dumpMessages';

/** What the explorer is doing. */
export type ExplorerPhase = 'idle' | DumpPhase;

/** The explorer: open a file or pasted text, read the report. */
export class StatsExplorer {
  phase: ExplorerPhase = $state('idle');
  /** Share of the current phase done, 0 to 1. */
  progress = $state(0);
  report: DumpReport | null = $state.raw(null);
  /** The name of the file (or "pasted text") the report came from. */
  source = $state('');
  /** Why the last file was refused; empty when it was not. */
  refusal = $state('');
  /** Which connection is shown (index into report.connections). */
  chosen = $state(0);
  #worker: Worker | null = null;

  /** Opens a file the learner picked or dropped. */
  openFile(file: File): void {
    this.#start({ file }, file.name);
  }

  /** Opens pasted text. */
  openText(text: string): void {
    this.#start({ text }, 'pasted text');
  }

  /** Stops any parse in progress. */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }

  #start(request: DumpRequest, name: string): void {
    this.dispose();
    this.refusal = '';
    this.phase = 'file' in request ? 'reading' : 'parsing';
    this.progress = 0;
    const worker = new Worker(new URL('./dumpWorker.ts', import.meta.url), { type: 'module' });
    this.#worker = worker;
    worker.addEventListener('message', (event: MessageEvent<DumpReply>) => {
      if (worker !== this.#worker) return;
      const reply = event.data;
      if (reply.type === 'progress') {
        this.phase = reply.phase;
        this.progress = reply.done;
        return;
      }
      this.dispose();
      this.phase = 'idle';
      if (reply.type === 'refused') {
        this.refusal = reply.reason;
        return;
      }
      this.report = reply.report;
      this.source = name;
      this.chosen = firstWithMedia(reply.report);
    });
    worker.addEventListener('error', () => {
      if (worker !== this.#worker) return;
      this.dispose();
      this.phase = 'idle';
      this.refusal = 'The page could not start its parser. Reload the page and try again.';
    });
    worker.postMessage(request);
  }
}

/** The first connection whose charts have a value, else the first. */
function firstWithMedia(report: DumpReport): number {
  const index = report.connections.findIndex((c) =>
    [c.series.sentKbps, c.series.receivedKbps].some((s) => s.some((v) => v !== null)),
  );
  return Math.max(0, index);
}
