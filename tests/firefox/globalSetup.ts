import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, COURSE_DIST, COURSE_PORT, FIREFOX_MISSING } from './firefoxPath';

/** Whether something already answers at the suite's origin (a preview started by hand). */
async function answering(): Promise<boolean> {
  try {
    return (await fetch(`${BASE_URL}/`)).ok;
  } catch {
    return false;
  }
}

/**
 * Starts `astro preview` on the built site (or reuses a server already answering there), unless
 * Firefox is missing: then it prints one line naming what to install and the tests skip.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (FIREFOX_MISSING) {
    console.log(`firefox: every Firefox test is skipped: ${FIREFOX_MISSING}.`);
    return async () => {};
  }
  // The shared browser's pid comes back through this file (see sharedFirefox), to be ended here.
  const pidDir = mkdtempSync(join(tmpdir(), 'course-firefox-'));
  process.env['COURSE_FIREFOX_PIDS'] = join(pidDir, 'pids');
  const endFirefox = () => {
    let pids: string[] = [];
    try {
      pids = readFileSync(join(pidDir, 'pids'), 'utf8').split('\n').filter(Boolean);
    } catch {
      // No browser was launched.
    }
    for (const pid of pids) {
      try {
        process.kill(Number(pid), 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    rmSync(pidDir, { recursive: true, force: true });
  };
  if (await answering()) return async () => endFirefox();
  const server: ChildProcess = spawn(
    'npx',
    [
      'astro',
      'preview',
      '--outDir',
      COURSE_DIST,
      '--host',
      '127.0.0.1',
      '--port',
      String(COURSE_PORT),
      '--ignore-lock',
    ],
    { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, detached: true },
  );
  const deadline = Date.now() + 60_000;
  while (!(await answering())) {
    if (Date.now() > deadline || server.exitCode !== null) {
      throw new Error(`astro preview of ${COURSE_DIST} did not answer at ${BASE_URL} within 60 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return async () => {
    endFirefox();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
}
