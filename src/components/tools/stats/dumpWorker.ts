// Parses a stats dump off the page's thread: reads the file in chunks (reporting how much),
// parses the JSON, reduces each connection, and posts back only the small report.
import { reportConnection } from '~/lib/stats/dump-report';
import { parseStatsDump } from '~/lib/stats/stats-dump';
import type { DumpReply, DumpRequest } from './dumpMessages';

const post = (reply: DumpReply) => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<DumpRequest>) => {
  void handle(event.data).catch((error: unknown) =>
    post({ type: 'refused', reason: `The file could not be read: ${String(error)}` }),
  );
});

async function handle(request: DumpRequest): Promise<void> {
  const text = 'text' in request ? request.text : await readText(request.file);
  post({ type: 'progress', phase: 'parsing', done: 0 });
  const parsed = parseStatsDump(text, (done) => post({ type: 'progress', phase: 'parsing', done }));
  if (!parsed.ok) return post({ type: 'refused', reason: parsed.reason });
  const { dump } = parsed;
  const connections = dump.connections.map((connection, i) => {
    post({ type: 'progress', phase: 'summarising', done: i / dump.connections.length });
    return reportConnection(connection);
  });
  post({
    type: 'report',
    report: { source: dump.source, browser: dump.browser, labId: dump.labId, connections },
  });
}

/** The file as text, posting the share read after each chunk. */
async function readText(file: Blob): Promise<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  const parts: string[] = [];
  let read = 0;
  let lastPost = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    read += value.length;
    if (read - lastPost > 1_000_000) {
      lastPost = read;
      post({
        type: 'progress',
        phase: 'reading',
        done: Math.min(1, read / Math.max(1, file.size)),
      });
    }
  }
  return parts.join('');
}
