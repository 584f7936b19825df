// What the page and the dump-parsing worker say to each other.
import type { DumpReport } from '~/lib/stats/dump-report';

/** Page to worker: a file to read, or pasted text. */
export type DumpRequest = { file: Blob } | { text: string };

/** The steps of opening a dump, in order. */
export type DumpPhase = 'reading' | 'parsing' | 'summarising';

/** Worker to page: how far it got, the report, or why the file is not a dump. */
export type DumpReply =
  | { type: 'progress'; phase: DumpPhase; done: number }
  | { type: 'report'; report: DumpReport }
  | { type: 'refused'; reason: string };
