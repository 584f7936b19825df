/**
 * Serves an already built site (a `dist/` folder) with `astro preview` on a free loopback port,
 * for the scripts that look at the site in a browser: `npm run record:turn`, `screenshots`,
 * `lighthouse` and `bench`. Nothing is built here.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../tests/freePort.ts';

/** The repository's root folder. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** A running `astro preview`. */
export interface PreviewedSite {
  /** Its origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** The folder it serves. */
  dist: string;
  stop(): Promise<void>;
}

/** The built site to serve: `COURSE_DIST` when set, else `dist`, resolved from the root. */
export function distFolder(): string {
  return resolve(ROOT, process.env['COURSE_DIST'] ?? 'dist');
}

/**
 * Starts `astro preview` on `dist` and resolves once it answers `/`; rejects with a sentence
 * that says what to do when there is no built site or the server does not come up in 30 s.
 */
export async function previewSite(dist = distFolder()): Promise<PreviewedSite> {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built site in ${dist}: run \`npm run build\` first (or set COURSE_DIST).`);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const args = ['preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port)];
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), [...args, '--ignore-lock'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const answered = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (answered) return { origin, dist, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${origin} within 30 s:\n${output.trim()}`);
}
