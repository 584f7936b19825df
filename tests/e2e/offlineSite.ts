// A static server for the offline spec: it serves a built site from a folder that the test can
// switch (a second build at the same origin) and can cut off (every request's connection is
// dropped, counted), which is what "network off" means to the service worker as well as the page.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running server: its URL, the folder it serves and whether its network is off. */
export interface OfflineSite {
  url: string;
  root: string;
  offline: boolean;
  /** Requests that arrived while the network was off. */
  refused: string[];
  close(): Promise<void>;
}

/** Whether `path` is a file (false when missing or a folder). */
async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/** Serves `root` on a free loopback port, as a static host would (folders answer index.html). */
export async function serveSite(root: string): Promise<OfflineSite> {
  let server: Server | undefined;
  const site: OfflineSite = {
    url: '',
    root,
    offline: false,
    refused: [],
    close: () =>
      new Promise((resolve) => (server?.closeAllConnections(), server?.close(() => resolve()))),
  };
  server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (site.offline) {
      site.refused.push(path);
      request.socket.destroy();
      return;
    }
    const file = join(site.root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    const target = path.endsWith('/') ? join(file, 'index.html') : file;
    if (await isFile(target)) {
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
      response.end(await readFile(target));
    } else if (await isFile(join(file, 'index.html'))) {
      response.writeHead(301, { location: `${path}/` }).end();
    } else {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      response.end(await readFile(join(site.root, '404.html')).catch(() => 'Not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  site.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return site;
}
