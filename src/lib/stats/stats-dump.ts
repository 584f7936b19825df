// A stats dump as the explorer reads it, whatever file it came from: the connections of one
// browser session, each a list of getStats() samples over time and the events around them.
import { readCourseExport } from './course-export';
import { readInternalsDump } from './internals-dump';
import type { StatsRecord } from './stats-record';

/** One getStats() report of one connection, at one instant (ms since the epoch). */
export interface StatsSample {
  at: number;
  records: StatsRecord[];
}

/** Something the connection reported that getStats() does not keep (a state change, an error). */
export interface ConnectionEvent {
  at: number;
  type: string;
  value: string;
}

/** One RTCPeerConnection of a dump. */
export interface DumpConnection {
  id: string;
  /** The page that opened it, when the dump says. */
  url: string | undefined;
  /** Oldest first. */
  samples: StatsSample[];
  events: ConnectionEvent[];
}

/** Which file format a dump came from. */
export type DumpSource = 'webrtc-internals' | 'course-export';

/** A parsed dump. */
export interface StatsDump {
  source: DumpSource;
  /** The browser that wrote it (a user agent or a name), when the file says. */
  browser: string | undefined;
  /** The lab whose run it records (course exports only). */
  labId: string | undefined;
  connections: DumpConnection[];
}

/** The outcome of reading a file: a dump, or why the file is not one (in a learner's words). */
export type DumpParseResult = { ok: true; dump: StatsDump } | { ok: false; reason: string };

/** Reasons a file is refused, shown where the learner is looking. */
export const NOT_A_DUMP = {
  empty: 'There is nothing to read: the file or the pasted text is empty.',
  truncated:
    'This JSON stops before it ends, as a file cut short does (an interrupted download or copy). Save the dump again and open the whole file.',
  notJson:
    'This is not JSON, so it is not a stats dump. Open a file saved with “Create a WebRTC-Internals dump” in chrome://webrtc-internals, or exported from a lab of this course.',
  notDump:
    'This JSON is not a stats dump: it has neither the PeerConnections of a chrome://webrtc-internals dump nor the peers of a course export.',
  noConnections:
    'This dump holds no peer connections: it was saved while no RTCPeerConnection was open. Save it during a call.',
} as const;

/**
 * Reads the text of a webrtc-internals dump or of a course export. `progress` hears the share
 * done (0 to 1) while the connections are read.
 */
export function parseStatsDump(text: string, progress?: (done: number) => void): DumpParseResult {
  if (text.trim() === '') return { ok: false, reason: NOT_A_DUMP.empty };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: looksCutShort(text) ? NOT_A_DUMP.truncated : NOT_A_DUMP.notJson };
  }
  const dump = readInternalsDump(json, progress) ?? readCourseExport(json);
  if (!dump) return { ok: false, reason: NOT_A_DUMP.notDump };
  if (dump.connections.length === 0) return { ok: false, reason: NOT_A_DUMP.noConnections };
  return { ok: true, dump };
}

/**
 * Whether text that failed to parse is JSON cut short: it opens like JSON, and closing its open
 * strings, arrays and objects would complete it (every bracket it closes matches).
 */
export function looksCutShort(text: string): boolean {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return false;
  const open: string[] = [];
  let inString = false;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') open.push(c);
    else if (c === '}' || c === ']') {
      if (open.pop() !== (c === '}' ? '{' : '[')) return false;
    }
  }
  return inString || open.length > 0;
}
